package dev.labelj.io.yolo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataYamlNamesTest {
    @Test
    void readsInlineListsBlockListsAndIdMappings() {
        assertThat(DataYamlNames.parse(List.of("nc: 2", "names: ['traffic light', \"stop, sign\"]  # two")))
                .contains(List.of("traffic light", "stop, sign"));
        assertThat(DataYamlNames.parse(List.of("names:", "- cat", "- '狗'", "nc: 2"))).contains(List.of("cat", "狗"));
        assertThat(DataYamlNames.parse(List.of("names:", "  0: person", "  2: car", "train: x")))
                .contains(List.of("person", "class_1", "car"));
        assertThat(DataYamlNames.parse(List.of("names: {0: person, 1: 'traffic light'}")))
                .contains(List.of("person", "traffic light"));
        assertThat(DataYamlNames.parse(List.of("train: images", "nc: 3"))).isEmpty();
    }
}
