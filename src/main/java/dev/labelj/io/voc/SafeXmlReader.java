package dev.labelj.io.voc;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.InputText;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses a VOC file with a StAX reader that refuses any DOCTYPE before JAXB sees it: no DTD, no entity
 * declarations, no external entities. An XXE file therefore reads no local file and a billion-laughs
 * file fails at its first line instead of expanding. Records the line of every element for messages.
 */
final class SafeXmlReader {
    /** A StAX factory is not promised to be thread-safe; saves and prefetches read on several threads. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXmlReader::hardenedFactory);
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
            VocXml root = context().createUnmarshaller().unmarshal(reader, VocXml.class).getValue();
            return new Parsed(root, rootLine, reader.linesOf(root.children));
        } catch (XMLStreamException e) {
            throw malformed(file, reader, e.getMessage(), e);
        } catch (UnmarshalException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw malformed(file, reader, String.valueOf(cause.getMessage()), e);
        } catch (JAXBException | RuntimeException e) {
            throw malformed(file, reader, String.valueOf(e.getMessage()), e);
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

    static JAXBContext context() {
        return ContextHolder.CONTEXT;
    }

    /** JAXBContext is expensive (about 0.2 s) and thread-safe: build it once, on first use. */
    private static final class ContextHolder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(VocXml.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot set up the Pascal VOC binding", e);
            }
        }
    }

    /** Refuses DOCTYPEs and notes the line where each element starts, in document order. */
    private static final class LineRecorder extends StreamReaderDelegate {
        private final List<Integer> startLines = new ArrayList<>();
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
                startLines.add(currentLine());
                if (++depth > MAX_DEPTH) {
                    throw new XMLStreamException("elements nested more than " + MAX_DEPTH
                            + " levels deep: not an annotation file", getLocation());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.COMMENT
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                event = next();
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

        /** Pairs the recorded lines with the DOM elements, walking them in the same document order. */
        Map<Element, Integer> linesOf(List<Element> rootChildren) {
            Map<Element, Integer> lines = new IdentityHashMap<>();
            int[] index = {0};
            for (Element child : rootChildren) {
                assign(child, lines, index);
            }
            return lines;
        }

        private void assign(Element element, Map<Element, Integer> lines, int[] index) {
            if (index[0] < startLines.size()) {
                lines.put(element, startLines.get(index[0]));
            }
            index[0]++;
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    assign(child, lines, index);
                }
            }
        }
    }
}
