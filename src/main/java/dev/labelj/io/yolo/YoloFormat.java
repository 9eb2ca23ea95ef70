package dev.labelj.io.yolo;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.BoxChecks;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import dev.labelj.io.ReadFiles;
import dev.labelj.io.TrainingBoxes;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * YOLO txt: one {@code %d %.6f %.6f %.6f %.6f} line per box, fractions of the oriented image. An empty
 * file is an image annotated with no objects (a negative), which is not the same as no file at all.
 * The class file is read first and only ever appended to, so ids never move.
 */
public final class YoloFormat implements AnnotationFormat {
    @Override
    public String id() {
        return "yolo";
    }

    @Override
    public String displayName() {
        return "YOLO";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public boolean usesLabelsFolder() {
        return true;
    }

    @Override
    public FormatOptions startDataset(Path labelRoot, FormatOptions options) throws AnnotationIoException {
        Path classesTxt = labelRoot.resolve(ClassFiles.CLASSES_TXT);
        if (!java.nio.file.Files.exists(classesTxt)) {
            // explicit predefined classes first; else the names a reader finds around this folder
            // (a classes.txt or data.yaml above it), so the ids written here agree with the dataset's
            ClassList start = options.fallbackClasses().size() > 0 ? options.fallbackClasses()
                    : ClassFiles.find(labelRoot, ClassList.EMPTY).classes();
            ClassesTxtAppender.append(classesTxt, start, start);
        }
        return options.withDatasetClassFile(classesTxt);
    }

    @Override
    public Optional<ClassList> idClasses(Path labelRoot, FormatOptions options) throws AnnotationIoException {
        return Optional.of(ClassFiles.find(labelRoot, options).classes());
    }

    /**
     * The classes.txt whose names a reader of {@code labelFile} takes its ids from (beside it or up to two folders
     * above), or empty when the names come from elsewhere (obj.names, data.yaml, the predefined list).
     */
    public static Optional<Path> classesTxtFor(Path labelFile) {
        return ClassFiles.nearestClassesTxt(labelFolderOf(labelFile));
    }

    @Override
    public AnnotationRead read(Path file, ImageRef image, FormatOptions options) throws AnnotationIoException {
        String text = new String(ReadFiles.readAll(file), StandardCharsets.UTF_8);
        ImageSize size = image.realSize().orElseThrow(() -> AnnotationIoException.of(file,
                AnnotationIoException.Kind.MISSING_IMAGE_SIZE,
                "YOLO coordinates are fractions of the image; the image size is needed to read them", null));
        ClassList classes = ClassFiles.find(labelFolderOf(file), options).classes();
        YoloLineReader reader = new YoloLineReader(file, classes, size);
        List<Box> boxes = reader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<AnnotationWarning> warnings = new java.util.ArrayList<>(reader.warnings());
        warnings.addAll(BoxChecks.problems(file, boxes, size, BoxChecks.SWAPPED_READ));
        return new AnnotationRead(ImageAnnotation.of(image.imageFile(), size, boxes), warnings);
    }

    @Override
    public List<AnnotationWarning> write(Path file, ImageAnnotation annotation, FormatOptions options)
            throws AnnotationIoException {
        ImageSize size = annotation.size().orElseThrow(() -> AnnotationIoException.of(file,
                AnnotationIoException.Kind.MISSING_IMAGE_SIZE, "the image size is needed to write YOLO", null));
        ClassFiles.Source source = ClassFiles.find(labelFolderOf(file), options);
        refuseUnnamed(file, annotation);
        TrainingBoxes.Result usable = TrainingBoxes.clip(file, annotation.boxes(), size);
        ClassList classes = padToKeptIds(file, source.classes(), usable.boxes());
        StringBuilder lines = new StringBuilder();
        for (Box box : usable.boxes()) {
            String name = YoloLabels.className(box.label());
            int id = classes.indexOf(name);
            if (id < 0) {
                classes = classes.plus(name);
                id = classes.indexOf(name);
            }
            lines.append(line(id, box, size));
        }
        Path classesTxt = source.classesTxt().orElse(labelFolderOf(file).resolve(ClassFiles.CLASSES_TXT));
        ClassesTxtAppender.append(classesTxt, source.classes(), classes);
        AtomicFiles.write(file, lines.toString().getBytes(StandardCharsets.UTF_8), options.durability());
        List<AnnotationWarning> warnings = new java.util.ArrayList<>(usable.warnings());
        warnings.addAll(BoxChecks.swapped(file, annotation.boxes(), BoxChecks.SWAPPED_ORDERED));
        return warnings;
    }

    /**
     * A box without a name has no class id: appending a blank line would let the next new name take the
     * same id once the file is read back (docs/adr/0050-empty-labels.md). The image is refused whole, so
     * nothing is written with fewer boxes than it has.
     */
    private static void refuseUnnamed(Path file, ImageAnnotation annotation) throws AnnotationIoException {
        List<Box> boxes = annotation.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            if (YoloLabels.className(boxes.get(i).label()).isEmpty()) {
                throw AnnotationIoException.of(file, AnnotationIoException.Kind.WRITE_FAILED, "box " + (i + 1)
                        + " of " + annotation.imageFileName() + " has an empty label; a YOLO class id needs a name,"
                        + " so nothing was written for this image", null);
            }
        }
    }

    /**
     * A box that keeps a {@code class_<id>} beyond the list pads the list with placeholder names up to that id,
     * so every id written is below the number of names beside it: YOLOv5 stops on "Label class 7 exceeds nc=2"
     * and Ultralytics drops the image as corrupt, and a new name appended later could otherwise take the kept
     * id. Names already there never move. A gap of more than {@link YoloLabels#MAX_PLACEHOLDERS} names is
     * refused instead of filling classes.txt with placeholders.
     */
    static ClassList padToKeptIds(Path file, ClassList classes, List<Box> boxes) throws AnnotationIoException {
        int largestPlaceholder = -1;
        for (Box box : boxes) {
            String name = YoloLabels.className(box.label());
            OptionalInt placeholder = YoloLabels.placeholderId(name);
            if (classes.indexOf(name) < 0 && placeholder.isPresent() && placeholder.getAsInt() >= classes.size()) {
                largestPlaceholder = Math.max(largestPlaceholder, placeholder.getAsInt());
            }
        }
        if (largestPlaceholder < 0) {
            return classes;
        }
        if (largestPlaceholder - classes.size() >= YoloLabels.MAX_PLACEHOLDERS) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.WRITE_FAILED, "a box keeps "
                    + YoloLabels.placeholder(largestPlaceholder) + ", far beyond the " + classes.size()
                    + " names of classes.txt; give that box a name or add the missing names to classes.txt"
                    + " (nothing was written for this image)", null);
        }
        List<String> padded = new java.util.ArrayList<>(classes.names());
        for (int id = classes.size(); id <= largestPlaceholder; id++) {
            padded.add(YoloLabels.placeholder(id));
        }
        return new ClassList(padded);
    }

    /** Clamped to the image so every value is a fraction in [0,1], as trainers require. */
    static String line(int id, Box box, ImageSize size) {
        double left = clamp(box.left(), size.width());
        double right = clamp(box.right(), size.width());
        double top = clamp(box.top(), size.height());
        double bottom = clamp(box.bottom(), size.height());
        return String.format(Locale.ROOT, "%d %.6f %.6f %.6f %.6f\n", id,
                (left + right) / 2 / size.width(), (top + bottom) / 2 / size.height(),
                (right - left) / size.width(), (bottom - top) / size.height());
    }

    private static double clamp(double value, int extent) {
        return Math.max(0.0, Math.min(extent, value));
    }

    private static Path labelFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }
}
