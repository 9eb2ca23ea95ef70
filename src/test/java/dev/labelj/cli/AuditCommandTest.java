package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.assist.TestModels;
import dev.labelj.dataset.PlantedMistakes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labelj audit} on real files: the planted dataset of PlantedMistakes and the generated YOLOv8 model. */
class AuditCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private static String model() {
        return TestModels.model("yolov8").toString();
    }

    @Test
    void listsTheMistakesMostLikelyFirstWithTheSummary() throws Exception {
        Path set = PlantedMistakes.write(dir.resolve("set"));
        assertThat(cli.run("audit", model(), set.toString())).isZero();
        String out = cli.out();
        assertThat(out).contains("Audited 5 images with yolov8.onnx (YOLOv8 / YOLO11, 320x320): 4 disagreements"
                + " (1 missing, 1 extra, 1 wrong class, 1 loose); 1 without labels left out, 0 failed.");
        assertThat(out).containsPattern("person\\s+6\\s+5\\s+1\\.000\\s+0\\.833\\s+0\\.832");
        List<String> rows = out.lines().filter(l -> l.matches("^[01]\\.\\d{3} .*")).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("1.000 extra").contains("d_extra.png").contains("label person");
        assertThat(rows.get(1)).startsWith("0.902 missing").contains("c_missing.png").contains("model dog 0.902");
        assertThat(rows.get(2)).startsWith("0.600 wrong-class").contains("label dog  model car 0.600");
        assertThat(rows.get(3)).startsWith("0.117 loose").contains("IoU 0.640");
    }

    @Test
    void jsonHoldsTheSameRowsAndNumbers() throws Exception {
        Path set = PlantedMistakes.write(dir.resolve("set"));
        assertThat(cli.run("audit", model(), set.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("audited").asInt()).isEqualTo(5);
        assertThat(json.get("counts").get("wrong-class").asInt()).isEqualTo(1);
        List<String> kinds = new ArrayList<>();
        json.get("disagreements").forEach(d -> kinds.add(d.get("kind").asText()));
        assertThat(kinds).containsExactly("extra", "missing", "wrong-class", "loose");
        JsonNode missing = json.get("disagreements").get(1);
        assertThat(missing.get("image").asText()).isEqualTo("c_missing.png");
        assertThat(missing.get("label").isNull()).isTrue();
        assertThat(missing.get("predicted").get("box").toString()).isEqualTo("[40.0,40.0,80.0,80.0]");
    }

    @Test
    void aStricterMatchTurnsTheLooseBoxIntoAMissingAndAnExtra() throws Exception {
        Path set = PlantedMistakes.write(dir.resolve("set"));
        assertThat(cli.run("audit", model(), set.toString(), "--iou", "0.7", "--json")).isZero();
        JsonNode counts = new ObjectMapper().readTree(cli.out()).get("counts");
        assertThat(counts.get("loose").asInt()).isZero();
        assertThat(counts.get("missing").asInt()).isEqualTo(2);
        assertThat(counts.get("extra").asInt()).isEqualTo(2);
    }

    @Test
    void anUnreadableAnnotationIsNamedOnStderrAndExitsOne() throws Exception {
        Path set = PlantedMistakes.write(dir.resolve("set"));
        Files.writeString(set.resolve("a_loose.xml"), "not xml");
        assertThat(cli.run("audit", model(), set.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("labelj audit: ").contains("a_loose.xml");
        assertThat(cli.out()).contains("3 disagreements").contains("1 failed");
    }

    @Test
    void badArgumentsExitTwo() throws Exception {
        Path set = PlantedMistakes.write(dir.resolve("set"));
        assertThat(cli.run("audit", dir.resolve("none.onnx").toString(), set.toString())).isEqualTo(2);
        assertThat(cli.run("audit", model(), set.toString(), "--conf", "2")).isEqualTo(2);
        assertThat(cli.err()).contains("model file not found");
    }
}
