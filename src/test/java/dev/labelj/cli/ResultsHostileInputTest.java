package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plot} and {@code summary} on files no trainer writes: they finish, and say what they left out. */
class ResultsHostileInputTest {
    private static final String HEADER = "epoch,train/box_loss,metrics/precision(B),metrics/recall(B),"
            + "metrics/mAP50(B),metrics/mAP50-95(B)\n";
    private final CliRun cli = new CliRun();

    @Test
    void anEpochOfInfIsSkippedWithAWarningAndTheRestIsPlotted(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("results.csv"), HEADER
                + "1,0.9,0.5,0.5,0.5,0.3\n"
                + "inf,0.8,0.6,0.6,0.6,0.4\n"
                + "1e400,0.8,0.6,0.6,0.6,0.4\n"
                + "2,0.7,0.6,0.6,0.6,0.35\n");
        Path png = dir.resolve("out.png");
        assertThat(cli.run("plot", csv.toString(), "-o", png.toString())).as(cli.err()).isZero();
        assertThat(cli.err()).contains("warning: " + csv + ": line 3: epoch is 'inf', not a finite number")
                .contains(csv + ": line 4: epoch is '1e400'");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
    }

    @Test
    void anImpossibleMapIsNamedAndDoesNotWinTheBestEpoch(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("results.csv"), HEADER
                + "1,0.9,0.5,0.5,0.5,0.3\n"
                + "2,0.8,0.6,0.6,1e300,0.4\n"
                + "3,0.7,0.6,0.6,0.6,0.35\n");
        assertThat(cli.run("summary", csv.toString())).isZero();
        assertThat(cli.out()).contains("best:    epoch 3,");
        assertThat(cli.err()).contains("warning: " + csv + ": line 3: metrics/mAP50(B) = 1.0e300 at epoch 2");
        assertThat(cli.run("plot", csv.toString(), "-o", dir.resolve("p.png").toString())).isZero();
    }

    @Test
    void aChartThatCannotBeDrawnIsNamedAndTheOthersAreWritten(@TempDir Path dir) throws Exception {
        // finite losses whose span overflows a double: no axis can be drawn for them
        Path csv = Files.writeString(dir.resolve("results.csv"), HEADER
                + "1,-1.7e308,0.5,0.5,0.5,0.3\n2,1.7e308,0.6,0.6,0.6,0.4\n3,0.5,0.6,0.6,0.6,0.35\n");
        Path png = dir.resolve("out.png");
        assertThat(cli.run("plot", csv.toString(), "-o", png.toString())).as(cli.err()).isZero();
        assertThat(cli.err()).contains("labelj plot: warning: chart train/box_loss cannot be drawn: its values span more than")
                .doesNotContain("Exception");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1920);
    }

    @Test
    void aSummaryOf100000ColumnsTakesSeconds(@TempDir Path dir) throws Exception {
        StringBuilder header = new StringBuilder("epoch");
        StringBuilder row = new StringBuilder("1");
        for (int c = 0; c < 100_000; c++) {
            header.append(",val/loss").append(c);
            row.append(",0.5");
        }
        Path csv = Files.writeString(dir.resolve("results.csv"), header + "\n" + row + "\n");
        long start = System.nanoTime();
        assertThat(cli.run("summary", csv.toString(), "--json")).isZero();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "summary of 100,000 columns: %.2f s%n", seconds);
        assertThat(cli.out()).contains("\"val/loss99999\"");
        assertThat(seconds).isLessThan(10.0);
    }
}
