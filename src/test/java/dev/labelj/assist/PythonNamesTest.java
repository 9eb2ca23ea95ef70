package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The names metadata is parsed as data: Python's str() of a dict or list, never evaluated. */
class PythonNamesTest {
    @Test
    void readsTheDictUltralyticsWrites() {
        assertThat(PythonNames.parse("{0: 'person', 1: 'bicycle', 2: 'car'}"))
                .contains(List.of("person", "bicycle", "car"));
    }

    @Test
    void readsDoubleQuotedNamesAndEscapes() {
        assertThat(PythonNames.parse("{0: \"driver's seat\", 1: 'a\\'b', 2: 'caf\\xe9', 3: '\\u4eba'}"))
                .contains(List.of("driver's seat", "a'b", "caf\u00e9", "\u4eba"));
    }

    @Test
    void readsAListAndIdsOutOfOrder() {
        assertThat(PythonNames.parse("['cat', 'dog']")).contains(List.of("cat", "dog"));
        assertThat(PythonNames.parse("{1: 'dog', 0: 'cat'}")).contains(List.of("cat", "dog"));
    }

    @Test
    void refusesAnythingThatIsNotAPlainNameTable() {
        for (String bad : new String[] {"{0: 'a', 2: 'c'}", "{0: 'a', 0: 'b'}", "__import__('os').system('x')",
                "{0: 'a'} + 1", "{0: 'unterminated}", "{0: b'bytes'}", "", "{0: 'a',, 1: 'b'}"}) {
            assertThat(PythonNames.parse(bad)).as(bad).isEqualTo(Optional.empty());
        }
        assertThat(PythonNames.parse(null)).isEmpty();
    }
}
