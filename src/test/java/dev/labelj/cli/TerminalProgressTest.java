package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.dataset.ConvertProgress;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line of convert, validate and stats: rewritten in place on a terminal, throttled, cleared at the
 * end, absent when piped.
 */
class TerminalProgressTest {
    @Test
    void showsTheCountThrottledAndClearsTheLineAtTheEnd() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong(1000);
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), now::get);
        progress.imageDone(1, 3, Path.of("a.png"));
        now.addAndGet(10);
        progress.imageDone(2, 3, Path.of("b.png"));
        now.addAndGet(10);
        progress.imageDone(3, 3, Path.of("c.png"));
        assertThat(text.toString()).isEqualTo("\rconverting 1/3\rconverting 3/3\r" + " ".repeat(14) + "\r");
        assertThat(progress.wasShown()).isTrue();
    }

    @Test
    void aTestRunHasNoConsoleSoNothingIsPrinted() {
        // surefire's forked JVM writes to pipes, as a script would
        assertThat(System.console()).isNull();
        assertThat(TerminalProgress.forConsole(new PrintWriter(new StringWriter()))).isSameAs(ConvertProgress.NONE);
        assertThat(TerminalProgress.forConsole(new PrintWriter(new StringWriter()), "reading"))
                .isSameAs(ConvertProgress.NONE);
    }

    @Test
    void validateAndStatsSayReading() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), () -> 5, "reading");
        progress.imageDone(2, 2, Path.of("a.png"));
        assertThat(text.toString()).isEqualTo("\rreading 2/2\r" + " ".repeat(11) + "\r");
    }

    @Test
    void pipedValidateAndStatsPrintNoProgress(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.xml"), "<annotation></annotation>");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR), "png", dir.resolve("a.png").toFile());
        for (String command : new String[] {"validate", "stats"}) {
            CliRun run = new CliRun();
            run.run(command, dir.toString());
            assertThat(run.err()).doesNotContain("reading");
        }
    }
}
