package dev.labelj.assist.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 101-point AP. The expected numbers are worked by hand from the COCO evaluation's rule (its accumulate step:
 * precision made monotone from the end, then at each recall point 0, 0.01 .. 1 the precision of the first
 * detection reaching it, 0 past the last recall, mean of the 101). The reference implementation could not be run
 * on this machine, so no number here was produced by it; each is derived in the comment beside it.
 */
class CocoApTest {
    private static CocoAp.Hit tp(double score) {
        return new CocoAp.Hit(score, true);
    }

    private static CocoAp.Hit fp(double score) {
        return new CocoAp.Hit(score, false);
    }

    @Test
    void handWorkedCurve() {
        // 3 labels; by score: TP FP TP FP FP. Recall 1/3 1/3 2/3 2/3 2/3, precision 1 .5 .667 .5 .4,
        // made monotone: 1 .667 .667 .5 .4. Points 0..0.33 (34 of them) reach recall 1/3 at the first detection:
        // precision 1; points 0.34..0.66 (33) reach 2/3 at the third: 2/3; 0.67..1 are never reached: 0.
        // AP = (34 * 1 + 33 * 2/3) / 101 = 56 / 101.
        double ap = CocoAp.averagePrecision(List.of(fp(0.6), tp(0.9), fp(0.8), tp(0.7), fp(0.5)), 3);
        assertEquals(56.0 / 101, ap, 1e-12);
    }

    @Test
    void aPerfectRankingIsOneAndNoDetectionIsZero() {
        assertEquals(1.0, CocoAp.averagePrecision(List.of(tp(0.9), tp(0.8), fp(0.1)), 2), 1e-12);
        assertEquals(0.0, CocoAp.averagePrecision(List.of(), 2), 0);
        assertTrue(Double.isNaN(CocoAp.averagePrecision(List.of(fp(0.9)), 0)));
    }

    @Test
    void recallPointsSitExactlyWhereAThirdFalls() {
        // one label of three found first, the other two after 98 false ones: recall 1/3 is reached at 0.33 but not
        // at 0.34; the last two points come at precision 3/101 (rank 101). (34 * 1 + 67 * 3/101) / 101.
        List<CocoAp.Hit> hits = new ArrayList<>();
        hits.add(tp(1.0));
        for (int i = 0; i < 98; i++) {
            hits.add(fp(0.9 - i * 0.001));
        }
        hits.add(tp(0.5));
        hits.add(tp(0.4));
        double expected = (34 * 1.0 + 67 * (3.0 / 101)) / 101;
        assertEquals(expected, CocoAp.averagePrecision(hits, 3), 1e-12);
    }

    @Test
    void equalScoresKeepTheOrderTheyCameIn() {
        // the stable sort keeps image order among equal scores: FP then TP gives precision 1/2 at recall 1
        assertEquals(0.5, CocoAp.averagePrecision(List.of(fp(0.5), tp(0.5)), 1), 1e-12);
        assertEquals(1.0, CocoAp.averagePrecision(List.of(tp(0.5), fp(0.5)), 1), 1e-12);
    }
}
