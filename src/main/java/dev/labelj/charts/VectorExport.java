package dev.labelj.charts;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Element;

/**
 * The chart grid as SVG or PDF: the charts draw themselves onto a vector Graphics2D, so lines and
 * text stay sharp at any zoom (for papers and reports). One page the size of the PNG, in points.
 * Why these libraries: docs/adr/0061-vector-export-with-batik-and-openpdf.md
 */
final class VectorExport {
    private VectorExport() {
    }

    static void writeSvg(ChartGrid grid, Path svg) throws IOException {
        // text as <text>, not outlines: it can be searched, selected and edited in the SVG
        SVGGraphics2D g = new SVGGraphics2D(svgContext(), false);
        g.setSVGCanvasSize(new Dimension(grid.width(), grid.height()));
        grid.draw(g);
        Element root = g.getRoot();
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", SVGConstants.SVG_NAMESPACE_URI);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", SVGConstants.XLINK_NAMESPACE_URI);
        byte[] document = serialize(root);
        ExportFile.write(svg, out -> out.write(document));
    }

    /**
     * With the JDK's serializer, not Batik's: Batik's always writes the SVG 1.0 DOCTYPE, and a DTD
     * reference makes XML tools fetch it from the web (SVG 2 has none).
     */
    private static byte[] serialize(Element root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(root), new StreamResult(bytes));
        } catch (TransformerException e) {
            throw new IOException("could not write the SVG: " + e.getMessage(), e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** The JDK's own DOM holds the SVG tree (Batik's DOM module is not needed for writing). */
    private static SVGGeneratorContext svgContext() throws IOException {
        try {
            org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(dom);
            context.setComment(null);
            return context;
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder available", e);
        }
    }

    static void writePdf(ChartGrid grid, Path pdf) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(grid.width(), grid.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            document.addTitle("Training results");
            document.open();
            // the standard PDF fonts stand in for the Java ones (SansSerif is Helvetica), not embedded
            Graphics2D g = writer.getDirectContent().createGraphics(grid.width(), grid.height());
            grid.draw(g);
            g.dispose();
            // only after a whole drawing: the bytes are in memory, so a failure above leaves nothing to close
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not make the PDF: " + e.getMessage(), e);
        }
        byte[] content = bytes.toByteArray();
        ExportFile.write(pdf, out -> out.write(content));
    }
}
