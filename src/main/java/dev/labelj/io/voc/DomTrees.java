package dev.labelj.io.voc;

import dev.labelj.model.ExtraElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
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

    /**
     * An element LabelJ keeps but does not model, with its qualified name ({@code x:note}) and attributes. The
     * namespace declarations its names need are kept on it unless an enclosing kept element holds them, so the
     * kept tree can be written back bound wherever it goes (the {@code <annotation>} root is rebuilt, not kept).
     */
    static ExtraElement toExtra(Element element, String after) {
        return toExtra(element, after, Map.of());
    }

    private static ExtraElement toExtra(Element element, String after, Map<String, String> declaredAbove) {
        Map<String, String> attributes = attributes(element);
        Map<String, String> inScope = new LinkedHashMap<>(declaredAbove);
        inScope.putAll(declarations(attributes));
        declare(prefixOf(element.getTagName()), element.getNamespaceURI(), attributes, inScope);
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attr = (Attr) map.item(i);
            if (!attr.getName().startsWith("xmlns") && attr.getNamespaceURI() != null) {
                declare(prefixOf(attr.getName()), attr.getNamespaceURI(), attributes, inScope);
            }
        }
        List<ExtraElement> children = new ArrayList<>();
        for (Element child : children(element)) {
            children.add(toExtra(child, "", inScope));
        }
        String text = text(element);
        if (!children.isEmpty() && text.isBlank()) {
            text = "";
        }
        return new ExtraElement(element.getTagName(), attributes, text, children, after);
    }

    /** Adds {@code xmlns[:prefix]} to {@code attributes} when the name's namespace is not declared in scope yet. */
    private static void declare(String prefix, String uri, Map<String, String> attributes,
                                Map<String, String> inScope) {
        if (uri == null || prefix.equals("xml") || uri.equals(inScope.get(prefix))) {
            return;
        }
        attributes.put(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, uri);
        inScope.put(prefix, uri);
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attr = (Attr) map.item(i);
            attributes.put(attr.getName(), attr.getValue());
        }
        return attributes;
    }

    /** The namespaces {@code xmlns} / {@code xmlns:p} attributes declare, by prefix ("" for the default). */
    private static Map<String, String> declarations(Map<String, String> attributes) {
        Map<String, String> declared = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                declared.put(name.equals("xmlns") ? "" : name.substring("xmlns:".length()), value);
            }
        });
        return declared;
    }

    private static String prefixOf(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? "" : qualifiedName.substring(0, colon);
    }

    /** Rebuilds a kept element namespace-aware: each prefix bound to what the kept tree declares for it. */
    static Element toDom(Document document, ExtraElement extra) {
        return toDom(document, extra, Map.of());
    }

    private static Element toDom(Document document, ExtraElement extra, Map<String, String> declaredAbove) {
        Map<String, String> inScope = new LinkedHashMap<>(declaredAbove);
        inScope.putAll(declarations(extra.attributes()));
        inScope.put("xml", XMLConstants.XML_NS_URI);
        Element element = document.createElementNS(namespaceOf(extra.name(), inScope, true), extra.name());
        extra.attributes().forEach((name, value) -> {
            String uri = name.equals("xmlns") || name.startsWith("xmlns:") ? XMLConstants.XMLNS_ATTRIBUTE_NS_URI
                    : namespaceOf(name, inScope, false);
            element.setAttributeNS(uri, name, clean(value));
        });
        if (!extra.text().isEmpty()) {
            element.appendChild(document.createTextNode(clean(extra.text())));
        }
        for (ExtraElement child : extra.children()) {
            element.appendChild(toDom(document, child, inScope));
        }
        return element;
    }

    /** Unprefixed attributes have no namespace; unprefixed elements take the default one, if declared. */
    private static String namespaceOf(String qualifiedName, Map<String, String> inScope, boolean isElement) {
        String prefix = prefixOf(qualifiedName);
        if (prefix.isEmpty()) {
            return isElement ? inScope.get("") : null;
        }
        String uri = inScope.get(prefix);
        if (uri == null) {
            throw new IllegalArgumentException("<" + qualifiedName + "> uses the prefix '" + prefix
                    + "', which no kept element declares");
        }
        return uri;
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
