package dev.labelj.io;

import dev.labelj.model.ClassList;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings a format may need beyond the file itself.
 *
 * @param fallbackClasses the predefined class list: YOLO's names when a label folder has no class file,
 *                        and the start of a new classes.txt
 * @param datasetClassFile the class file of the whole dataset (YOLO's classes.txt), used instead of
 *                        searching near each label file, so every label of a dataset shares one id list
 */
public record FormatOptions(ClassList fallbackClasses, Optional<Path> datasetClassFile) {
    public static final FormatOptions DEFAULT = new FormatOptions(ClassList.EMPTY);

    public FormatOptions(ClassList fallbackClasses) {
        this(fallbackClasses, Optional.empty());
    }

    public FormatOptions withDatasetClassFile(Path classFile) {
        return new FormatOptions(fallbackClasses, Optional.of(classFile));
    }
}
