package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The one rule for what a prediction does to an image's annotation, for the command line and the window. */
class MergePlanTest {
    private static final Box MANUAL = Box.of("car", 0, 0, 10, 10);
    private static final Box OLD_PROPOSAL = Box.of("dog", 50, 50, 60, 60);
    private static final Proposal SAME_CAR = new Proposal(Box.of("car", 0, 0, 10, 10), 0.9, 1);
    private static final Proposal NEW_DOG = new Proposal(Box.of("dog", 20, 20, 30, 30), 0.8, 2);
    private static final Predicate<Box> OLD_IS_UNREVIEWED = OLD_PROPOSAL::equals;

    private static Optional<ImageAnnotation> annotation(Box... boxes) {
        return Optional.of(ImageAnnotation.of(Path.of("a.jpg"), new ImageSize(100, 100, 3), List.of(boxes)));
    }

    @Test
    void anImageWithoutAnnotationGetsEveryProposal() {
        MergePlan plan = MergePlan.plan(Optional.empty(), b -> false, false, List.of(SAME_CAR, NEW_DOG), false, false);
        assertThat(plan.outcome()).isEqualTo(MergePlan.Outcome.WRITE);
        assertThat(plan.boxes()).containsExactly(SAME_CAR.box(), NEW_DOG.box());
    }

    @Test
    void nothingFoundWritesNoFile() {
        assertThat(MergePlan.plan(Optional.empty(), b -> false, false, List.of(), false, false).outcome())
                .isEqualTo(MergePlan.Outcome.NOTHING_FOUND);
    }

    @Test
    void anAnnotatedImageIsLeftUnlessAllAndThenKeepsItsBoxesFirst() {
        assertThat(MergePlan.plan(annotation(MANUAL), b -> false, false, List.of(NEW_DOG), false, false).outcome())
                .isEqualTo(MergePlan.Outcome.ANNOTATED);
        MergePlan plan = MergePlan.plan(annotation(MANUAL), b -> false, false, List.of(SAME_CAR, NEW_DOG), true, false);
        assertThat(plan.boxes()).containsExactly(MANUAL, NEW_DOG.box());
        assertThat(plan.added()).containsExactly(NEW_DOG);
        assertThat(MergePlan.plan(annotation(MANUAL), b -> false, false, List.of(SAME_CAR), true, false).outcome())
                .isEqualTo(MergePlan.Outcome.NOTHING_NEW);
    }

    @Test
    void aNegativeImageIsLabelledAndAVerifiedOneIsNeverTouched() {
        assertThat(MergePlan.plan(annotation(), b -> false, false, List.of(NEW_DOG), false, true).outcome())
                .isEqualTo(MergePlan.Outcome.ANNOTATED);
        Optional<ImageAnnotation> verified = annotation(MANUAL).map(a -> a.withVerified(true));
        assertThat(MergePlan.plan(verified, b -> false, false, List.of(NEW_DOG), true, true).outcome())
                .isEqualTo(MergePlan.Outcome.ANNOTATED);
        assertThat(MergePlan.plan(annotation(MANUAL), b -> false, true, List.of(NEW_DOG), true, false).outcome())
                .isEqualTo(MergePlan.Outcome.ANNOTATED);
    }

    @Test
    void overwritePredictedReplacesOnlyUnreviewedProposals() {
        // only old proposals: counts as unlabelled again
        MergePlan alone = MergePlan.plan(annotation(OLD_PROPOSAL), OLD_IS_UNREVIEWED, false, List.of(NEW_DOG), false,
                true);
        assertThat(alone.boxes()).containsExactly(NEW_DOG.box());
        // beside a manual box: only with --all, and the manual box stays first
        assertThat(MergePlan.plan(annotation(MANUAL, OLD_PROPOSAL), OLD_IS_UNREVIEWED, false, List.of(NEW_DOG),
                false, true).outcome()).isEqualTo(MergePlan.Outcome.ANNOTATED);
        MergePlan beside = MergePlan.plan(annotation(MANUAL, OLD_PROPOSAL), OLD_IS_UNREVIEWED, false, List.of(),
                true, true);
        assertThat(beside.outcome()).isEqualTo(MergePlan.Outcome.WRITE);
        assertThat(beside.boxes()).containsExactly(MANUAL);
    }
}
