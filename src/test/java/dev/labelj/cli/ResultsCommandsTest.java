package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.results.Fixtures;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code labelj plot} and {@code labelj summary} end to end, through the real command line. */
class ResultsCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = LabelJCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String fixture(String name) {
        return Fixtures.file(name).toString();
    }

    @Test
    void plotWritesAGridPngWithRunsOverlaid(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("results.png");
        int code = run("plot", fixture("yolov5-483172-custom_lego_dataset-exp-50ep.csv"),
                fixture("yolov5-Grafit-Kil-helmet-detection-exp2-150ep-1class.csv"), "-o", png.toString(), "--smooth");
        assertThat(code).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1280);
        assertThat(out.toString()).contains("13 charts, 2 runs");
        assertThat(dir.toFile().list()).containsExactly("results.png");
    }

    @Test
    void plotAcceptsARunFolder(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("exp3"));
        Files.copy(Fixtures.file("yolov5-results-txt-ssong86-wildfire-exp3-300ep.txt"), run.resolve("results.txt"));
        assertThat(run("plot", run.toString(), "-o", dir.resolve("p.png").toString())).isZero();
        assertThat(ImageIO.read(dir.resolve("p.png").toFile()).getWidth()).isEqualTo(1920);
    }

    @Test
    void summaryJsonHasTheAgreedFields() throws Exception {
        assertThat(run("summary", fixture("v8seg-BhushanMalusare-car-segmentation-10ep-padded.csv"), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("format").asText()).isEqualTo("ultralytics");
        assertThat(json.get("task").asText()).isEqualTo("segment");
        assertThat(json.get("rows").asInt()).isEqualTo(10);
        assertThat(json.get("first_epoch").isIntegralNumber()).isTrue();
        assertThat(json.get("first_epoch").asInt()).isEqualTo(1);
        assertThat(json.get("last_epoch").asInt()).isEqualTo(10);
        int best = json.get("best_epoch").asInt();
        assertThat(best).isBetween(1, 10);
        JsonNode metrics = json.get("metrics_at_best");
        double expected = 0.1 * metrics.get("metrics/mAP50(B)").asDouble() + 0.9 * metrics.get("metrics/mAP50-95(B)").asDouble()
                + 0.1 * metrics.get("metrics/mAP50(M)").asDouble() + 0.9 * metrics.get("metrics/mAP50-95(M)").asDouble();
        assertThat(json.get("fitness").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("columns")).hasSize(20);
        assertThat(json.get("columns").get(0).asText()).isEqualTo("epoch");
        assertThat(json.get("warnings").isArray()).isTrue();
        assertThat(json.get("warnings")).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void summaryJsonReportsPlannedEpochsAndWarnings(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("exp"));
        String csv = Files.readString(Fixtures.file("yolov5-AhmetKoraySonal-lid-state-151of300ep-interrupted-nan.csv"));
        Files.writeString(run.resolve("results.csv"), csv + "                 151,  0.01,  0.02");
        Files.writeString(run.resolve("opt.yaml"), "weights: yolov5s.pt\nepochs: 300\npatience: 100\n");
        assertThat(run("summary", run.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("best_epoch").asInt()).isEqualTo(147);
        assertThat(json.get("epochs_planned").asInt()).isEqualTo(300);
        assertThat(json.get("epochs_run").asInt()).isEqualTo(151);
        assertThat(json.get("status").asText()).isEqualTo("incomplete");
        assertThat(json.get("warnings")).hasSize(1);
        assertThat(json.get("warnings").get(0).get("kind").asText()).isEqualTo("partial-last-line");
        assertThat(json.get("warnings").get(0).get("line").asInt()).isEqualTo(153);
    }

    @Test
    void summaryTextNamesTheBestEpoch() {
        assertThat(run("summary", fixture("yolo12-1527171-hand-raising-train3-200ep-time.csv"))).isZero();
        assertThat(out.toString()).contains("format:  ultralytics, task detect, 200 rows")
                .contains("best:    epoch 178").contains("metrics/mAP50-95(B) = ");
    }

    @Test
    void unreadableFilesExitOne(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("results.csv"), "");
        assertThat(run("summary", empty.toString(), "--json")).isEqualTo(1);
        assertThat(err.toString()).contains(empty.toString()).contains("empty");
        Path notes = Files.writeString(dir.resolve("notes.csv"), "name,age\nbob,3\n");
        assertThat(run("plot", notes.toString(), "-o", dir.resolve("x.png").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("notes.csv:1: not a YOLO training results file");
        Path noResults = Files.createDirectories(dir.resolve("exp"));
        assertThat(run("summary", noResults.toString())).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badArgumentsExitTwo(@TempDir Path dir) {
        String csv = fixture("yolov5-KALYAN1045-ANPR-20ep.csv");
        assertThat(run("plot", csv)).isEqualTo(2);
        assertThat(err.toString()).contains("-o");
        assertThat(run("plot", "-o", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(run("plot", dir.resolve("missing.csv").toString(), "-o", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(run("plot", csv, "-o", dir.resolve("no/such/dir/x.png").toString())).isEqualTo(2);
        assertThat(run("summary")).isEqualTo(2);
        assertThat(run("summary", csv, "--rule", "best")).isEqualTo(2);
        assertThat(run("summary", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(run("results", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void ruleIsSelectable() throws Exception {
        String csv = fixture("yolov5cls-Louis93621-DS340W-100ep.csv");
        assertThat(run("summary", csv, "--json", "--rule", "top1-top5")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("fitness_rule").asText()).isEqualTo("top1-top5");
        assertThat(json.get("best_epoch").asInt()).isEqualTo(93);
        assertThat(json.get("best_epoch_first_reached").asInt()).isEqualTo(68);
        assertThat(json.get("fitness").asDouble()).isCloseTo((0.88889 + 1) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }
}
