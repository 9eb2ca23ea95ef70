package dev.labelj.assist.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.labelj.assist.Proposal;
import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageComparisonTest {
    private static final Path IMAGE = Path.of("img.jpg");

    private static Proposal detection(String label, double score, double x1, double y1, double x2, double y2) {
        return new Proposal(Box.of(label, x1, y1, x2, y2), score, 0);
    }

    private static List<Disagreement> compare(List<Box> labels, List<Proposal> detections) {
        return ImageComparison.compare(IMAGE, labels, detections, AuditOptions.DEFAULT);
    }

    @Test
    void labelsTheModelAgreesWithGiveNoRow() {
        List<Box> labels = List.of(Box.of("cat", 0, 0, 100, 100), Box.of("dog", 200, 200, 300, 300));
        List<Proposal> detections = List.of(detection("cat", 0.9, 2, 2, 100, 100),
                detection("dog", 0.8, 200, 200, 298, 300),
                // a second, weaker cat on the cat and a low dog elsewhere: neither is a disagreement
                detection("cat", 0.5, 5, 5, 100, 100), detection("dog", 0.1, 400, 400, 450, 450));
        assertEquals(List.of(), compare(labels, detections));
    }

    @Test
    void aConfidentDetectionOnNoLabelIsMissing() {
        List<Disagreement> rows = compare(List.of(Box.of("cat", 0, 0, 100, 100)),
                List.of(detection("cat", 0.9, 0, 0, 100, 100), detection("dog", 0.6, 300, 300, 400, 400),
                        detection("dog", 0.2, 500, 500, 600, 600)));
        assertEquals(1, rows.size());
        Disagreement missing = rows.get(0);
        assertEquals(DisagreementKind.MISSING, missing.kind());
        assertEquals(-1, missing.labelIndex());
        assertEquals("dog", missing.predictedClass().orElseThrow());
        assertEquals(0.6, missing.rank(), 1e-12);
    }

    @Test
    void aLabelNothingMatchesIsExtraRankedByHowSureTheModelIsThatNothingIsThere() {
        List<Box> labels = List.of(Box.of("cat", 0, 0, 100, 100), Box.of("cat", 300, 300, 400, 400));
        // below the confidence floor, a cat on the second label: the model is not sure it is empty
        List<Disagreement> rows = compare(labels, List.of(detection("cat", 0.1, 300, 300, 400, 400)));
        assertEquals(List.of(DisagreementKind.EXTRA, DisagreementKind.EXTRA), rows.stream().map(Disagreement::kind)
                .toList());
        assertEquals(0, rows.get(0).labelIndex());
        assertEquals(1.0, rows.get(0).rank(), 1e-12);
        assertEquals(1, rows.get(1).labelIndex());
        assertEquals(0.9, rows.get(1).rank(), 1e-12);
    }

    @Test
    void aDuplicateLabelIsExtraEvenThoughADetectionOverlapsIt() {
        List<Box> labels = List.of(Box.of("cat", 0, 0, 100, 100), Box.of("cat", 0, 0, 100, 100));
        List<Disagreement> rows = compare(labels, List.of(detection("cat", 0.9, 0, 0, 100, 100)));
        assertEquals(1, rows.size());
        assertEquals(DisagreementKind.EXTRA, rows.get(0).kind());
        assertEquals(1, rows.get(0).labelIndex());
        assertEquals(1.0, rows.get(0).rank(), 1e-12);
    }

    @Test
    void aBetterScoringDetectionOfAnotherClassMakesAWrongClass() {
        List<Box> labels = List.of(Box.of("cat", 0, 0, 100, 100));
        List<Disagreement> rows = compare(labels, List.of(detection("dog", 0.8, 0, 0, 100, 90),
                detection("cat", 0.3, 0, 0, 100, 100)));
        assertEquals(1, rows.size());
        Disagreement wrong = rows.get(0);
        assertEquals(DisagreementKind.WRONG_CLASS, wrong.kind());
        assertEquals("cat", wrong.labelClass().orElseThrow());
        assertEquals("dog", wrong.predictedClass().orElseThrow());
        assertEquals(0.9, wrong.iou(), 1e-12);
        assertEquals(0.8, wrong.rank(), 1e-12);
    }

    @Test
    void aLabelOfItsOwnClassIsPreferredToACloserOneOfAnother() {
        List<Box> labels = List.of(Box.of("dog", 0, 0, 100, 100), Box.of("cat", 0, 0, 100, 80));
        List<Disagreement> rows = compare(labels, List.of(detection("cat", 0.9, 0, 0, 100, 100),
                detection("dog", 0.8, 0, 0, 100, 100)));
        assertEquals(List.of(), rows);
    }

    @Test
    void aMatchBelowTheTightIouIsLooseAndLooserRanksHigher() {
        List<Box> labels = List.of(Box.of("cat", 0, 0, 100, 100), Box.of("cat", 300, 0, 400, 100));
        // IoU 0.6 and 0.7 with the same score
        List<Disagreement> rows = compare(labels, List.of(detection("cat", 0.9, 0, 0, 100, 60),
                detection("cat", 0.9, 300, 0, 400, 70)));
        assertEquals(List.of(DisagreementKind.LOOSE, DisagreementKind.LOOSE), rows.stream().map(Disagreement::kind)
                .toList());
        assertEquals(0, rows.get(0).labelIndex());
        assertEquals(0.6, rows.get(0).iou(), 1e-12);
        assertEquals(0.9 * (0.75 - 0.6) / 0.75, rows.get(0).rank(), 1e-12);
        assertTrue(rows.get(1).rank() < rows.get(0).rank());
    }

    @Test
    void labelsOfAClassTheModelDoesNotKnowAreNotJudged() {
        List<Box> labels = List.of(Box.of("zebra", 0, 0, 100, 100), Box.of("cat", 300, 300, 400, 400));
        List<Disagreement> rows = ImageComparison.compare(IMAGE, labels, List.of(), AuditOptions.DEFAULT,
                "cat"::equals);
        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).labelIndex());
        // nor does a detection on it count as missing: the label is there, of a class the model cannot name
        assertEquals(List.of(), ImageComparison.compare(IMAGE, List.of(labels.get(0)),
                List.of(detection("cat", 0.9, 0, 0, 100, 100)), AuditOptions.DEFAULT, "cat"::equals)
                .stream().filter(d -> d.kind() == DisagreementKind.MISSING).toList());
    }

    @Test
    void rowsComeMostLikelyMistakeFirst() {
        List<Box> labels = List.of(Box.of("cat", 0, 0, 100, 100), Box.of("cat", 200, 0, 300, 100),
                Box.of("cat", 400, 0, 500, 100));
        List<Proposal> detections = List.of(detection("cat", 0.95, 0, 0, 100, 60),
                detection("dog", 0.7, 200, 0, 300, 100), detection("cat", 0.5, 600, 0, 700, 100));
        List<DisagreementKind> kinds = compare(labels, detections).stream().map(Disagreement::kind).toList();
        assertEquals(List.of(DisagreementKind.EXTRA, DisagreementKind.WRONG_CLASS, DisagreementKind.MISSING,
                DisagreementKind.LOOSE), kinds);
    }
}
