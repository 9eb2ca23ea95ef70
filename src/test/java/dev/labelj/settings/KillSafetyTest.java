package dev.labelj.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL a process in the middle of saving, many times: the file on disk must always parse. */
class KillSafetyTest {
    private static final int KILLS = 30;

    @TempDir
    Path home;

    @Test
    void aKilledWriterAlwaysLeavesAParseableFile() throws Exception {
        Path file = home.resolve("settings.json");
        Random random = new Random(20261127);
        int previousWidth = -1;
        int changedBetweenKills = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = startWriter(file);
            awaitFirstSave(child);
            Thread.sleep(random.nextInt(150));
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            byte[] bytes = Files.readAllBytes(file);
            assertThat(new ObjectMapper().readTree(bytes).get("version").asInt()).isEqualTo(1);
            SettingsStore reloaded = SettingsStore.load(file);
            assertThat(reloaded.loadProblem()).as("after kill %d", kill).isEmpty();
            assertThat(reloaded.history().lastImages()).isNotEmpty();
            int width = reloaded.settings().boxLineWidth();
            changedBetweenKills += width != previousWidth ? 1 : 0;
            previousWidth = width;
        }
        // The writer really was mid-stream when killed, not idle: the content keeps moving.
        assertThat(changedBetweenKills).isGreaterThan(KILLS / 3);
    }

    private static Process startWriter(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SettingsWriterProcess.class.getName(),
                file.toString());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return builder.start();
    }

    private static void awaitFirstSave(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("child output").isEqualTo("saving");
    }

}
