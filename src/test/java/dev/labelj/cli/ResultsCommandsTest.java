package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.results.Fixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labelj plot} and {@code labelj summary} end to end, through the real command line. */
class ResultsCommandsTest {
    private final CliRun cli = new CliRun();

    private static String fixture(String name) {
        return Fixtures.file(name).toString();
    }

    @Test
    void plotWritesAGridPngWithRunsOverlaid(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("results.png");
        int code = cli.run("plot", fixture("yolov5-483172-custom_lego_dataset-exp-50ep.csv"),
                fixture("yolov5-Grafit-Kil-helmet-detection-exp2-150ep-1class.csv"), "-o", png.toString(), "--smooth");
        assertThat(code).as(cli.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1280);
        assertThat(cli.out()).contains("13 charts, 2 runs");
        assertThat(dir.toFile().list()).containsExactly("results.png");
    }

    @Test
    void plotAcceptsARunFolder(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("exp3"));
        Files.copy(Fixtures.file("yolov5-results-txt-ssong86-wildfire-exp3-300ep.txt"), run.resolve("results.txt"));
        assertThat(cli.run("plot", run.toString(), "-o", dir.resolve("p.png").toString())).isZero();
        assertThat(ImageIO.read(dir.resolve("p.png").toFile()).getWidth()).isEqualTo(1920);
    }

    @Test
    void summaryJsonHasTheAgreedFields() throws Exception {
        assertThat(cli.run("summary", fixture("v8seg-BhushanMalusare-car-segmentation-10ep-padded.csv"), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
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
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void summaryJsonReportsPlannedEpochsAndWarnings(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("exp"));
        String csv = Files.readString(Fixtures.file("yolov5-AhmetKoraySonal-lid-state-151of300ep-interrupted-nan.csv"));
        Files.writeString(run.resolve("results.csv"), csv + "                 151,  0.01,  0.02");
        Files.writeString(run.resolve("opt.yaml"), "weights: yolov5s.pt\nepochs: 300\npatience: 100\n");
        assertThat(cli.run("summary", run.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("best_epoch").asInt()).isEqualTo(147);
        assertThat(json.get("epochs_planned").asInt()).isEqualTo(300);
        assertThat(json.get("epochs_run").asInt()).isEqualTo(151);
        assertThat(json.get("status").asText()).isEqualTo("incomplete");
        assertThat(json.get("warnings")).hasSize(2);
        assertThat(json.get("warnings").get(0).get("kind").asText()).isEqualTo("partial-last-line");
        assertThat(json.get("warnings").get(0).get("line").asInt()).isEqualTo(153);
        assertThat(json.get("warnings").get(1).get("kind").asText()).isEqualTo("non-finite");
    }

    @Test
    void summaryTextNamesTheBestEpoch() {
        assertThat(cli.run("summary", fixture("yolo12-1527171-hand-raising-train3-200ep-time.csv"))).isZero();
        assertThat(cli.out()).contains("format:  ultralytics, task detect, 200 rows")
                .contains("best:    epoch 178").contains("metrics/mAP50-95(B) = ");
    }

    @Test
    void unreadableFilesExitOne(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("results.csv"), "");
        assertThat(cli.run("summary", empty.toString(), "--json")).isEqualTo(1);
        assertThat(cli.err()).contains(empty.toString()).contains("empty");
        Path notes = Files.writeString(dir.resolve("notes.csv"), "name,age\nbob,3\n");
        assertThat(cli.run("plot", notes.toString(), "-o", dir.resolve("x.png").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("notes.csv:1: not a YOLO training results file");
        Path noResults = Files.createDirectories(dir.resolve("exp"));
        assertThat(cli.run("summary", noResults.toString())).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void badArgumentsExitTwo(@TempDir Path dir) {
        String csv = fixture("yolov5-KALYAN1045-ANPR-20ep.csv");
        assertThat(cli.run("plot", csv)).isEqualTo(2);
        assertThat(cli.err()).contains("-o");
        assertThat(cli.run("plot", "-o", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(cli.run("plot", dir.resolve("missing.csv").toString(), "-o", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(cli.run("plot", csv, "-o", dir.resolve("no/such/dir/x.png").toString())).isEqualTo(2);
        assertThat(cli.run("summary")).isEqualTo(2);
        assertThat(cli.run("summary", csv, "--rule", "best")).isEqualTo(2);
        assertThat(cli.run("summary", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(cli.run("results", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).doesNotContain("Exception");
    }

    @Test
    void ruleIsSelectable() throws Exception {
        String csv = fixture("yolov5cls-Louis93621-DS340W-100ep.csv");
        assertThat(cli.run("summary", csv, "--json", "--rule", "top1-top5")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("fitness_rule").asText()).isEqualTo("top1-top5");
        assertThat(json.get("best_epoch").asInt()).isEqualTo(93);
        assertThat(json.get("best_epoch_first_reached").asInt()).isEqualTo(68);
        assertThat(json.get("fitness").asDouble()).isCloseTo((0.88889 + 1) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void summaryJsonSaysWhichColumnsAndEpochsHeldNan() throws Exception {
        // YOLOv5 wrote literal nan for two validation losses at epoch 1
        assertThat(cli.run("summary", fixture("yolov5-AhmetKoraySonal-lid-state-151of300ep-interrupted-nan.csv"),
                "--json")).isZero();
        JsonNode warnings = new ObjectMapper().readTree(cli.out()).get("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).get("kind").asText()).isEqualTo("non-finite");
        assertThat(warnings.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(warnings.get(0).get("message").asText()).isEqualTo("val/box_loss, val/obj_loss: nan at epoch 1");
        cli.clearOut();
        assertThat(cli.run("summary", fixture("yolov5-AhmetKoraySonal-lid-state-151of300ep-interrupted-nan.csv")))
                .isZero();
        assertThat(cli.err()).contains("line 3: val/box_loss, val/obj_loss: nan at epoch 1");
    }

    @Test
    void summaryJsonNumbersCarryNoFloatNoise() throws Exception {
        assertThat(cli.run("summary", fixture("v8-A-Alviento-rock-paper-scissors-100ep-0based-crlf.csv"), "--json"))
                .isZero();
        // 0.1 * 0.95746 + 0.9 * 0.74321 is 0.7646350000000001 in binary arithmetic
        assertThat(cli.out()).contains("\"fitness\" : 0.764635,").doesNotContain("0000000");
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("metrics_at_best").get("metrics/mAP50(B)").asText()).isEqualTo("0.95746");
        for (String noisy : List.of("v8-AbdulRahmaan03-custom-100ep-padded.csv",
                "v8seg-BhushanMalusare-car-segmentation-10ep-padded.csv", "yolov5-KALYAN1045-ANPR-20ep.csv")) {
            cli.clearOut();
            assertThat(cli.run("summary", fixture(noisy), "--json")).isZero();
            assertThat(cli.out()).as(noisy).doesNotContainPattern("\\d\\.\\d{12,}");
        }
    }

    @Test
    void globalOptionsAreAcceptedAfterTheSubcommand(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("s.json");
        String csv = fixture("yolov5-KALYAN1045-ANPR-20ep.csv");
        assertThat(cli.run("summary", csv, "--settings", settings.toString())).as(cli.err()).isZero();
        assertThat(cli.run("plot", csv, "-o", dir.resolve("p.png").toString(), "--settings", settings.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.err()).doesNotContain("Unknown option");
        // the viewer opens a window, so only parse: the value reaches the one settings option
        picocli.CommandLine commandLine = LabelJCommand.commandLine();
        commandLine.parseArgs("results", csv, "--settings", settings.toString());
        assertThat(((LabelJCommand) commandLine.getCommand()).settingsFile).isEqualTo(settings);
    }

    @Test
    void aMissingRequiredOptionPointsAtTheSubcommandsHelp() {
        assertThat(cli.run("plot", fixture("yolov5-KALYAN1045-ANPR-20ep.csv"))).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required option").contains("Try 'labelj plot --help' for usage.");
    }
}
