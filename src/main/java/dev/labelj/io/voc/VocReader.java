package dev.labelj.io.voc;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.BoxChecks;
import dev.labelj.io.DecimalText;
import dev.labelj.io.EmptyLabels;
import dev.labelj.io.InputText;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ExtraElement;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * Turns a parsed VOC file into the model, exactly as written: integer and fractional coordinates alike,
 * nothing clamped. Elements it does not model are kept, each remembering the modelled element it followed.
 */
final class VocReader {
    /** Root children with a fixed place in the file; {@code source} and {@code segmented} keep their content. */
    static final List<String> ROOT_ORDER =
            List.of("folder", "filename", "path", "source", "size", "segmented", "object");
    static final List<String> OBJECT_ORDER = List.of("name", "pose", "truncated", "difficult", "bndbox");
    static final Set<String> ROOT_KEPT_AS_IS = Set.of("source", "segmented");
    /** Larger than any image (JPEG stops at 65,535 pixels a side); a value beyond it cannot be written back. */
    static final long MAX_COORDINATE = Integer.MAX_VALUE;

    private final Path file;
    private final SafeXmlReader.Parsed parsed;

    private VocReader(Path file, SafeXmlReader.Parsed parsed) {
        this.file = file;
        this.parsed = parsed;
    }

    static AnnotationRead read(Path file, byte[] bytes, ImageRef image) throws AnnotationIoException {
        SafeXmlReader.Parsed parsed = SafeXmlReader.parse(file, bytes);
        return new VocReader(file, parsed).toAnnotation(image);
    }

    private AnnotationRead toAnnotation(ImageRef image) throws AnnotationIoException {
        List<Box> boxes = new ArrayList<>();
        List<ExtraElement> extras = new ArrayList<>();
        List<AnnotationWarning> warnings = new ArrayList<>();
        Optional<ImageSize> fileSize = Optional.empty();
        boolean sizeSeen = false;
        String anchor = "";
        for (Element child : parsed.root().children) {
            String name = DomTrees.nameOf(child);
            if (name.equals("object") && DomTrees.child(child, "bndbox").isEmpty()) {
                extras.add(DomTrees.toExtra(child, anchor));
                warnings.add(new AnnotationWarning(file, parsed.lineOf(child), AnnotationWarning.Kind.NOT_A_BOX,
                        "an <object> without <bndbox> is not a box; it is kept unchanged in the file"));
            } else if (name.equals("object")) {
                boxes.add(readBox(child));
                warnings.addAll(EmptyLabels.check(file, parsed.lineOf(child), boxes.size(),
                        boxes.get(boxes.size() - 1)));
            } else if (name.equals("size")) {
                if (sizeSeen) {
                    throw AnnotationIoException.malformed(file, parsed.lineOf(child), "size",
                            "a second <size> in <annotation>: which one is meant is unclear");
                }
                sizeSeen = true;
                fileSize = readSize(child);
            } else if (ROOT_KEPT_AS_IS.contains(name)) {
                extras.add(DomTrees.toExtra(child, name));
            } else if (!ROOT_ORDER.contains(name)) {
                extras.add(DomTrees.toExtra(child, anchor));
            }
            if (ROOT_ORDER.contains(name)) {
                anchor = name;
            }
        }
        Optional<ImageSize> size = chooseSize(fileSize, image.realSize(), warnings);
        boolean verified = "yes".equals(parsed.root().attributes.get(new QName("verified")));
        ImageAnnotation annotation = new ImageAnnotation(image.imageFile(), size, boxes, verified, extras);
        size.ifPresent(s -> warnings.addAll(BoxChecks.problems(file, boxes, s, BoxChecks.SWAPPED_READ)));
        return new AnnotationRead(annotation, warnings);
    }

    /** The real image wins; a file that disagrees is reported, never trusted silently. */
    private Optional<ImageSize> chooseSize(Optional<ImageSize> fileSize, Optional<ImageSize> realSize,
                                           List<AnnotationWarning> warnings) {
        if (realSize.isEmpty()) {
            return fileSize;
        }
        if (fileSize.isPresent() && !fileSize.get().sameWidthAndHeight(realSize.get())) {
            ImageSize f = fileSize.get();
            ImageSize r = realSize.get();
            warnings.add(new AnnotationWarning(file, 0, AnnotationWarning.Kind.SIZE_MISMATCH,
                    "the file says the image is " + f.width() + "x" + f.height() + " but it is "
                            + r.width() + "x" + r.height() + "; boxes are read as written (a YOLO or VOC file"
                            + " written from them is clipped to the real image)"));
        }
        return realSize;
    }

    /** Some tools leave size or depth empty (CVAT writes an empty depth); that means "unknown", not an error. */
    private Optional<ImageSize> readSize(Element size) throws AnnotationIoException {
        OptionalDouble w = optionalNumber(size, "width");
        OptionalDouble h = optionalNumber(size, "height");
        if (w.isEmpty() || h.isEmpty() || Math.round(w.getAsDouble()) <= 0 || Math.round(h.getAsDouble()) <= 0) {
            return Optional.empty();
        }
        double depth = optionalNumber(size, "depth").orElse(3);
        if (w.getAsDouble() > Integer.MAX_VALUE || h.getAsDouble() > Integer.MAX_VALUE || depth > Integer.MAX_VALUE) {
            throw AnnotationIoException.malformed(file, parsed.lineOf(size), "size", "image size out of range");
        }
        return Optional.of(new ImageSize((int) Math.round(w.getAsDouble()), (int) Math.round(h.getAsDouble()),
                Math.max(1, (int) Math.round(depth))));
    }

    private OptionalDouble optionalNumber(Element size, String name) throws AnnotationIoException {
        Optional<Element> element = unique(size, name, "size");
        if (element.isEmpty() || DomTrees.text(element.get()).isBlank()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number(element.get(), "size/" + name));
    }

    private Box readBox(Element object) throws AnnotationIoException {
        Element name = required(object, "name", "object");
        Element bndbox = required(object, "bndbox", "object");
        double xMin = number(required(bndbox, "xmin", "object/bndbox"), "object/bndbox/xmin");
        double yMin = number(required(bndbox, "ymin", "object/bndbox"), "object/bndbox/ymin");
        double xMax = number(required(bndbox, "xmax", "object/bndbox"), "object/bndbox/xmax");
        double yMax = number(required(bndbox, "ymax", "object/bndbox"), "object/bndbox/ymax");
        boolean difficult = flag(object, "difficult");
        boolean truncated = flag(object, "truncated");
        String pose = unique(object, "pose", "object").map(DomTrees::text).orElse(Box.UNSPECIFIED_POSE);
        try {
            return new Box(DomTrees.text(name), xMin, yMin, xMax, yMax, difficult, truncated, pose,
                    objectExtras(object));
        } catch (IllegalArgumentException e) {
            throw AnnotationIoException.malformed(file, parsed.lineOf(bndbox), "object/bndbox",
                    "not a usable box: " + e.getMessage());
        }
    }

    private static List<ExtraElement> objectExtras(Element object) {
        List<ExtraElement> extras = new ArrayList<>();
        String anchor = "";
        for (Element child : DomTrees.children(object)) {
            String name = DomTrees.nameOf(child);
            if (OBJECT_ORDER.contains(name)) {
                anchor = name;
            } else {
                extras.add(DomTrees.toExtra(child, anchor));
            }
        }
        return extras;
    }

    private Element required(Element parent, String name, String where) throws AnnotationIoException {
        Optional<Element> child = unique(parent, name, where);
        if (child.isEmpty()) {
            throw AnnotationIoException.malformed(file, parsed.lineOf(parent), where,
                    "missing <" + name + "> in <" + DomTrees.nameOf(parent) + ">");
        }
        return child.get();
    }

    /**
     * The one child called {@code name}: a second one (two names, two boxes in one object) would otherwise
     * be dropped without a word, so it is an error naming the line.
     */
    private Optional<Element> unique(Element parent, String name, String where) throws AnnotationIoException {
        Optional<Element> found = Optional.empty();
        for (Element child : DomTrees.children(parent)) {
            if (DomTrees.nameOf(child).equals(name) && found.isPresent()) {
                throw AnnotationIoException.malformed(file, parsed.lineOf(child), where + "/" + name,
                        "a second <" + name + "> in <" + DomTrees.nameOf(parent) + ">: which one is meant is unclear");
            }
            if (DomTrees.nameOf(child).equals(name)) {
                found = Optional.of(child);
            }
        }
        return found;
    }

    /** A plain decimal within the range any image can have; elements inside the number are an error. */
    private double number(Element element, String where) throws AnnotationIoException {
        if (!DomTrees.children(element).isEmpty()) {
            throw AnnotationIoException.malformed(file, parsed.lineOf(element), where,
                    "holds elements where a number belongs");
        }
        String text = DomTrees.text(element).strip();
        OptionalDouble value = DecimalText.parse(text);
        if (value.isPresent() && Math.abs(value.getAsDouble()) > MAX_COORDINATE) {
            throw AnnotationIoException.malformed(file, parsed.lineOf(element), where,
                    InputText.quote(text) + " is out of range (beyond " + MAX_COORDINATE + " pixels)");
        }
        if (value.isPresent()) {
            return value.getAsDouble();
        }
        throw AnnotationIoException.malformed(file, parsed.lineOf(element), where,
                InputText.quote(text) + " is not a number");
    }

    private boolean flag(Element object, String name) throws AnnotationIoException {
        Optional<Element> element = unique(object, name, "object");
        if (element.isEmpty()) {
            return false;
        }
        String text = DomTrees.text(element.get()).strip().toLowerCase(java.util.Locale.ROOT);
        switch (text) {
            case "", "0", "false", "no":
                return false;
            case "1", "true", "yes":
                return true;
            default:
                return number(element.get(), "object/" + name) != 0;
        }
    }
}
