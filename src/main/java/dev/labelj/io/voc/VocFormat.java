package dev.labelj.io.voc;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.BoxChecks;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import dev.labelj.io.ReadFiles;
import dev.labelj.model.ImageAnnotation;
import jakarta.xml.bind.JAXBException;
import java.nio.file.Path;
import java.util.List;

/** Pascal VOC XML, interchangeable with labelImg (see {@link VocWriter} and {@link VocReader}). */
public final class VocFormat implements AnnotationFormat {
    /** Whether the XML binding a save needs is built already (docs/adr/0170); building it takes about 0.2 s. */
    public static boolean bindingBuilt() {
        return SafeXmlReader.contextBuilt();
    }

    @Override
    public String id() {
        return "voc";
    }

    @Override
    public String displayName() {
        return "PascalVOC";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public AnnotationRead read(Path file, ImageRef image, FormatOptions options) throws AnnotationIoException {
        return VocReader.read(file, ReadFiles.readAll(file), image);
    }

    @Override
    public List<AnnotationWarning> write(Path file, ImageAnnotation annotation, FormatOptions options)
            throws AnnotationIoException {
        byte[] xml;
        try {
            xml = VocWriter.write(annotation);
        } catch (JAXBException | RuntimeException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.WRITE_FAILED,
                    "cannot build the XML: " + reason(e), e);
        }
        AtomicFiles.write(file, xml, options.durability());
        return BoxChecks.problems(file, annotation, BoxChecks.SWAPPED_AS_IS);
    }

    /** JAXB wraps the serializer's reason in exceptions without a message ("null" said nothing). */
    private static String reason(Throwable e) {
        String reason = e.getClass().getSimpleName();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++) {
            reason = t.getMessage() == null ? reason : t.getMessage();
            Throwable linked = t instanceof JAXBException jaxb ? jaxb.getLinkedException() : null;
            t = t.getCause() != null ? t.getCause() : linked;
        }
        return reason;
    }
}
