package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.model.ClassList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * data.yaml under random names and mutations: any class list the split writes reads back the same, and a
 * mutated real data.yaml gives names or a typed error naming it, fast, never another exception.
 */
class DataYamlPropertyTest {
    private static final long SEED = 20261206L;
    private static final String[] PIECES = {"a", "猫", " ", "'", "\"", "#", " #", "- ", ":", ": ", "[", "]", "{", "}",
        ",", "&a", "*a", "!", "%", "@", "`", "|", ">", "?", "no", "null", "true", "12", "0x1F", "~", "\t", "\\", "1.0"};

    @TempDir
    Path dir;

    private static Gen<String> names() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 4)
                .map(pieces -> String.join("", pieces.stream().map(i -> PIECES[i]).toList()).strip())
                .assuming(name -> !name.isEmpty());
    }

    @Test
    void everyClassListASplitWritesReadsBackInIdOrder() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(lists().of(names()).ofSizeBetween(0, 8)).checkAssert(names -> {
            try {
                Path out = Files.createTempDirectory(dir, "split");
                SplitFiles.write(out, Map.of("train", List.of()), new ClassList(names));
                assertThat(Formats.YOLO.idClasses(out, FormatOptions.DEFAULT).orElseThrow().names())
                        .isEqualTo(names);
            } catch (IOException | AnnotationIoException e) {
                throw new AssertionError(names + ": " + e.getMessage(), e);
            }
        });
    }

    @Test
    void aMutatedDataYamlGivesNamesOrATypedErrorNamingItFast() throws IOException {
        byte[] original = Files.readAllBytes(Fixtures.annotation("yolo/roboflow-yolov8/data.yaml"));
        qt().withFixedSeed(SEED).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            try {
                Path folder = Files.createTempDirectory(dir, "yaml");
                Path yaml = Files.write(folder.resolve("data.yaml"), Mutations.apply(original, new Random(seed)));
                long start = System.nanoTime();
                try {
                    Formats.YOLO.idClasses(folder, FormatOptions.DEFAULT);
                } catch (AnnotationIoException e) {
                    assertThat(e.getMessage()).contains(yaml.toString());
                }
                assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }
}
