package dev.labelj.io.voc;

import dev.labelj.model.Box;
import dev.labelj.model.ExtraElement;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes labelImg's layout: its element order and values, tab indentation, no XML declaration, a final
 * newline. Coordinates are rounded (labelImg truncates), mins are at least 1 and maxes at most the image
 * size. Elements read but not modelled go back after the modelled element they followed.
 */
final class VocWriter {
    private final Document document;
    private final ImageAnnotation annotation;

    private VocWriter(ImageAnnotation annotation) {
        this.annotation = annotation;
        this.document = newDocument();
    }

    static byte[] write(ImageAnnotation annotation) throws JAXBException {
        return new VocWriter(annotation).toBytes();
    }

    private byte[] toBytes() throws JAXBException {
        VocXml root = new VocXml();
        if (annotation.verified()) {
            root.attributes.put(new QName("verified"), "yes");
        }
        addExtrasAfter(root.children, annotation.extras(), "");
        for (String slot : VocReader.ROOT_ORDER) {
            addSlot(root.children, slot);
            addExtrasAfter(root.children, annotation.extras(), slot);
        }
        addUnanchored(root.children, annotation.extras(), VocReader.ROOT_ORDER);
        Marshaller marshaller = SafeXmlReader.context().createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        marshaller.setProperty("org.glassfish.jaxb.indentString", "\t");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        marshaller.marshal(root, out);
        String xml = out.toString(StandardCharsets.UTF_8).strip() + "\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private void addSlot(List<Element> children, String slot) {
        Path image = annotation.imageFile();
        switch (slot) {
            case "folder" -> children.add(leaf("folder", folderName(image)));
            case "filename" -> children.add(leaf("filename", annotation.imageFileName()));
            case "path" -> children.add(leaf("path", image.toAbsolutePath().normalize().toString()));
            case "source" -> children.add(kept("source").orElseGet(this::defaultSource));
            case "size" -> annotation.size().ifPresent(size -> children.add(sizeElement(size)));
            case "segmented" -> children.add(kept("segmented").orElseGet(() -> leaf("segmented", "0")));
            case "object" -> annotation.boxes().forEach(box -> children.add(objectElement(box)));
            default -> throw new IllegalStateException("no slot " + slot);
        }
    }

    private Optional<Element> kept(String name) {
        return annotation.extras().stream().filter(e -> e.name().equals(name) && e.after().equals(name))
                .findFirst().map(e -> DomTrees.toDom(document, e));
    }

    private Element defaultSource() {
        Element source = document.createElement("source");
        source.appendChild(leaf("database", "Unknown"));
        return source;
    }

    private Element sizeElement(ImageSize size) {
        Element element = document.createElement("size");
        element.appendChild(leaf("width", Integer.toString(size.width())));
        element.appendChild(leaf("height", Integer.toString(size.height())));
        element.appendChild(leaf("depth", Integer.toString(size.depth())));
        return element;
    }

    private Element objectElement(Box box) {
        Element object = document.createElement("object");
        List<Element> children = new java.util.ArrayList<>();
        addExtrasAfter(children, box.extras(), "");
        for (String slot : VocReader.OBJECT_ORDER) {
            children.add(objectChild(box, slot));
            addExtrasAfter(children, box.extras(), slot);
        }
        addUnanchored(children, box.extras(), VocReader.OBJECT_ORDER);
        children.forEach(object::appendChild);
        return object;
    }

    private Element objectChild(Box box, String slot) {
        return switch (slot) {
            case "name" -> leaf("name", box.label());
            case "pose" -> leaf("pose", box.pose());
            case "truncated" -> leaf("truncated", box.truncated() ? "1" : "0");
            case "difficult" -> leaf("difficult", box.difficult() ? "1" : "0");
            case "bndbox" -> bndbox(box);
            default -> throw new IllegalStateException("no slot " + slot);
        };
    }

    private Element bndbox(Box box) {
        VocRounding.Edges x = VocRounding.edges(box.xMin(), box.xMax());
        VocRounding.Edges y = VocRounding.edges(box.yMin(), box.yMax());
        Element element = document.createElement("bndbox");
        element.appendChild(leaf("xmin", Long.toString(x.min())));
        element.appendChild(leaf("ymin", Long.toString(y.min())));
        element.appendChild(leaf("xmax", Long.toString(x.max())));
        element.appendChild(leaf("ymax", Long.toString(y.max())));
        return element;
    }

    private void addExtrasAfter(List<Element> children, List<ExtraElement> extras, String anchor) {
        for (ExtraElement extra : extras) {
            boolean keptInSlot = VocReader.ROOT_KEPT_AS_IS.contains(extra.name()) && extra.name().equals(extra.after());
            if (!keptInSlot && extra.after().equals(anchor)) {
                children.add(DomTrees.toDom(document, extra));
            }
        }
    }

    /** Extras whose anchor this format does not know (e.g. added by another reader) go last. */
    private void addUnanchored(List<Element> children, List<ExtraElement> extras, List<String> known) {
        for (ExtraElement extra : extras) {
            if (!extra.after().isEmpty() && !known.contains(extra.after())) {
                children.add(DomTrees.toDom(document, extra));
            }
        }
    }

    private Element leaf(String name, String text) {
        return DomTrees.leaf(document, name, text);
    }

    private static String folderName(Path image) {
        Path parent = image.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }

    private static Document newDocument() {
        return BUILDER.get().newDocument();
    }

    /** Looking up a DOM factory scans the class path, so each thread keeps one builder. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no DOM implementation", e);
        }
    });
}
