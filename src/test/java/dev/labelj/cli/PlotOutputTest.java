package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.Fixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code plot -o} writes, and what it refuses to overwrite; and runs that cannot be read among good ones. */
class PlotOutputTest {
    private static final String MUSHROOMS = "yolov5-results-txt-AmelNozieres-mushrooms-exp2-100ep.txt";
    private static final String LEGO = "yolov5-483172-custom_lego_dataset-exp-50ep.csv";
    private final CliRun cli = new CliRun();

    private static Path copy(String fixture, Path dir) throws Exception {
        return Files.copy(Fixtures.file(fixture), dir.resolve(fixture));
    }

    @Test
    void aBadFileAmongGoodOnesIsNamedAndTheRestArePlotted(@TempDir Path dir) throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.csv"), "\u0000\u0001 not a results file\n");
        Path png = dir.resolve("out.png");
        int code = cli.run("plot", copy(LEGO, dir).toString(), copy(MUSHROOMS, dir).toString(), garbage.toString(),
                "-o", png.toString());
        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("garbage.csv:1: not a YOLO training results file")
                .contains("1 of 3 inputs could not be read");
        assertThat(cli.out()).contains("2 runs)");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1920);
    }

    @Test
    void summaryNamesAnUnreadableFile(@TempDir Path dir) throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.csv"), "hello\n");
        assertThat(cli.run("summary", garbage.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(garbage.toString());
    }

    @Test
    void theOutputIsNeverOneOfTheInputs(@TempDir Path dir) throws Exception {
        Path csv = copy(LEGO, dir);
        byte[] before = Files.readAllBytes(csv);
        assertThat(cli.run("plot", csv.toString(), "-o", csv.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("is one of the inputs");
        // the same file by another name, and the opt.yaml read beside a run folder's results
        Path run = Files.createDirectories(dir.resolve("exp"));
        Files.copy(csv, run.resolve("results.csv"));
        Files.writeString(run.resolve("opt.yaml"), "epochs: 50\n");
        assertThat(cli.run("plot", run.toString(), "-o", run.resolve("../exp/results.csv").toString())).isEqualTo(2);
        assertThat(cli.run("plot", run.toString(), "-o", run.resolve("opt.yaml").toString())).isEqualTo(2);
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), run.resolve("results.csv"));
        assertThat(cli.run("plot", run.toString(), "-o", link.toString())).isEqualTo(2);
        assertThat(Files.readAllBytes(csv)).isEqualTo(before);
        assertThat(Files.readAllBytes(run.resolve("results.csv"))).isEqualTo(before);
        assertThat(run.resolve("opt.yaml")).hasContent("epochs: 50");
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("plots")).resolve("real.png"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.png"), Path.of("plots/real.png"));
        assertThat(cli.run("plot", copy(LEGO, dir).toString(), "-o", link.toString())).as(cli.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        BufferedImage image = ImageIO.read(real.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(dir.resolve("plots").toFile().list()).containsExactly("real.png");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.png"), Path.of("nowhere/x.png"));
        assertThat(cli.run("plot", dir.resolve(LEGO).toString(), "-o", dangling.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("symlink to a missing file");
    }

    @Test
    void aDeviceOrPipeIsRefused(@TempDir Path dir) throws Exception {
        Path csv = copy(LEGO, dir);
        Path device = Path.of("/dev/null");
        assertThat(cli.run("plot", csv.toString(), "-o", device.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
        Path fifo = dir.resolve("pipe.png");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(cli.run("plot", csv.toString(), "-o", fifo.toString())).isEqualTo(2);
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder(LEGO, "pipe.png");
    }

    @Test
    void aNewPngGetsTheUmaskPermissionsAndAReplacedOneKeepsItsOwn(@TempDir Path dir) throws Exception {
        // what this process's umask gives a new file, whatever it is on this machine
        Path probe = Files.createFile(dir.resolve("probe"));
        String umaskGives = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Path png = dir.resolve("new.png");
        assertThat(cli.run("plot", copy(LEGO, dir).toString(), "-o", png.toString())).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(png))).isEqualTo(umaskGives)
                .isNotEqualTo("rw-------");
        Files.setPosixFilePermissions(png, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(cli.run("plot", dir.resolve(LEGO).toString(), "-o", png.toString())).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(png))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aFolderOfRunsIsPlottedAsEveryRunInItAndSvgOrPdfByTheName(@TempDir Path dir) throws Exception {
        Path train = Files.createDirectories(dir.resolve("runs/train"));
        for (String run : new String[] {"exp", "exp2", "exp3"}) {
            Files.copy(Fixtures.file(LEGO), Files.createDirectories(train.resolve(run)).resolve("results.csv"));
        }
        Path svg = dir.resolve("runs.svg");
        assertThat(cli.run("plot", train.toString(), "-o", svg.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("3 runs)");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("exp3");
        Path pdf = dir.resolve("runs.pdf");
        assertThat(cli.run("plot", train.toString(), "-o", pdf.toString())).isZero();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(cli.run("plot", train.toString(), "-o", train.resolve("exp2/results.csv").toString())).isEqualTo(2);
    }

    @Test
    void summaryWritesTheRunTableOfAFolderOfRunsAsMarkdownOrCsv(@TempDir Path dir) throws Exception {
        Path train = Files.createDirectories(dir.resolve("runs/train"));
        for (String run : new String[] {"exp", "exp2", "exp3"}) {
            Files.copy(Fixtures.file(LEGO), Files.createDirectories(train.resolve(run)).resolve("results.csv"));
        }
        assertThat(cli.run("summary", train.toString(), "--table", "md")).as(cli.err()).isZero();
        assertThat(cli.out().lines()).hasSize(5).element(2).asString().startsWith("| exp").contains("| 48 |");
        cli.clearOut();
        Path garbage = Files.writeString(dir.resolve("garbage.csv"), "x\n");
        assertThat(cli.run("summary", train.resolve("exp").toString(), garbage.toString(), "--table", "csv"))
                .isEqualTo(1);
        assertThat(cli.out().lines()).hasSize(2);
        assertThat(cli.err()).contains("garbage.csv");
        assertThat(cli.run("summary", train.resolve("exp").toString(), train.resolve("exp2").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("use --table csv or --table md");
        assertThat(cli.run("summary", train.toString(), "--table", "xlsx")).isEqualTo(2);
    }
}
