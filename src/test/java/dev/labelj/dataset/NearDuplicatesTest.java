package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** validate's near-duplicate check: the same findings as comparing every pair, without comparing every pair. */
class NearDuplicatesTest {
    private static final ImageSize SIZE = new ImageSize(4000, 3000, 3);
    private static final Path IMAGE = Path.of("big.jpg");

    private static List<Finding> duplicates(List<Box> boxes) {
        DatasetItem item = new DatasetItem(IMAGE, Optional.of(SIZE), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(ImageAnnotation.of(IMAGE, SIZE, boxes)), Optional.empty(), List.of());
        return DatasetValidator.validate(new DatasetReader.Dataset(Path.of("."), List.of(item), List.of()),
                dev.labelj.model.ClassList.EMPTY).stream().filter(f -> f.code().equals("duplicate-box")).toList();
    }

    /** Every pair compared, as the check did before: box i repeats the first earlier box of its label above 0.9. */
    private static List<String> everyPair(List<Box> boxes) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (boxes.get(j).label().equals(boxes.get(i).label())
                        && boxes.get(j).iou(boxes.get(i)) > DatasetValidator.DUPLICATE_IOU) {
                    found.add("box " + (i + 1) + " nearly repeats box " + (j + 1));
                    break;
                }
            }
        }
        return found;
    }

    private static Gen<Box> boxes() {
        // a few labels and coordinates on a coarse grid, so near and exact repeats are common
        return integers().between(0, 2).zip(integers().between(0, 40), integers().between(0, 40),
                integers().between(1, 12), integers().between(1, 12),
                (label, x, y, w, h) -> Box.of("c" + label, x * 2.5, y * 2.5, x * 2.5 + w * 2.5, y * 2.5 + h * 2.5));
    }

    @Test
    void findsWhatComparingEveryPairFinds() {
        qt().withFixedSeed(20261206L).withExamples(300).forAll(lists().of(boxes()).ofSizeBetween(0, 60))
                .checkAssert(list -> assertThat(duplicates(list)).extracting(f -> f.message().replaceFirst(" \\(.*", ""))
                        .isEqualTo(everyPair(list)));
    }

    @Test
    void aHundredThousandBoxesAreCheckedInSeconds() {
        Random random = new Random(1);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            double x = random.nextDouble() * 3900;
            double y = random.nextDouble() * 2900;
            boxes.add(Box.of("c" + random.nextInt(3), x, y, x + 5 + random.nextDouble() * 95, y + 5 + random.nextDouble() * 95));
        }
        for (int i = 0; i < 20_000; i++) {
            boxes.add(Box.of("same", 10, 10, 50, 50));
        }
        List<Finding> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> duplicates(boxes));
        assertThat(found.stream().filter(f -> f.message().endsWith("nearly repeats box 100001 (same label, overlap above"
                + " 90%)"))).hasSize(19_999);
    }
}
