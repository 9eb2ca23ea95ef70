package dev.labelj.assist.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.labelj.assist.Proposal;
import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditFixTest {
    private static final Box CAT = Box.of("cat", 0, 0, 100, 100).withDifficult(true);
    private static final Box DOG = Box.of("dog", 200, 200, 300, 300);

    private static Disagreement row(DisagreementKind kind, int index, Box label, Proposal predicted) {
        return new Disagreement(Path.of("a.jpg"), kind, index, Optional.ofNullable(label),
                Optional.ofNullable(predicted), 0.6, 0.5);
    }

    @Test
    void eachKindFixesAsItSays() {
        List<Box> boxes = List.of(CAT, DOG);
        Proposal bird = new Proposal(Box.of("bird", 400, 0, 450, 50).asProposal(0.8), 0.8, 2);
        assertEquals(List.of(CAT, DOG, Box.of("bird", 400, 0, 450, 50)),
                AuditFix.apply(boxes, -1, row(DisagreementKind.MISSING, -1, null, bird)).orElseThrow());
        assertEquals(List.of(CAT), AuditFix.apply(boxes, 1, row(DisagreementKind.EXTRA, 1, DOG, null)).orElseThrow());
        Proposal dogOnCat = new Proposal(Box.of("dog", 0, 0, 100, 90), 0.9, 1);
        assertEquals(List.of(CAT.withLabel("dog"), DOG), AuditFix.apply(boxes, 0,
                row(DisagreementKind.WRONG_CLASS, 0, CAT, dogOnCat)).orElseThrow());
        Proposal tighterCat = new Proposal(Box.of("cat", 5, 5, 95, 80), 0.9, 0);
        List<Box> loose = AuditFix.apply(boxes, 0, row(DisagreementKind.LOOSE, 0, CAT, tighterCat)).orElseThrow();
        assertEquals(CAT.withCorners(5, 5, 95, 80), loose.get(0));
        assertTrue(loose.get(0).difficult());
    }

    @Test
    void aLabelThatMovedIsFoundAndOneThatChangedIsNot() {
        Disagreement extraDog = row(DisagreementKind.EXTRA, 1, DOG, null);
        assertEquals(0, AuditFix.placeOf(List.of(DOG, CAT), extraDog));
        assertEquals(-1, AuditFix.placeOf(List.of(CAT, DOG.withLabel("cat")), extraDog));
        assertEquals(Optional.empty(), AuditFix.apply(List.of(CAT, CAT), 1, extraDog));
    }
}
