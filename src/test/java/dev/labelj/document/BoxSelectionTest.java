package dev.labelj.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared selection: indices (not boxes), sorted, and events only on real changes. */
class BoxSelectionTest {
    private final BoxSelection selection = new BoxSelection();
    private final AtomicInteger changes = new AtomicInteger();

    BoxSelectionTest() {
        selection.addChangeListener(e -> changes.incrementAndGet());
    }

    @Test
    void keepsSortedDistinctIndicesAndFiresOnlyOnChange() {
        selection.set(List.of(4, 1, 4));
        assertThat(selection.indices()).containsExactly(1, 4);
        assertThat(changes).hasValue(1);
        selection.set(List.of(1, 4));
        assertThat(changes).as("same set, no event").hasValue(1);
        assertThat(selection.single()).isEmpty();
        assertThatThrownBy(() -> selection.indices().add(7)).isInstanceOf(UnsupportedOperationException.class);

        selection.select(2);
        assertThat(selection.single()).hasValue(2);
        assertThat(selection.contains(2)).isTrue();
        assertThat(selection.contains(1)).isFalse();
        assertThat(changes).hasValue(2);

        selection.clear();
        selection.clear();
        assertThat(selection.isEmpty()).isTrue();
        assertThat(changes).hasValue(3);
    }

    @Test
    void toggleAddsAndRemoves() {
        selection.toggle(3);
        selection.toggle(5);
        assertThat(selection.indices()).containsExactly(3, 5);
        selection.toggle(3);
        assertThat(selection.indices()).containsExactly(5);
    }

    @Test
    void retainWithinDropsIndicesOfDeletedBoxes() {
        selection.set(List.of(0, 2, 3));
        int before = changes.get();
        selection.retainWithin(5);
        assertThat(changes).as("all still valid").hasValue(before);
        selection.retainWithin(3);
        assertThat(selection.indices()).containsExactly(0, 2);
        selection.retainWithin(0);
        assertThat(selection.isEmpty()).isTrue();
    }

    @Test
    void negativeIndicesAreRefused() {
        assertThatThrownBy(() -> selection.select(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(selection.isEmpty()).isTrue();
        assertThat(changes).hasValue(0);
    }
}
