package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterpolationTest {
    @Test
    void twoBoxesOfOneLabelArePairedWithTheirNearestPartnersNotInListOrder() {
        Box leftA = Box.of("car", 0, 0, 10, 10);
        Box rightA = Box.of("car", 100, 0, 110, 10);
        Box leftB = Box.of("car", 4, 0, 14, 10);
        Box rightB = Box.of("car", 96, 0, 106, 10);

        List<List<Box>> fill = Interpolation.fill(List.of(leftA, rightA), List.of(rightB, leftB), List.of(List.of()));

        assertThat(fill).singleElement().asList().containsExactlyInAnyOrder(Box.of("car", 2, 0, 12, 10),
                Box.of("car", 98, 0, 108, 10));
    }

    @Test
    void aBoxWithoutAPartnerOfItsLabelOrOneFarAwayGetsNothing() {
        List<Box> first = List.of(Box.of("car", 0, 0, 10, 10), Box.of("dog", 0, 0, 10, 10));
        List<Box> last = List.of(Box.of("car", 200, 200, 210, 210), Box.of("cat", 0, 0, 10, 10));

        assertThat(Interpolation.fill(first, last, List.of(List.of(), List.of()))).containsExactly(List.of(), List.of());
    }

    @Test
    void flagsComeFromTheFirstBoxAndAProposalBecomesAPlainBoxToPlace() {
        Box a = Box.of("car", 0, 0, 10, 10).withDifficult(true).asProposal(0.4);
        Box b = Box.of("car", 10, 10, 20, 20);

        Box middle = Interpolation.fill(List.of(a), List.of(b), List.of(List.of())).get(0).get(0);

        assertThat(middle).isEqualTo(Box.of("car", 5, 5, 15, 15).withDifficult(true));
    }
}
