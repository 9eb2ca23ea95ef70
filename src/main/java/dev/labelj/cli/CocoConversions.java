package dev.labelj.cli;

import dev.labelj.dataset.CocoExport;
import dev.labelj.dataset.CocoImport;
import dev.labelj.dataset.ConvertReport;
import dev.labelj.dataset.DatasetReader;
import dev.labelj.io.Formats;
import dev.labelj.model.ClassList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code convert} to or from COCO: one dataset JSON instead of a file per image. */
final class CocoConversions {
    private static final List<String> COCO_NAMES = List.of(CocoExport.FILE_NAME, "_annotations.coco.json",
            "instances.json");

    private final Path images;
    private final Path labels;
    private final Path out;
    private final ClassList classes;
    private final boolean overwrite;

    CocoConversions(Path images, Path labels, Path out, ClassList classes, boolean overwrite) {
        this.images = images;
        this.labels = labels;
        this.out = out;
        this.classes = classes;
        this.overwrite = overwrite;
    }

    static boolean isCoco(String format) {
        return format != null && format.trim().toLowerCase(Locale.ROOT).equals("coco");
    }

    ConvertReport run(String from, String to) {
        if (isCoco(from) && isCoco(to)) {
            throw new IllegalArgumentException("--from and --to are both coco: nothing to convert");
        }
        if (isCoco(to)) {
            try {
                DatasetReader.Dataset dataset = DatasetReader.read(images, Optional.ofNullable(labels),
                        Formats.byId(from), classes);
                return CocoExport.export(dataset, classes, out.resolve(CocoExport.FILE_NAME), overwrite);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot scan " + images + ": " + e.getMessage());
            }
        }
        return CocoImport.convert(cocoFile(), images, Formats.byId(to).orElseThrow(), out, classes, overwrite);
    }

    private Path cocoFile() {
        Path given = labels == null ? images : labels;
        if (Files.isRegularFile(given)) {
            return given;
        }
        for (String name : COCO_NAMES) {
            if (Files.isRegularFile(given.resolve(name))) {
                return given.resolve(name);
            }
        }
        throw new IllegalArgumentException("no COCO file in " + given + " (looked for " + String.join(", ", COCO_NAMES)
                + "; give the file with --labels)");
    }
}
