package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model names to the dataset's classes: by name ignoring case, chosen entries first, many-to-one allowed. */
class ClassMappingTest {
    private static final List<String> MODEL = List.of("person", "Car", "truck", "dog");

    @Test
    void matchesByNameIgnoringCaseAndKeepsTheDatasetsSpelling() {
        ClassMapping mapping = ClassMapping.match(MODEL, List.of("car", "Person"), Map.of());
        assertThat(mapping.target(0)).contains("Person");
        assertThat(mapping.target(1)).contains("car");
        assertThat(mapping.target(2)).isEmpty();
        assertThat(mapping.unmatched()).containsExactly("truck", "dog");
        assertThat(mapping.used().test(2)).isFalse();
    }

    @Test
    void chosenEntriesMapManyToOneOrIgnore() {
        ClassMapping mapping = ClassMapping.match(MODEL, List.of("vehicle", "person"),
                Map.of("CAR", "vehicle", "truck", "Vehicle", "person", "", "3", "animal"));
        assertThat(mapping.target(1)).contains("vehicle");
        assertThat(mapping.target(2)).contains("vehicle");
        assertThat(mapping.target(0)).isEmpty();
        // a chosen name the dataset does not have yet is added
        assertThat(mapping.target(3)).contains("animal");
        assertThat(mapping.unmatched()).isEmpty();
    }

    @Test
    void withoutDatasetClassesEveryModelClassKeepsItsName() {
        ClassMapping mapping = ClassMapping.match(MODEL, List.of(), Map.of());
        assertThat(mapping.labels().apply(1)).isEqualTo("Car");
        assertThat(mapping.unmatched()).isEmpty();
    }

    @Test
    void aTrimmedChoiceOfClassesNeverReachesAnUnusedId() {
        ClassMapping mapping = ClassMapping.match(MODEL, List.of(), Map.of()).onlyClasses(id -> id == 3);
        assertThat(mapping.used().test(0)).isFalse();
        assertThat(mapping.labels().apply(0)).isNull();
        assertThat(mapping.labels().apply(3)).isEqualTo("dog");
        // an id the model never had (a class list trimmed after export) is simply not used
        assertThat(mapping.used().test(99)).isFalse();
    }
}
