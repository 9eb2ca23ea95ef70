package dev.labelj.io.yolo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names for a model without metadata: classes.txt beside it first, then the names of a data.yaml. */
class NamesBesideModelTest {
    @TempDir
    Path dir;

    @Test
    void readsTheNamesOfADataYamlBesideTheModel() throws Exception {
        Path model = dir.resolve("best.onnx");
        Files.writeString(dir.resolve("data.yaml"), "path: ../datasets/x\nnames:\n  0: person\n  1: traffic light\n");
        NamesBesideModel.Found found = NamesBesideModel.find(model).orElseThrow();
        assertThat(found.names()).containsExactly("person", "traffic light");
        assertThat(found.file()).isEqualTo(dir.resolve("data.yaml").toAbsolutePath());
    }

    @Test
    void classesTxtComesFirstAndNothingIsEmpty() throws Exception {
        Path model = dir.resolve("best.onnx");
        assertThat(NamesBesideModel.find(model)).isEmpty();
        Files.writeString(dir.resolve("data.yaml"), "names: ['a', 'b']\n");
        Files.writeString(dir.resolve("classes.txt"), "x\ny\n");
        assertThat(NamesBesideModel.find(model).orElseThrow().names()).isEqualTo(List.of("x", "y"));
    }
}
