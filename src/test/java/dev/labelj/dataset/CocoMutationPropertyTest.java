package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.Fixtures;
import dev.labelj.io.Formats;
import dev.labelj.io.coco.CocoJson;
import dev.labelj.model.ClassList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real COCO exports mutated as {@link Mutations} does: reading gives the dataset or one typed error naming the
 * file, fast, never another exception; an import never stops on an exception either.
 */
class CocoMutationPropertyTest {
    private static final List<String> FIXTURES = List.of("coco/cvat-coco10__instances_default.json",
            "coco/roboflow__train__annotations.coco.json");

    @TempDir
    Path dir;

    @Test
    void mutatedCocoFilesGiveADatasetOrATypedErrorAndImportsNeverThrow() {
        qt().withFixedSeed(20261206L).withExamples(120).forAll(longs().all()).checkAssert(seed -> {
            for (String fixture : FIXTURES) {
                try {
                    check(Files.readAllBytes(Fixtures.annotation(fixture)), new Random(seed ^ fixture.hashCode()));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
    }

    private void check(byte[] original, Random random) throws IOException {
        Path root = Files.createTempDirectory(dir, "coco");
        Path file = Files.write(root.resolve("annotations.json"), Mutations.apply(original, random));
        long start = System.nanoTime();
        try {
            CocoJson.read(file, Files.readAllBytes(file));
        } catch (AnnotationIoException typed) {
            assertThat(typed.getMessage()).contains(file.toString());
        } catch (RuntimeException | StackOverflowError untyped) {
            throw new AssertionError("reading a mutated COCO file threw " + untyped, untyped);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000 + Files.size(file) / 1000);
        ConvertReport report = CocoImport.convert(file, Files.createDirectories(root.resolve("images")), Formats.VOC,
                root.resolve("out"), ClassList.EMPTY, true);
        assertThat(report.failures()).extracting(ConvertReport.Failure::message)
                .noneMatch(m -> m.contains("Exception"));
    }
}
