package dev.labelj.io.voc;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.InputText;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Parses a VOC file with a StAX reader that refuses any DOCTYPE before JAXB sees it: no DTD, no entity
 * declarations, no external entities. An XXE file therefore reads no local file and a billion-laughs
 * file fails at its first line instead of expanding. Records the line of every element for messages.
 * The elements are built straight from that stream; JAXB binds {@link VocXml} only for writing.
 */
final class SafeXmlReader {
    /** A StAX factory is not promised to be thread-safe; saves and prefetches read on several threads. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXmlReader::hardenedFactory);
    /** A document builder is not thread-safe either, and costs far more to make than a document. */
    private static final ThreadLocal<DocumentBuilder> DOCUMENTS = ThreadLocal.withInitial(SafeXmlReader::documentBuilder);
    /**
     * Real VOC files nest 5 levels (annotation/object/part/bndbox/xmin). Bounding the depth, as the JSON
     * readers do, keeps the element copies (which recurse) from overflowing the stack, and makes a file of
     * thousands of unclosed elements fail at once instead of after minutes in the parser.
     */
    static final int MAX_DEPTH = 64;

    private SafeXmlReader() {
    }

    /** The parsed root plus the line of each element (root children and their descendants). */
    record Parsed(VocXml root, int rootLine, Map<Element, Integer> lines) {
        int lineOf(Element element) {
            return lines.getOrDefault(element, 0);
        }
    }

    static Parsed parse(Path file, byte[] bytes) throws AnnotationIoException {
        String text = XmlBytes.decode(file, bytes);
        if (text.isBlank()) {
            throw AnnotationIoException.malformed(file, 0, "", "the file is empty");
        }
        LineRecorder reader = null;
        try {
            reader = new LineRecorder(FACTORY.get().createXMLStreamReader(new StringReader(text)));
            int rootLine = reader.toRootElement();
            if (!"annotation".equals(reader.getLocalName())) {
                throw AnnotationIoException.malformed(file, rootLine, reader.getLocalName(),
                        "not a Pascal VOC file: the root element must be <annotation>");
            }
            return new DomBuilder(reader, DOCUMENTS.get().newDocument()).root(rootLine);
        } catch (XMLStreamException e) {
            throw malformed(file, reader, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw malformed(file, reader, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Builds the root's attributes and its child elements as DOM trees straight from the checked stream: the
     * same tree a JAXB binding of {@link VocXml} gives (elements, attributes, text; comments and processing
     * instructions dropped), without a new document builder for every element, which made a file cost ten times
     * its parse. Text directly in the root is not kept, as before.
     */
    private static final class DomBuilder {
        private final LineRecorder reader;
        private final Document document;
        private final Map<Element, Integer> lines = new IdentityHashMap<>();

        DomBuilder(LineRecorder reader, Document document) {
            this.reader = reader;
            this.document = document;
        }

        Parsed root(int rootLine) throws XMLStreamException {
            VocXml root = new VocXml();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                root.attributes.put(reader.getAttributeName(i), reader.getAttributeValue(i));
            }
            int event = reader.next();
            while (event != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    root.children.add(element());
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("the file ends inside <annotation>", reader.getLocation());
                }
                event = reader.next();
            }
            return new Parsed(root, rootLine, lines);
        }

        /** The element the reader stands on, read to its end tag; depth is bounded by the reader. */
        private Element element() throws XMLStreamException {
            String namespace = reader.getNamespaceURI();
            String prefix = reader.getPrefix();
            String name = prefix == null || prefix.isEmpty() ? reader.getLocalName() : prefix + ":" + reader.getLocalName();
            Element element = namespace == null || namespace.isEmpty() ? document.createElementNS(null, name)
                    : document.createElementNS(namespace, name);
            lines.put(element, reader.currentLine());
            for (int i = 0; i < reader.getNamespaceCount(); i++) {
                String declared = reader.getNamespacePrefix(i);
                element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, declared == null || declared.isEmpty()
                        ? "xmlns" : "xmlns:" + declared, String.valueOf(reader.getNamespaceURI(i)));
            }
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                javax.xml.namespace.QName attribute = reader.getAttributeName(i);
                String attributeNamespace = attribute.getNamespaceURI();
                String qualified = attribute.getPrefix().isEmpty() ? attribute.getLocalPart()
                        : attribute.getPrefix() + ":" + attribute.getLocalPart();
                element.setAttributeNS(attributeNamespace.isEmpty() ? null : attributeNamespace, qualified,
                        reader.getAttributeValue(i));
            }
            int event = reader.next();
            while (event != XMLStreamConstants.END_ELEMENT) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> element.appendChild(element());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
                            element.appendChild(document.createTextNode(reader.getText()));
                    case XMLStreamConstants.CDATA -> element.appendChild(document.createCDATASection(reader.getText()));
                    case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException(
                            "the file ends inside <" + name + ">", reader.getLocation());
                    default -> {
                        // comments and processing instructions are not part of an annotation
                    }
                }
                event = reader.next();
            }
            return element;
        }
    }

    private static AnnotationIoException malformed(Path file, LineRecorder reader, String message, Throwable e) {
        int line = reader == null ? 0 : reader.currentLine();
        return new AnnotationIoException(file, AnnotationIoException.Kind.MALFORMED, line, "",
                "not well-formed XML: " + InputText.escapeControls(cut(cleanMessage(message))), e);
    }

    /** Parser messages may quote the input; a message stays one readable line. */
    private static String cut(String message) {
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }

    private static String cleanMessage(String message) {
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()) : message;
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // errors reach the caller as exceptions naming the file; the parser must not also print them
        factory.setXMLReporter((message, type, info, location) -> { });
        return factory;
    }

    private static DocumentBuilder documentBuilder() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot set up XML documents", e);
        }
    }

    /** The binding the writer marshals {@link VocXml} with. */
    static JAXBContext context() {
        return ContextHolder.CONTEXT;
    }

    /** Set once the binding exists; kept outside the holder, whose first touch would build it. */
    private static volatile boolean contextBuilt;

    /** Whether the binding has been built (by a save or the save thread's warm-up). */
    static boolean contextBuilt() {
        return contextBuilt;
    }

    /** JAXBContext is expensive (about 0.2 s) and thread-safe: build it once, on first use. */
    private static final class ContextHolder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                JAXBContext context = JAXBContext.newInstance(VocXml.class);
                contextBuilt = true;
                return context;
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot set up the Pascal VOC binding", e);
            }
        }
    }

    /** Refuses DOCTYPEs and entities, and bounds how deep elements nest. */
    private static final class LineRecorder extends StreamReaderDelegate {
        private int depth;

        LineRecorder(XMLStreamReader reader) {
            super(reader);
        }

        int toRootElement() throws XMLStreamException {
            int event = getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                refuseDtd(event);
                event = super.next();
            }
            depth = 1;
            return currentLine();
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            refuseDtd(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > MAX_DEPTH) {
                    throw new XMLStreamException("elements nested more than " + MAX_DEPTH
                            + " levels deep: not an annotation file", getLocation());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            return event;
        }

        private void refuseDtd(int event) throws XMLStreamException {
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                    || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new XMLStreamException("a DOCTYPE or entity is not allowed in an annotation file", getLocation());
            }
        }

        int currentLine() {
            return getLocation() == null ? 0 : Math.max(0, getLocation().getLineNumber());
        }
    }
}
