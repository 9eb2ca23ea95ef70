package dev.labelj.io;

import dev.labelj.io.createml.CreateMlFormat;
import dev.labelj.io.voc.VocFormat;
import dev.labelj.io.yolo.YoloFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The only list of annotation formats. The order is labelImg's lookup order: VOC, then YOLO, then CreateML. */
public final class Formats {
    public static final AnnotationFormat VOC = new VocFormat();
    public static final AnnotationFormat YOLO = new YoloFormat();
    public static final AnnotationFormat CREATE_ML = new CreateMlFormat();

    private static final List<AnnotationFormat> ALL = List.of(VOC, YOLO, CREATE_ML);

    private Formats() {
    }

    public static List<AnnotationFormat> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(AnnotationFormat::id).toList();
    }

    /** "voc, yolo, createml": for usage and error messages. */
    public static String idList() {
        return ALL.stream().map(AnnotationFormat::id).collect(Collectors.joining(", "));
    }

    /** Finds a format by id, ignoring case and surrounding spaces. */
    public static Optional<AnnotationFormat> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.id().equals(wanted)).findFirst();
    }
}
