package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one place that decides which boxes of an annotation reach outside its image. */
class BoxChecksTest {
    private static final Path FILE = Path.of("a.xml");
    private static final List<Box> BOXES = List.of(Box.of("in", 0, 0, 101, 81), Box.of("out", 50, 50, 102, 60));

    @Test
    void anAnnotationWithASizeIsCheckedAgainstIt() {
        ImageAnnotation sized = ImageAnnotation.of(Path.of("a.jpg"), new ImageSize(100, 80, 3), BOXES);
        assertThat(BoxChecks.outside(FILE, sized)).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(AnnotationWarning.Kind.BOX_OUTSIDE_IMAGE);
            assertThat(w.message()).contains("box 2 (out)", "100x80");
        });
    }

    @Test
    void anAnnotationWithoutASizeHasNothingToCheckAgainst() {
        ImageAnnotation unsized = new ImageAnnotation(Path.of("a.jpg"), Optional.empty(), BOXES, false, List.of());
        assertThat(BoxChecks.outside(FILE, unsized)).isEmpty();
    }
}
