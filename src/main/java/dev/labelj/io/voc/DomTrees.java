package dev.labelj.io.voc;

import dev.labelj.model.ExtraElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Small helpers between DOM elements and the model's {@link ExtraElement} trees. */
final class DomTrees {
    private DomTrees() {
    }

    static String nameOf(Element element) {
        return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    static Optional<Element> child(Element parent, String name) {
        for (Element child : children(parent)) {
            if (nameOf(child).equals(name)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** The element's own text (not its children's), exactly as written. */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }

    static ExtraElement toExtra(Element element, String after) {
        List<ExtraElement> children = new ArrayList<>();
        for (Element child : children(element)) {
            children.add(toExtra(child, ""));
        }
        String text = text(element);
        if (!children.isEmpty() && text.isBlank()) {
            text = "";
        }
        return new ExtraElement(nameOf(element), attributes(element), text, children, after);
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attr = (Attr) map.item(i);
            if (!attr.getName().startsWith("xmlns")) {
                attributes.put(attr.getName(), attr.getValue());
            }
        }
        return attributes;
    }

    static Element toDom(Document document, ExtraElement extra) {
        Element element = document.createElement(extra.name());
        extra.attributes().forEach((k, v) -> element.setAttribute(k, clean(v)));
        if (!extra.text().isEmpty()) {
            element.appendChild(document.createTextNode(clean(extra.text())));
        }
        for (ExtraElement child : extra.children()) {
            element.appendChild(toDom(document, child));
        }
        return element;
    }

    static Element leaf(Document document, String name, String text) {
        Element element = document.createElement(name);
        if (!text.isEmpty()) {
            element.appendChild(document.createTextNode(clean(text)));
        }
        return element;
    }

    private static String clean(String text) {
        return dev.labelj.io.XmlText.clean(text);
    }
}
