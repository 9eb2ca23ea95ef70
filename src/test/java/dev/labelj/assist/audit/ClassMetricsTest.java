package dev.labelj.assist.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.labelj.assist.Proposal;
import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-class matching and AP50 over images; expected values worked by hand in the comments (see CocoApTest). */
class ClassMetricsTest {
    private static Proposal detection(String label, double score, double x1, double y1, double x2, double y2) {
        return new Proposal(Box.of(label, x1, y1, x2, y2), score, 0);
    }

    @Test
    void twoImagesWorkedByHand() {
        ClassMetrics metrics = new ClassMetrics(AuditOptions.DEFAULT);
        // image 1: cats A and B. 0.9 on A (TP); 0.8 on A again, IoU 0.82 but A is taken (FP); 0.6 on B at IoU
        // 70/130 = 0.54 (TP).
        metrics.add(List.of(Box.of("cat", 0, 0, 10, 10), Box.of("cat", 20, 0, 30, 10)),
                List.of(detection("cat", 0.9, 0, 0, 10, 10), detection("cat", 0.8, 1, 0, 11, 10),
                        detection("cat", 0.6, 23, 0, 33, 10)));
        // image 2: cat C. 0.7 at IoU 25/175 = 0.14 (FP); a dog where no dog is labelled.
        metrics.add(List.of(Box.of("cat", 0, 0, 10, 10)),
                List.of(detection("cat", 0.7, 5, 5, 15, 15), detection("dog", 0.95, 50, 50, 60, 60)));
        // cat by score: TP FP FP TP of 3 labels. Recall 1/3 1/3 1/3 2/3, precision 1 .5 .333 .5, monotone
        // 1 .5 .5 .5: 34 points at 1, 33 at .5, 34 at 0: AP = (34 + 16.5) / 101 = 0.5.
        List<ClassResult> results = metrics.results();
        assertEquals(List.of("cat", "dog"), results.stream().map(ClassResult::name).toList());
        ClassResult cat = results.get(0);
        assertEquals(0.5, cat.ap50(), 1e-12);
        assertEquals(3, cat.labels());
        assertEquals(4, cat.detections());
        assertEquals(2, cat.truePositives());
        assertEquals(0.5, cat.precision(), 1e-12);
        assertEquals(2.0 / 3, cat.recall(), 1e-12);
        ClassResult dog = results.get(1);
        assertTrue(Double.isNaN(dog.ap50()));
        assertEquals(0.0, dog.precision(), 0);
        // the dog has no labels: left out of the mean, as an absent category is
        assertEquals(0.5, ClassMetrics.meanAp50(results), 1e-12);
    }

    @Test
    void precisionAndRecallCountOnlyConfidentDetectionsButApCountsAll() {
        ClassMetrics metrics = new ClassMetrics(new AuditOptions(0.5, 0.5));
        metrics.add(List.of(Box.of("cat", 0, 0, 10, 10)), List.of(detection("cat", 0.2, 0, 0, 10, 10)));
        ClassResult cat = metrics.results().get(0);
        assertEquals(0, cat.detections());
        assertEquals(0.0, cat.recall(), 0);
        assertEquals(1.0, cat.ap50(), 1e-12);
    }

    @Test
    void onlyTheHundredBestDetectionsOfAnImageAndClassCount() {
        // 100 false cats above a true one: the true one is the 101st and is dropped, so AP is 0;
        // with 99 false ones it is kept at rank 100: precision 1/100 at recall 1 for all 101 points.
        assertEquals(0.0, apWithFalseOnesAbove(100), 1e-12);
        assertEquals(0.01, apWithFalseOnesAbove(99), 1e-12);
    }

    private static double apWithFalseOnesAbove(int falseOnes) {
        List<Proposal> detections = new ArrayList<>();
        for (int i = 0; i < falseOnes; i++) {
            detections.add(detection("cat", 0.9 - i * 0.001, 500 + i * 20, 0, 510 + i * 20, 10));
        }
        detections.add(detection("cat", 0.5, 0, 0, 10, 10));
        ClassMetrics metrics = new ClassMetrics(AuditOptions.DEFAULT);
        metrics.add(List.of(Box.of("cat", 0, 0, 10, 10)), detections);
        return metrics.results().get(0).ap50();
    }
}
