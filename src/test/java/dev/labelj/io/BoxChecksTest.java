package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one place that decides which boxes of an annotation a trainer would choke on. */
class BoxChecksTest {
    private static final Path FILE = Path.of("a.xml");
    private static final List<Box> BOXES = List.of(Box.of("in", 0, 0, 101, 81), Box.of("out", 50, 50, 102, 60));

    @Test
    void anAnnotationWithASizeIsCheckedAgainstIt() {
        ImageAnnotation sized = ImageAnnotation.of(Path.of("a.jpg"), new ImageSize(100, 80, 3), BOXES);
        assertThat(BoxChecks.problems(FILE, sized)).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(AnnotationWarning.Kind.BOX_OUTSIDE_IMAGE);
            assertThat(w.message()).contains("box 2 (out)", "100x80");
        });
    }

    @Test
    void anAnnotationWithoutASizeHasNothingToCheckAgainst() {
        ImageAnnotation unsized = new ImageAnnotation(Path.of("a.jpg"), Optional.empty(), BOXES, false, List.of());
        assertThat(BoxChecks.problems(FILE, unsized)).isEmpty();
    }

    @Test
    void zeroAreaSwappedAndWhollyOutsideBoxesAreNamed() {
        List<Box> bad = List.of(Box.of("flat", 10, 10, 40, 10), Box.of("swapped", 1460, 20, 48, 60),
                Box.of("away", 300, 500, 320, 520), Box.of("fine", 5, 5, 20, 20));
        ImageAnnotation sized = ImageAnnotation.of(Path.of("a.jpg"), new ImageSize(253, 450, 3), bad);
        List<AnnotationWarning> warnings = BoxChecks.problems(FILE, sized);
        assertThat(warnings).extracting(AnnotationWarning::message).anySatisfy(m ->
                assertThat(m).contains("box 1 (flat)", "no area"));
        assertThat(warnings).extracting(AnnotationWarning::message).anySatisfy(m ->
                assertThat(m).contains("box 2 (swapped)", "swapped"));
        assertThat(warnings).extracting(AnnotationWarning::message).anySatisfy(m ->
                assertThat(m).contains("box 3 (away)", "entirely outside"));
        assertThat(warnings).extracting(AnnotationWarning::message).noneSatisfy(m -> assertThat(m).contains("fine"));

        ImageAnnotation unsized = new ImageAnnotation(Path.of("a.jpg"), Optional.empty(), bad, false, List.of());
        assertThat(BoxChecks.problems(FILE, unsized)).extracting(AnnotationWarning::kind)
                .containsExactly(AnnotationWarning.Kind.EMPTY_OR_SWAPPED_BOX, AnnotationWarning.Kind.EMPTY_OR_SWAPPED_BOX);
    }
}
