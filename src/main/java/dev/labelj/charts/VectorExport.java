package dev.labelj.charts;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.Page;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;

/**
 * The chart grid as SVG or PDF: the charts draw themselves onto a vector Graphics2D, so lines and
 * text stay sharp at any zoom (for papers and reports). One page the size of the PNG, in points.
 * Why these libraries: docs/adr/0061-vector-export-with-jfreesvg-and-orsonpdf.md
 */
final class VectorExport {
    private VectorExport() {
    }

    static void writeSvg(ChartGrid grid, Path svg) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(grid.width(), grid.height());
        grid.draw(g);
        // no DOCTYPE (SVG 2 has none): a DTD reference makes XML tools fetch it from the web
        byte[] document = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ExportFile.write(svg, out -> out.write(document));
    }

    static void writePdf(ChartGrid grid, Path pdf) throws IOException {
        PDFDocument document = new PDFDocument();
        document.setTitle("Training results");
        Page page = document.createPage(new Rectangle2D.Double(0, 0, grid.width(), grid.height()));
        PDFGraphics2D g = page.getGraphics2D();
        grid.draw(g);
        byte[] bytes = document.getPDFBytes();
        ExportFile.write(pdf, out -> out.write(bytes));
    }
}
