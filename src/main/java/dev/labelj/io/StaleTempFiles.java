package dev.labelj.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the temp files {@link AtomicFiles} leaves behind when a process is killed between writing and
 * moving: {@code .NAME.PID.RANDOM.tmp}, deleted once that process is gone. Older versions wrote
 * {@code .NAME<digits>.tmp} without the process id; those go once they are an hour old. Each folder is
 * looked at once per run, the first time something is written into it.
 */
final class StaleTempFiles {
    private static final Pattern WITH_PID = Pattern.compile("\\..+\\.(\\d{1,10})\\.\\d+\\.tmp");
    private static final Pattern LEGACY = Pattern.compile("\\..+\\.(xml|txt|json)-?\\d+\\.tmp");
    private static final Duration LEGACY_AGE = Duration.ofHours(1);
    private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

    private StaleTempFiles() {
    }

    /** The prefix of a temp file for {@code target}: names this process so a later run knows it is stale. */
    static String prefixFor(Path target) {
        return "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    }

    static void cleanOnce(Path folder) {
        if (!CLEANED.add(folder)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path temp : temps) {
                if (isStale(temp.getFileName().toString(), temp)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
            // cleaning up is a courtesy: the write itself must not fail because of it
        }
    }

    static boolean isStale(String name, Path temp) throws IOException {
        Matcher withPid = WITH_PID.matcher(name);
        if (withPid.matches()) {
            long pid = Long.parseLong(withPid.group(1));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
        }
        if (LEGACY.matcher(name).matches() && Files.isRegularFile(temp)) {
            Instant modified = Files.getLastModifiedTime(temp).toInstant();
            return modified.isBefore(Instant.now().minus(LEGACY_AGE));
        }
        return false;
    }
}
