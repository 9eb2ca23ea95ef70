package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Paints boxes over the image with a {@link ViewTransform}. Everything is sized in screen pixels (line width,
 * handles, text), whatever the zoom, so a box looks and grabs the same at 400 % as at 25 %. Boxes outside the
 * clip are skipped, so a zoomed-in view of 500 boxes costs only the few on screen.
 */
public final class BoxPainter {
    private static final Color HANDLE_FILL = Color.WHITE;
    private static final Color GUIDE_LIGHT = Color.WHITE;
    private static final Color GUIDE_DARK = Color.BLACK;
    private static final int FILL_ALPHA = 70;
    /** Room above a box for its label tab, so a label of a box just outside the clip is still painted. */
    private static final int LABEL_ROOM_PX = 24;
    /** Handles smaller than this would be specks that only hide the outline. */
    private static final int MIN_HANDLE_PX = 3;

    /**
     * @param lineWidthPx  the outline width on screen
     * @param handleSizePx the side of a handle square on screen
     * @param showLabels   labelImg's Display Labels: the label name at each box's top-left corner
     */
    public record Style(float lineWidthPx, int handleSizePx, boolean showLabels) {
        public static final Style DEFAULT = new Style(2f, 8, false);

        public Style withShowLabels(boolean show) {
            return new Style(lineWidthPx, handleSizePx, show);
        }
    }

    private final Style style;
    private final LabelPalette palette;
    private final Stroke outline;
    private final Stroke proposalOutline;
    private final Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    public BoxPainter(Style style) {
        this(style, LabelPalette.DERIVED);
    }

    public BoxPainter(Style style, LabelPalette palette) {
        this.style = style;
        this.palette = palette;
        this.outline = new BasicStroke(style.lineWidthPx());
        this.proposalOutline = new BasicStroke(style.lineWidthPx(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 5f}, 0f);
    }

    public Style style() {
        return style;
    }

    public LabelPalette palette() {
        return palette;
    }

    /**
     * Paints every visible box in drawing order (so the last drawn is on top, as hits see it); selected and
     * hovered boxes get a translucent fill, selected ones their eight handles.
     *
     * @param hovered the index of the box under the mouse, or -1
     */
    public void paintBoxes(Graphics2D g, ViewTransform transform, List<Box> boxes, IntPredicate visible,
                           IntPredicate selected, int hovered) {
        Rectangle clip = g.getClipBounds();
        Stroke oldStroke = g.getStroke();
        g.setStroke(outline);
        for (int i = 0; i < boxes.size(); i++) {
            if (!visible.test(i)) {
                continue;
            }
            Box box = boxes.get(i);
            Rectangle2D view = transform.toView(box);
            if (clip != null && !grown(view, style.handleSizePx()).intersects(clip)) {
                continue;
            }
            paintBox(g, transform, box, view, selected.test(i), i == hovered);
        }
        g.setStroke(oldStroke);
    }

    /** The rectangle being drawn (image pixels), dashed in the label's colour so it reads as not yet a box. */
    public void paintDraft(Graphics2D g, ViewTransform transform, Box draft) {
        Rectangle2D view = transform.toView(draft);
        Stroke oldStroke = g.getStroke();
        g.setColor(palette.translucent(draft.label(), FILL_ALPHA));
        g.fill(view);
        g.setStroke(new BasicStroke(style.lineWidthPx(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        g.setColor(palette.of(draft.label()));
        g.draw(view);
        g.setStroke(oldStroke);
    }

    /**
     * Full-width and full-height guide lines through the cursor while placing a box (labelImg's crosshair),
     * white under black dashes so they show on dark and light images alike.
     */
    public void paintCrosshair(Graphics2D g, double viewX, double viewY, Rectangle viewBounds) {
        Line2D horizontal = new Line2D.Double(viewBounds.getMinX(), viewY, viewBounds.getMaxX(), viewY);
        Line2D vertical = new Line2D.Double(viewX, viewBounds.getMinY(), viewX, viewBounds.getMaxY());
        Stroke oldStroke = g.getStroke();
        g.setStroke(new BasicStroke(1f));
        g.setColor(GUIDE_LIGHT);
        g.draw(horizontal);
        g.draw(vertical);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.setColor(GUIDE_DARK);
        g.draw(horizontal);
        g.draw(vertical);
        g.setStroke(oldStroke);
    }

    private void paintBox(Graphics2D g, ViewTransform transform, Box box, Rectangle2D view, boolean isSelected,
                          boolean isHovered) {
        Color color = palette.of(box.label());
        if (isSelected || isHovered) {
            g.setColor(palette.translucent(box.label(), FILL_ALPHA));
            g.fill(view);
        }
        g.setColor(color);
        if (box.isProposal()) {
            // dashed with its score until reviewed, so a proposal never passes for a box someone checked
            Stroke solid = g.getStroke();
            g.setStroke(proposalOutline);
            g.draw(view);
            g.setStroke(solid);
        } else {
            g.draw(view);
        }
        if (isSelected) {
            paintHandles(g, transform, box, view, color);
        }
        if (box.isProposal()) {
            paintLabel(g, String.format(Locale.ROOT, "%s %.2f", box.label(), box.proposal().getAsDouble()), view,
                    color);
        } else if (style.showLabels()) {
            paintLabel(g, box.label(), view, color);
        }
    }

    private void paintHandles(Graphics2D g, ViewTransform transform, Box box, Rectangle2D view, Color color) {
        int size = handleSize(view);
        if (size < MIN_HANDLE_PX) {
            return;
        }
        Stroke oldStroke = g.getStroke();
        g.setStroke(new BasicStroke(1f));
        for (Handle handle : Handle.values()) {
            Point2D at = transform.toView(handle.on(box));
            int x = (int) Math.round(at.getX() - size / 2.0);
            int y = (int) Math.round(at.getY() - size / 2.0);
            g.setColor(HANDLE_FILL);
            g.fillRect(x, y, size, size);
            g.setColor(color);
            g.drawRect(x, y, size - 1, size - 1);
        }
        g.setStroke(oldStroke);
    }

    /**
     * Handles no wider than a third of the box's shorter side, so a small box's inside stays in view between
     * them; none at all below {@link #MIN_HANDLE_PX} (grabbing works the same, the hit test does not look at this).
     */
    private int handleSize(Rectangle2D view) {
        int third = (int) Math.floor(Math.min(view.getWidth(), view.getHeight()) / 3);
        return Math.min(style.handleSizePx(), third);
    }

    /** The name on a tab of the label's colour at the top-left corner, pushed inside the view near its top. */
    private void paintLabel(Graphics2D g, String label, Rectangle2D view, Color color) {
        g.setFont(labelFont);
        FontMetrics metrics = g.getFontMetrics();
        int width = metrics.stringWidth(label) + 6;
        int height = metrics.getHeight();
        int x = (int) Math.round(view.getX());
        int y = (int) Math.round(view.getY()) - height;
        if (y < 0) {
            y = (int) Math.round(view.getY());
        }
        g.setColor(color);
        g.fillRect(x, y, width, height);
        g.setColor(isLight(color) ? Color.BLACK : Color.WHITE);
        g.drawString(label, x + 3, y + metrics.getAscent());
    }

    private static boolean isLight(Color color) {
        return color.getRed() * 299 + color.getGreen() * 587 + color.getBlue() * 114 > 150_000;
    }

    private static Rectangle2D grown(Rectangle2D view, double by) {
        return new Rectangle2D.Double(view.getX() - by, view.getY() - by - LABEL_ROOM_PX, view.getWidth() + 2 * by,
                view.getHeight() + 2 * by + LABEL_ROOM_PX);
    }
}
