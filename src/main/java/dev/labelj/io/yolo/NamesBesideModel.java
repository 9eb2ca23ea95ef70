package dev.labelj.io.yolo;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ClassListFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Class names for a model file whose metadata has none: a {@code classes.txt} beside it (one name a line, in the
 * model's order), else the {@code names:} of a {@code data.yaml} (or {@code .yml}) beside it.
 */
public final class NamesBesideModel {
    private static final List<String> YAML_FILES = List.of("data.yaml", "data.yml");

    private NamesBesideModel() {
    }

    /** The names and the file they came from, or empty when neither file is there. */
    public static Optional<Found> find(Path model) throws AnnotationIoException {
        Path folder = model.toAbsolutePath().getParent();
        Path classesTxt = folder.resolve(ClassFiles.CLASSES_TXT);
        if (Files.isRegularFile(classesTxt)) {
            return Optional.of(new Found(ClassListFile.read(classesTxt).names(), classesTxt));
        }
        for (String name : YAML_FILES) {
            Path yaml = folder.resolve(name);
            if (Files.isRegularFile(yaml)) {
                Optional<List<String>> names = DataYamlNames.read(yaml);
                if (names.isPresent() && !names.get().isEmpty()) {
                    return Optional.of(new Found(names.get(), yaml));
                }
            }
        }
        return Optional.empty();
    }

    /** Names found beside a model, and where. */
    public record Found(List<String> names, Path file) {
    }
}
