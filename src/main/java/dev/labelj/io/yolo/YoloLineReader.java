package dev.labelj.io.yolo;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.DecimalText;
import dev.labelj.io.InputText;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Parses YOLO lines ({@code class cx cy w h}, fractions of the oriented image) into pixel boxes, exactly
 * as written: no clamping. Blank lines, runs of spaces or tabs and CRLF are fine; anything else is an
 * error naming the line.
 */
final class YoloLineReader {
    private final Path file;
    private final ClassList classes;
    private final ImageSize size;
    private final List<AnnotationWarning> warnings = new ArrayList<>();

    YoloLineReader(Path file, ClassList classes, ImageSize size) {
        this.file = file;
        this.classes = classes;
        this.size = size;
    }

    List<AnnotationWarning> warnings() {
        return warnings;
    }

    List<Box> read(String text) throws AnnotationIoException {
        List<Box> boxes = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                boxes.add(parse(line, i + 1));
            }
        }
        return boxes;
    }

    private Box parse(String line, int lineNumber) throws AnnotationIoException {
        String[] fields = line.split("\\s+");
        if (fields.length != 5) {
            throw AnnotationIoException.malformed(file, lineNumber, "",
                    "expected 5 values 'class x_center y_center width height', found " + fields.length);
        }
        int id = classId(fields[0], lineNumber);
        double cx = fraction(fields[1], lineNumber);
        double cy = fraction(fields[2], lineNumber);
        double w = fraction(fields[3], lineNumber);
        double h = fraction(fields[4], lineNumber);
        double xMin = (cx - w / 2) * size.width();
        double xMax = (cx + w / 2) * size.width();
        double yMin = (cy - h / 2) * size.height();
        double yMax = (cy + h / 2) * size.height();
        try {
            return Box.of(labelOf(id, lineNumber), xMin, yMin, xMax, yMax);
        } catch (IllegalArgumentException e) {
            throw AnnotationIoException.malformed(file, lineNumber, "", "not a usable box: " + e.getMessage());
        }
    }

    private String labelOf(int id, int lineNumber) {
        return classes.nameOf(id).orElseGet(() -> {
            warnings.add(new AnnotationWarning(file, lineNumber, AnnotationWarning.Kind.UNKNOWN_CLASS_ID,
                    "class id " + id + " is beyond the " + classes.size() + " known classes; kept as "
                            + YoloLabels.placeholder(id)));
            return YoloLabels.placeholder(id);
        });
    }

    /** Whole numbers, also written as {@code 3.0} (YOLOv5 reads ids as floats); at most {@link YoloLabels#MAX_CLASS_ID}. */
    private int classId(String field, int lineNumber) throws AnnotationIoException {
        OptionalDouble value = DecimalText.parse(field);
        if (value.isPresent() && value.getAsDouble() > YoloLabels.MAX_CLASS_ID) {
            throw AnnotationIoException.malformed(file, lineNumber, "", "class id " + InputText.quote(field)
                    + " is larger than " + YoloLabels.MAX_CLASS_ID + ": not a real class id");
        }
        if (value.isPresent() && value.getAsDouble() >= 0 && value.getAsDouble() == Math.rint(value.getAsDouble())) {
            return (int) value.getAsDouble();
        }
        throw AnnotationIoException.malformed(file, lineNumber, "",
                InputText.quote(field) + " is not a class id (0, 1, 2, ...)");
    }

    private double fraction(String field, int lineNumber) throws AnnotationIoException {
        OptionalDouble value = DecimalText.parse(field);
        if (value.isPresent()) {
            return value.getAsDouble();
        }
        throw AnnotationIoException.malformed(file, lineNumber, "", InputText.quote(field) + " is not a number");
    }
}
