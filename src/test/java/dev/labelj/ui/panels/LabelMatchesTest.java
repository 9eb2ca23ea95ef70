package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelMatchesTest {
    private static final List<String> CLASSES = List.of("dog", "person", "cat", "hotdog", "Dolphin", "\u732b\u54aa");

    @Test
    void namesStartingWithTheTextComeFirstThenNamesContainingIt() {
        assertThat(LabelMatches.filter(CLASSES, "do")).containsExactly("dog", "Dolphin", "hotdog");
    }

    @Test
    void anEmptyOrBlankQueryListsEveryNameInOrder() {
        assertThat(LabelMatches.filter(CLASSES, "")).isEqualTo(CLASSES);
        assertThat(LabelMatches.filter(CLASSES, "  ")).isEqualTo(CLASSES);
    }

    @Test
    void chineseNamesAreMatched() {
        assertThat(LabelMatches.filter(CLASSES, "\u732b")).containsExactly("\u732b\u54aa");
        assertThat(LabelMatches.completion(CLASSES, "\u732b")).contains("\u732b\u54aa");
    }

    @Test
    void completionTakesTheFirstLongerNameWithTheSameStartAndCase() {
        assertThat(LabelMatches.completion(CLASSES, "d")).contains("dog");
        assertThat(LabelMatches.completion(CLASSES, "D")).contains("Dolphin");
        assertThat(LabelMatches.completion(CLASSES, "pe")).contains("person");
    }

    @Test
    void nothingCompletesAFullNameAnUnknownStartOrNothing() {
        assertThat(LabelMatches.completion(CLASSES, "dog")).isEmpty();
        assertThat(LabelMatches.completion(CLASSES, "bird")).isEmpty();
        assertThat(LabelMatches.completion(CLASSES, "")).isEmpty();
    }
}
