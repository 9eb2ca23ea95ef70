package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.shuffle(list, new java.util.Random(7));
        list.sort(NaturalOrder.INSTANCE);
        return list;
    }

    @Test
    void numbersCompareByValue() {
        assertThat(sorted("img10.jpg", "img2.jpg", "img1.jpg", "img100.jpg", "img20.jpg"))
                .containsExactly("img1.jpg", "img2.jpg", "img10.jpg", "img20.jpg", "img100.jpg");
    }

    @Test
    void caseIsIgnoredFirstAndLeadingZerosOnlyBreakTies() {
        assertThat(sorted("B.jpg", "a.jpg", "c.jpg")).containsExactly("a.jpg", "B.jpg", "c.jpg");
        assertThat(sorted("img002.jpg", "img2.jpg", "img1.jpg", "img3.jpg"))
                .containsExactly("img1.jpg", "img2.jpg", "img002.jpg", "img3.jpg");
    }

    @Test
    void digitRunsLongerThanALongStillCompare() {
        assertThat(sorted("f123456789012345678901.png", "f99.png", "f123456789012345678900.png"))
                .containsExactly("f99.png", "f123456789012345678900.png", "f123456789012345678901.png");
    }

    @Test
    void subfoldersSortByPathThenNumber() {
        assertThat(sorted("b/img1.jpg", "a/img10.jpg", "a/img9.jpg"))
                .containsExactly("a/img9.jpg", "a/img10.jpg", "b/img1.jpg");
    }

    @Test
    void isATotalOrder() {
        qt().withExamples(2000).forAll(strings().ascii().ofLengthBetween(0, 8),
                        strings().ascii().ofLengthBetween(0, 8))
                .check((a, b) -> Integer.signum(NaturalOrder.INSTANCE.compare(a, b))
                        == -Integer.signum(NaturalOrder.INSTANCE.compare(b, a))
                        && (NaturalOrder.INSTANCE.compare(a, b) != 0 || a.equals(b)));
    }
}
