package dev.labelj.io.voc;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The {@code <annotation>} root as JAXB binds it. The children stay a list of elements in document
 * order: that is what lets a re-save keep elements LabelJ does not model at the place they were, and
 * lets coordinates be read as text (JAXB would silently turn "12.5" into 0 for an int field).
 */
@XmlRootElement(name = "annotation")
@XmlAccessorType(XmlAccessType.FIELD)
final class VocXml {
    @XmlAnyAttribute
    Map<QName, String> attributes = new LinkedHashMap<>();

    @XmlAnyElement
    List<Element> children = new ArrayList<>();
}
