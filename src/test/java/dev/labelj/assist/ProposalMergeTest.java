package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A prediction on an image with boxes adds only what overlaps no box of its class by IoU 0.5 or more. */
class ProposalMergeTest {
    private static Proposal proposal(String label, double x1, double y1, double x2, double y2) {
        return new Proposal(Box.of(label, x1, y1, x2, y2), 0.9, 0);
    }

    @Test
    void leavesOutTheSameObjectOfTheSameClassOnly() {
        Box manual = Box.of("car", 0, 0, 10, 10);
        // shifted by 3: intersection 70, union 130, IoU 0.54 -> the same object
        Proposal same = proposal("car", 3, 0, 13, 10);
        // shifted by 4: intersection 60, union 140, IoU 0.43 -> another object
        Proposal other = proposal("car", 4, 0, 14, 10);
        Proposal otherClass = proposal("bus", 0, 0, 10, 10);
        assertThat(ProposalMerge.newOnly(List.of(manual), List.of(same, other, otherClass)))
                .containsExactly(other, otherClass);
    }

    @Test
    void readsBoxesWithSwappedCornersAsTheyAre() {
        Box swapped = Box.of("car", 10, 10, 0, 0);
        assertThat(ProposalMerge.newOnly(List.of(swapped), List.of(proposal("car", 0, 0, 10, 10)))).isEmpty();
    }
}
