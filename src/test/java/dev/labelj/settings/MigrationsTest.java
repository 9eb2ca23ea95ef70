package dev.labelj.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path home;

    @Test
    void aVersion0FileWithLabelImgNamesIsUpgradedAndRewrittenAsTheCurrentVersion() throws Exception {
        Path file = home.resolve("settings.json");
        Files.writeString(file, """
                {
                  "autosave": true,
                  "singleclass": true,
                  "paintlabel": false,
                  "draw/square": true,
                  "labelFileFormat": "YOLO",
                  "recentFiles": ["/data/cats", "/data/dogs", ""],
                  "savedir": "/data/cats-labels",
                  "lastOpenDir": "/data",
                  "window/size": [600, 500]
                }
                """);
        SettingsStore store = SettingsStore.load(file);

        assertThat(store.loadProblem()).isEmpty();
        Settings settings = store.settings();
        assertThat(settings.autoSave()).isTrue();
        assertThat(settings.singleClassMode()).isTrue();
        assertThat(settings.displayLabels()).isFalse();
        assertThat(settings.drawSquares()).isTrue();
        assertThat(settings.saveFormat()).isEqualTo("yolo");
        assertThat(settings.theme()).isEqualTo(Theme.SYSTEM);
        History history = store.history();
        assertThat(history.recent()).containsExactly(
                new RecentEntry(Path.of("/data/cats"), null, Path.of("/data/cats-labels")),
                RecentEntry.of(Path.of("/data/dogs")));
        assertThat(history.dialogDir("openDir")).contains(Path.of("/data"));

        store.updateSettings(s -> s.withBoxLineWidth(3));
        store.close();
        String rewritten = Files.readString(file);
        assertThat(rewritten).contains("\"version\" : 1", "\"saveFormat\" : \"yolo\"").doesNotContain("autosave");
        assertThat(SettingsStore.load(file).snapshot()).isEqualTo(store.snapshot());
    }

    @Test
    void numericLabelImgFormatIdsAreUnderstood() throws Exception {
        Path file = Files.writeString(home.resolve("settings.json"), "{\"labelFileFormat\": 3}");
        assertThat(SettingsStore.load(file).settings().saveFormat()).isEqualTo("createml");
    }

    @Test
    void aFileFromANewerVersionKeepsTheKeysItShares() throws Exception {
        Path file = Files.writeString(home.resolve("settings.json"),
                "{\"version\": 7, \"settings\": {\"autoSave\": true, \"hologram\": 3}}");
        SettingsStore store = SettingsStore.load(file);
        assertThat(store.loadProblem().map(LoadProblem::kind)).contains(LoadProblem.Kind.NEWER_VERSION);
        assertThat(store.settings().autoSave()).isTrue();
    }

    @Test
    void aFileFromANewerVersionIsUsedReadOnlySoNothingInItIsLost() throws Exception {
        String newer = "{\"version\": 7, \"settings\": {\"autoSave\": true, \"hologram\": 3}, \"cloud\": {\"x\": 1}}";
        Path file = Files.writeString(home.resolve("settings.json"), newer);
        SettingsStore store = SettingsStore.load(file);

        store.updateSettings(s -> s.withBoxLineWidth(4));
        store.flush();
        store.close();

        assertThat(file).hasContent(newer);
        assertThat(store.settings().boxLineWidth()).isEqualTo(4);
    }
}
