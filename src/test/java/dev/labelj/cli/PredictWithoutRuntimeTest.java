package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.assist.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where ONNX Runtime has no native library (a platform it does not ship), {@code predict} says so in one line
 * and the other commands are untouched. Simulated in a separate process by naming an architecture nobody ships.
 */
class PredictWithoutRuntimeTest {
    @TempDir
    Path dir;

    @Test
    void saysPlainlyThatModelsCannotRunHere() throws Exception {
        Path imgs = Files.createDirectories(dir.resolve("imgs"));
        TestModels.red(imgs.resolve("a.png"));
        Path log = dir.resolve("log.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-Dos.arch=sparc", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "predict", TestModels.model("yolov8").toString(), imgs.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(run.exitValue()).as(output).isEqualTo(2);
        assertThat(output)
                .contains("ONNX Runtime cannot run on this platform (" + System.getProperty("os.name") + " sparc)")
                .doesNotContain("null").doesNotContain("Exception");
        assertThat(imgs.resolve("a.xml")).doesNotExist();
    }
}
