package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-class greedy NMS against boxes whose overlaps are computed by hand. */
class NmsTest {
    // two 10 x 10 boxes shifted by 2: intersection 8 x 10 = 80, union 120, IoU 2/3
    private static final Candidate A = new Candidate(0, 0, 10, 10, 0.9, 0);
    private static final Candidate B = new Candidate(2, 0, 12, 10, 0.8, 0);
    // shifted by 1: intersection 90, union 110, IoU 0.818
    private static final Candidate C = new Candidate(1, 0, 11, 10, 0.7, 0);

    @Test
    void iouIsIntersectionOverUnion() {
        assertThat(A.iou(B)).isEqualTo(80.0 / 120.0);
        assertThat(A.iou(C)).isEqualTo(90.0 / 110.0);
        assertThat(A.iou(new Candidate(20, 20, 30, 30, 1, 0))).isZero();
    }

    @Test
    void dropsOnlyBoxesOverlappingABetterOneOfTheirClassAboveTheThreshold() {
        // at 0.7: B (0.667) stays, C (0.818 with A) goes
        assertThat(Nms.perClass(List.of(C, B, A), 0.7, 300)).containsExactly(A, B);
        // at 0.5 B goes too
        assertThat(Nms.perClass(List.of(C, B, A), 0.5, 300)).containsExactly(A);
    }

    @Test
    void otherClassesNeverSuppressEachOther() {
        Candidate sameSpotOtherClass = new Candidate(0, 0, 10, 10, 0.5, 1);
        assertThat(Nms.perClass(List.of(A, sameSpotOtherClass), 0.7, 300)).containsExactly(A, sameSpotOtherClass);
    }

    @Test
    void keepsAtMostTheBestMaxDetections() {
        List<Candidate> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(new Candidate(i * 20, 0, i * 20 + 10, 10, i / 1000.0, 0));
        }
        List<Candidate> kept = Nms.perClass(many, 0.7, 300);
        assertThat(kept).hasSize(300);
        assertThat(kept.get(0).score()).isEqualTo(0.399);
        assertThat(Nms.bestOnly(many, 300)).hasSize(300).first().isEqualTo(kept.get(0));
    }
}
