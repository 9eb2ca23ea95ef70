package dev.labelj.io;

import dev.labelj.io.coco.CocoJson;
import dev.labelj.io.coco.CocoDataset;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Open Annotation: the boxes of one image from a file of any format the user picks. The name tells VOC
 * ({@code .xml}) from YOLO ({@code .txt}); a {@code .json} is COCO when it holds an object and CreateML when it
 * holds an array. In a many-image file (COCO, CreateML) the image's entry is found by its file name.
 */
public final class AnyAnnotationFile {
    private AnyAnnotationFile() {
    }

    public static AnnotationRead read(Path file, ImageRef image, FormatOptions options) throws AnnotationIoException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return Formats.VOC.read(file, image, options);
        }
        if (name.endsWith(".txt")) {
            return Formats.YOLO.read(file, image, options);
        }
        if (name.endsWith(".json")) {
            byte[] bytes = ReadFiles.readAll(file);
            return holdsAnObject(bytes) ? readCoco(file, bytes, image) : Formats.CREATE_ML.read(file, image, options);
        }
        throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE,
                "not an annotation file: LabelJ reads .xml (Pascal VOC), .txt (YOLO) and .json (CreateML, COCO)", null);
    }

    /**
     * Whether the file opens a JSON object (COCO) rather than an array (CreateML), in whatever UTF encoding the
     * JSON readers accept: a UTF-16 COCO file converts, so Open Annotation must take it for COCO too.
     */
    static boolean holdsAnObject(byte[] bytes) {
        return CocoJson.startsAnObject(bytes);
    }

    private static AnnotationRead readCoco(Path file, byte[] bytes, ImageRef image) throws AnnotationIoException {
        CocoDataset coco = CocoJson.read(file, bytes);
        String imageName = image.imageFile().getFileName().toString();
        Optional<CocoDataset.Image> entry = coco.images().stream()
                .filter(i -> baseName(i.fileName()).equals(imageName)).findFirst();
        if (entry.isEmpty()) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.NO_ENTRY, "no entry for image " + imageName,
                    null);
        }
        Map<Long, String> names = new HashMap<>();
        coco.categories().forEach(c -> names.put(c.id(), c.name()));
        List<Box> boxes = new ArrayList<>();
        for (CocoDataset.Annotation a : coco.annotations()) {
            if (a.imageId() != entry.get().id()) {
                continue;
            }
            String label = names.get(a.categoryId());
            if (label == null) {
                throw AnnotationIoException.malformed(file, 0, "annotation " + a.id(),
                        "names category " + a.categoryId() + ", which is not in the file");
            }
            boxes.add(Box.of(label, a.x(), a.y(), a.x() + a.width(), a.y() + a.height()));
        }
        CocoDataset.Image listed = entry.get();
        if (image.realSize().isEmpty() && (listed.width() <= 0 || listed.height() <= 0)) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.MISSING_IMAGE_SIZE,
                    "the entry for " + imageName + " has no width and height", null);
        }
        ImageSize size = image.realSize().orElseGet(() -> new ImageSize(listed.width(), listed.height(), 3));
        ImageAnnotation annotation = ImageAnnotation.of(image.imageFile(), size, boxes);
        return new AnnotationRead(annotation, BoxChecks.problems(file, annotation));
    }

    private static String baseName(String path) {
        String unix = path.replace('\\', '/');
        return unix.substring(unix.lastIndexOf('/') + 1);
    }
}
