package dev.labelj.io.yolo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataYamlNamesTest {
    private static Optional<List<String>> parse(List<String> lines) throws Exception {
        return DataYamlNames.parse(Path.of("data.yaml"), String.join("\n", lines));
    }

    @Test
    void readsInlineListsBlockListsAndIdMappings() throws Exception {
        assertThat(parse(List.of("nc: 2", "names: ['traffic light', \"stop, sign\"]  # two")))
                .contains(List.of("traffic light", "stop, sign"));
        assertThat(parse(List.of("names:", "- cat", "- '狗'", "nc: 2"))).contains(List.of("cat", "狗"));
        assertThat(parse(List.of("names:", "  0: person", "  2: car", "train: x")))
                .contains(List.of("person", "class_1", "car"));
        assertThat(parse(List.of("names: {0: person, 1: 'traffic light'}")))
                .contains(List.of("person", "traffic light"));
        assertThat(parse(List.of("train: images", "nc: 3"))).isEmpty();
    }
}
