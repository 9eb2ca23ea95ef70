package dev.labelj.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {
    @TempDir
    Path home;

    private Path file() {
        return home.resolve("settings.json");
    }

    private List<Path> siblings(String infix) throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(p -> p.getFileName().toString().startsWith("settings.json." + infix)).toList();
        }
    }

    @Test
    void aFolderInThePlaceOfTheFileIsNeverMovedNorWrittenOver() throws Exception {
        Files.createDirectories(file());
        Files.writeString(file().resolve("keep.txt"), "mine");

        SettingsStore store = SettingsStore.load(file());
        assertThat(store.snapshot()).isEqualTo(Snapshot.defaults());
        assertThat(store.loadProblem()).map(LoadProblem::kind).contains(LoadProblem.Kind.NOT_A_FILE);
        store.updateSettings(s -> s.withAutoSave(true));
        store.close();

        assertThat(Files.readString(file().resolve("keep.txt"))).isEqualTo("mine");
        assertThat(siblings("")).isEmpty();
        assertThatThrownBy(() -> SettingsStore.resetFile(file())).hasMessageContaining("not a regular file");
        assertThat(file()).isDirectory();
        assertThat(siblings("")).isEmpty();
    }

    @Test
    void aPipeInThePlaceOfTheFileDoesNotHangTheStart() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", file().toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        SettingsStore store = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> SettingsStore.load(file()));

        assertThat(store.loadProblem()).map(LoadProblem::kind).contains(LoadProblem.Kind.NOT_A_FILE);
        assertThat(Files.isRegularFile(file())).isFalse();
        assertThat(Files.exists(file())).isTrue();

        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a /dev/zero device");
        SettingsStore endless = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> SettingsStore.load(zero));
        assertThat(endless.loadProblem()).map(LoadProblem::kind).contains(LoadProblem.Kind.NOT_A_FILE);
        endless.updateSettings(s -> s.withAutoSave(true));
        endless.close();
        assertThat(Files.isRegularFile(zero)).as("the device is never replaced").isFalse();
    }

    @Test
    void anOversizedFileIsSetAsideUnreadAndDefaultsAreUsed() throws Exception {
        try (var raf = new java.io.RandomAccessFile(file().toFile(), "rw")) {
            raf.setLength(SettingsStore.MAX_FILE_BYTES + 1);
        }

        SettingsStore store = SettingsStore.load(file());

        assertThat(store.snapshot()).isEqualTo(Snapshot.defaults());
        assertThat(store.loadProblem()).map(LoadProblem::kind).contains(LoadProblem.Kind.TOO_LARGE);
        assertThat(siblings("corrupt-")).singleElement()
                .satisfies(aside -> assertThat(Files.size(aside)).isEqualTo(SettingsStore.MAX_FILE_BYTES + 1));
        store.close();
    }

    @Test
    void aMissingFileMeansDefaultsWithoutANoticeAndNothingWrittenUntilAChange() throws Exception {
        SettingsStore store = SettingsStore.load(file());
        assertThat(store.snapshot()).isEqualTo(Snapshot.defaults());
        assertThat(store.loadProblem()).isEmpty();
        store.close();
        assertThat(file()).doesNotExist();
    }

    @Test
    void changesAreSavedByThemselvesShortlyAfterwardsInOneWrite() throws Exception {
        SettingsStore store = SettingsStore.load(file());
        List<String> writers = new CopyOnWriteArrayList<>();
        CountDownLatch firstWrite = new CountDownLatch(1);
        store.observeWrites(thread -> {
            writers.add(thread.getName());
            firstWrite.countDown();
        });
        for (int i = 0; i < 50; i++) {
            int width = 1 + i % 5;
            store.updateSettings(s -> s.withBoxLineWidth(width));
        }
        store.updateHistory(h -> h.withDivider("main", 640));
        assertThat(firstWrite.await(5, TimeUnit.SECONDS)).isTrue();
        // Anything the burst left unsaved would be written now and counted.
        store.close();
        assertThat(writers).containsExactly("settings-save");
        Snapshot onDisk = SettingsStore.load(file()).snapshot();
        assertThat(onDisk.settings().boxLineWidth()).isEqualTo(5);
        assertThat(onDisk.history().divider("main")).contains(640);
        assertThat(siblings("")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "whitespace", "truncated", "garbage", "array", "wrongType", "trailing", "binary"})
    void aBadFileIsMovedAsideAndDefaultsAreUsed(String kind) throws Exception {
        byte[] good = SettingsJson.write(SettingsJsonTest.everyFieldChanged());
        Map<String, byte[]> bad = Map.of(
                "empty", new byte[0],
                "whitespace", " \n\t\n".getBytes(StandardCharsets.UTF_8),
                "truncated", java.util.Arrays.copyOf(good, good.length / 2),
                "garbage", "labelImg settings \u0000\u0001".getBytes(StandardCharsets.UTF_8),
                "array", "[1, 2]".getBytes(StandardCharsets.UTF_8),
                "wrongType", "{\"version\":1,\"settings\":{\"autoSave\":\"maybe\"}}".getBytes(StandardCharsets.UTF_8),
                "trailing", (new String(good, StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8),
                "binary", new byte[] {(byte) 0x80, 0x04, (byte) 0x95, 0x10, 0, 0, 0, 0});
        Files.write(file(), bad.get(kind));

        SettingsStore store = SettingsStore.load(file());

        assertThat(store.snapshot()).isEqualTo(Snapshot.defaults());
        LoadProblem problem = store.loadProblem().orElseThrow();
        assertThat(problem.kind()).isEqualTo(kind.endsWith("space") || kind.equals("empty")
                ? LoadProblem.Kind.EMPTY : LoadProblem.Kind.MALFORMED);
        assertThat(file()).doesNotExist();
        assertThat(siblings("corrupt-")).singleElement().satisfies(aside -> {
            assertThat(problem.movedTo()).isEqualTo(aside);
            assertThat(Files.readAllBytes(aside)).isEqualTo(bad.get(kind));
        });
        store.updateSettings(s -> s.withAutoSave(true));
        store.close();
        assertThat(SettingsStore.load(file()).settings().autoSave()).isTrue();
    }

    @Test
    void anUnreadableFileIsMovedAsideToo() throws Exception {
        // a folder here was once the example; a folder is now never moved (aFolderInThePlaceOfTheFile…)
        Files.writeString(file(), "{\"version\": 1}");
        Files.setPosixFilePermissions(file(), java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file()), "the user can read any file (root)");
        SettingsStore store = SettingsStore.load(file());
        LoadProblem problem = store.loadProblem().orElseThrow();
        assertThat(problem.kind()).isEqualTo(LoadProblem.Kind.UNREADABLE);
        assertThat(problem.movedTo()).exists().isRegularFile();
        store.updateSettings(s -> s.withTheme(Theme.DARK));
        store.close();
        assertThat(SettingsStore.load(file()).settings().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void twoBadFilesInTheSameSecondKeepBothCopies() throws Exception {
        Files.writeString(file(), "{");
        SettingsStore.load(file());
        Files.writeString(file(), "{{");
        SettingsStore.load(file());
        assertThat(siblings("corrupt-")).hasSize(2);
    }

    @Test
    void resetHistoryOnlyKeepsPreferencesAndBacksUpTheFile() throws Exception {
        SettingsStore store = SettingsStore.load(file());
        store.updateSettings(s -> SettingsJsonTest.everyFieldChanged().settings());
        store.updateHistory(h -> SettingsJsonTest.everyFieldChanged().history());
        byte[] before = SettingsJson.write(store.snapshot());

        Optional<Path> backup = store.reset(ResetScope.HISTORY_ONLY);

        assertThat(backup).isPresent();
        assertThat(Files.readAllBytes(backup.get())).isEqualTo(before);
        assertThat(store.history()).isEqualTo(History.empty());
        assertThat(store.settings()).isEqualTo(SettingsJsonTest.everyFieldChanged().settings());
        assertThat(SettingsStore.load(file()).snapshot()).isEqualTo(store.snapshot());
    }

    @Test
    void resetEverythingGoesBackToDefaultsOnDisk() throws Exception {
        SettingsStore store = SettingsStore.load(file());
        store.updateSettings(s -> s.withTheme(Theme.DARK));
        store.updateHistory(h -> h.withRecent(RecentEntry.of(home)));
        store.flush();

        Optional<Path> backup = store.reset(ResetScope.EVERYTHING);

        assertThat(store.snapshot()).isEqualTo(Snapshot.defaults());
        assertThat(SettingsStore.load(backup.orElseThrow()).settings().theme()).isEqualTo(Theme.DARK);
        assertThat(SettingsStore.load(file()).snapshot()).isEqualTo(Snapshot.defaults());
    }

    @Test
    void resetWhenSavingIsBlockedFailsAndChangesNothing() throws Exception {
        String newer = "{\"version\": 9, \"history\": {\"recent\": [{\"path\": \"/data/cats\"}]}}";
        Files.writeString(file(), newer);
        SettingsStore store = SettingsStore.load(file());

        assertThatThrownBy(() -> store.reset(ResetScope.HISTORY_ONLY))
                .isInstanceOfSatisfying(SavingBlockedException.class,
                        e -> assertThat(e.problem().kind()).isEqualTo(LoadProblem.Kind.NEWER_VERSION));

        assertThat(file()).hasContent(newer);
        assertThat(siblings("bak-")).isEmpty();
        assertThat(store.history().mostRecent()).isPresent();
    }

    @Test
    void resetFileBeforeLoadingMovesTheFileAsideForACleanStart() throws Exception {
        SettingsStore store = SettingsStore.load(file());
        store.updateHistory(h -> h.withRecent(RecentEntry.of(home)));
        store.close();

        Path backup = SettingsStore.resetFile(file()).orElseThrow();

        assertThat(file()).doesNotExist();
        assertThat(backup.getFileName().toString()).startsWith("settings.json.bak-");
        assertThat(SettingsStore.load(backup).history().mostRecent()).isPresent();
        assertThat(SettingsStore.load(file()).snapshot()).isEqualTo(Snapshot.defaults());
        assertThat(SettingsStore.resetFile(file())).isEmpty();
    }

    @Test
    void theSettingsPathComesFromTheCommandLineThenTheEnvironmentThenHome() {
        Map<String, String> env = Map.of(SettingsPaths.ENVIRONMENT_VARIABLE, "/env/s.json");
        assertThat(SettingsPaths.resolve(Optional.of(Path.of("/cli/s.json")), env, "/home/u"))
                .isEqualTo(Path.of("/cli/s.json"));
        assertThat(SettingsPaths.resolve(Optional.empty(), env, "/home/u")).isEqualTo(Path.of("/env/s.json"));
        assertThat(SettingsPaths.resolve(Optional.empty(), Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.labelj/settings.json"));
        assertThat(SettingsPaths.resolve(Optional.empty())).isEqualTo(
                Path.of(System.getenv(SettingsPaths.ENVIRONMENT_VARIABLE)).toAbsolutePath().normalize());
        assertThat(SettingsPaths.resolve(Optional.empty()).toString()).contains("test-home");
    }

    @Test
    void readingAheadParsesTheFileAndChangesNothingOnDisk() throws Exception {
        SettingsStore written = SettingsStore.load(file());
        written.updateHistory(h -> h.withRecent(RecentEntry.of(home)));
        written.close();
        byte[] before = Files.readAllBytes(file());

        assertThat(SettingsStore.readAhead(file()).get(10, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(siblings("")).isEmpty();
        SettingsStore loaded = SettingsStore.load(file());
        assertThat(loaded.tookReadAhead()).isTrue();
        assertThat(loaded.history().mostRecent()).contains(RecentEntry.of(home));
        assertThat(SettingsStore.load(file()).tookReadAhead()).as("a read-ahead is taken once").isFalse();
    }

    @Test
    void aFileChangedAfterTheReadAheadIsReadAgainByTheLoad() throws Exception {
        SettingsStore written = SettingsStore.load(file());
        written.updateHistory(h -> h.withRecent(RecentEntry.of(home)));
        written.close();
        assertThat(SettingsStore.readAhead(file()).get(10, TimeUnit.SECONDS)).isTrue();
        Path other = Files.createDirectories(home.resolve("other"));
        SettingsStore changing = SettingsStore.load(home.resolve("other.json"));
        changing.updateHistory(h -> h.withRecent(RecentEntry.of(other)));
        changing.close();
        Files.move(home.resolve("other.json"), file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        SettingsStore loaded = SettingsStore.load(file());

        assertThat(loaded.tookReadAhead()).isFalse();
        assertThat(loaded.history().mostRecent()).contains(RecentEntry.of(other));
    }

    /** Only the load that follows sets an unusable file aside and says so; reading ahead leaves it where it is. */
    @Test
    void readingAheadLeavesAnUnusableFileForTheLoadToDealWith() throws Exception {
        Files.writeString(file(), "{ not json", StandardCharsets.UTF_8);

        assertThat(SettingsStore.readAhead(file()).get(10, TimeUnit.SECONDS)).isFalse();

        assertThat(Files.readString(file())).isEqualTo("{ not json");
        assertThat(siblings("")).isEmpty();
        SettingsStore store = SettingsStore.load(file());
        assertThat(store.loadProblem()).map(LoadProblem::kind).contains(LoadProblem.Kind.MALFORMED);
        assertThat(siblings("corrupt")).hasSize(1);
    }

    @Test
    void readingAheadNeverOpensWhatIsNotARegularFile() throws Exception {
        assertThat(SettingsStore.readAhead(file()).get(10, TimeUnit.SECONDS)).as("no file").isFalse();
        Process mkfifo = new ProcessBuilder("mkfifo", file().toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        // opening a pipe would wait for a writer forever
        assertThat(SettingsStore.readAhead(file()).get(10, TimeUnit.SECONDS)).as("a pipe").isFalse();
    }
}
