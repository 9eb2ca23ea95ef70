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
 * @param durability when each image's annotation file reaches the disk: forced as it is written (the window's
 *                   saves), or left to the batch to force at its end (docs/adr/0057-bulk-output-forced-at-the-end.md);
 *                   dataset-wide files such as classes.txt are always forced as they are written
 */
public record FormatOptions(ClassList fallbackClasses, Optional<Path> datasetClassFile,
                            AtomicFiles.Durability durability) {
    public static final FormatOptions DEFAULT = new FormatOptions(ClassList.EMPTY);

    public FormatOptions(ClassList fallbackClasses) {
        this(fallbackClasses, Optional.empty());
    }

    public FormatOptions(ClassList fallbackClasses, Optional<Path> datasetClassFile) {
        this(fallbackClasses, datasetClassFile, AtomicFiles.Durability.EACH_FILE);
    }

    public FormatOptions withDatasetClassFile(Path classFile) {
        return new FormatOptions(fallbackClasses, Optional.of(classFile), durability);
    }

    public FormatOptions withDurability(AtomicFiles.Durability durability) {
        return new FormatOptions(fallbackClasses, datasetClassFile, durability);
    }
}
