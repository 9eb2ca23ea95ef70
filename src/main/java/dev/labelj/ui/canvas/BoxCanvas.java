package dev.labelj.ui.canvas;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.image.DecodedImage;
import dev.labelj.model.Box;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.ScreenFlush;
import dev.labelj.ui.support.StartupTrace;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The image and its boxes. Every screen/image conversion goes through one immutable {@link ViewTransform}; the
 * zoom mode is kept from image to image. The left button belongs to the active tool (select by default, draw
 * after W); the middle button pans and Ctrl+wheel zooms about the cursor ({@link CanvasMouseHandler}). Tools
 * change the document only when a gesture ends, as one undoable edit.
 */
public final class BoxCanvas extends JComponent implements BrowseListener, CanvasContext {
    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final BoxVisibility visibility;
    private final ScreenCopies screenCopies = new ScreenCopies();
    private final CanvasPicture picture = new CanvasPicture(screenCopies);
    private final CanvasListener listener;
    private BoxPainter painter = new BoxPainter(BoxPainter.Style.DEFAULT);
    private final CanvasTools tools = new CanvasTools(this, switched -> toolChanged());
    private Box suggestion;
    private final CanvasPointer pointer;
    private final CanvasViewport viewport;
    private final CanvasAids aids = new CanvasAids(() -> {
        toolChanged();
        repaint();
    });
    private final CanvasPainting painting;
    private final CanvasNotes notes = new CanvasNotes();

    public BoxCanvas(AnnotationDocument document, BoxSelection selection, BoxVisibility visibility,
            CanvasListener listener) {
        this.document = document;
        this.selection = selection;
        this.visibility = visibility;
        this.listener = listener;
        this.pointer = new CanvasPointer(listener);
        this.viewport = new CanvasViewport(this, picture, transform -> {
            listener.viewChanged(transform);
            pointer.viewMoved(shownTransform());
        });
        this.painting = new CanvasPainting(picture, aids, this::isVisible, selection::contains);
        setName("canvas");
        setFocusable(true);
        CanvasKeys.tabGoesFromBoxToBox(this);
        setOpaque(true);
        setPreferredSize(new Dimension(900, 650));
        document.addListener(event -> repaint());
        selection.addChangeListener(event -> repaint());
        visibility.addListener(this::repaint);
        new CanvasMouseHandler(this, pointer).install();
    }

    // --- what the session shows -------------------------------------------------------------------------

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        if (images.isEmpty()) {
            showMessage(Messages.get("status.noImages", root));
        }
    }

    /** Back to the empty window and its hint, as at the first start. */
    @Override
    public void closed() {
        cancelGesture();
        picture.clear();
        screenCopies.clear();
        notes.clear();
        repaint();
    }

    @Override
    public void loading(int index, Path file) {
        cancelGesture();
        setBusy(true);
    }

    @Override
    public void imageShown(int index, DecodedImage decoded) {
        if (picture.show(decoded)) {
            showPicture();
        }
        StartupTrace.mark("first image painted");
    }

    /**
     * An image near the one shown may be asked for next: its picture goes to the display ahead (docs/adr/0189); not
     * before the first picture is shown, which the start's own work comes first for.
     */
    @Override
    public void decodedAhead(DecodedImage image) {
        if (!picture.isEmpty()) {
            screenCopies.prepare(image, getGraphicsConfiguration());
        }
    }

    @Override
    public void imageFailed(int index, Path file, String text) {
        showMessage(text);
    }

    /** Shows a heap image as the full-resolution picture. */
    public void showImage(BufferedImage image) {
        picture.show(image);
        showPicture();
    }

    private void showPicture() {
        notes.clear();
        viewport.relayout();
        requestFocusInWindow();
    }

    /** Shows a message (e.g. why the image cannot be shown) in place of the image. */
    public void showMessage(String text) {
        picture.clear();
        notes.showMessage(text);
        repaint();
    }

    /** What to do first, shown quietly while there is neither an image nor a message. */
    public void setHint(String text) {
        notes.setHint(text);
        repaint();
    }

    public void setBusy(boolean isBusy) {
        if (notes.setBusy(isBusy)) {
            repaint();
        }
    }

    public boolean isBusy() {
        return notes.busy();
    }

    public String message() {
        return notes.message();
    }

    /** The picture painted at the fit zoom, or null. */
    public BufferedImage picture() {
        return picture.shown();
    }

    public DecodedImage decoded() {
        return picture.decoded();
    }

    // --- zoom and pan ------------------------------------------------------------------------------------

    public Zoom zoom() {
        return viewport.zoom();
    }

    public void setZoom(Zoom newZoom) {
        viewport.setZoom(newZoom);
    }

    /** Ctrl+wheel and Ctrl+±: a manual zoom keeping the image point under ({@code viewX}, {@code viewY}). */
    void zoomAbout(double newScale, double viewX, double viewY) {
        viewport.zoomAbout(newScale, viewX, viewY);
    }

    public void zoomBy(int steps) {
        viewport.zoomBy(steps);
    }

    @Override
    public void pan(double dxView, double dyView) {
        viewport.pan(dxView, dyView);
    }

    /** Tab: the view moves to centre the box when any of it is off screen; the zoom stays. */
    public void scrollToShow(Box box) {
        viewport.scrollToShow(box);
    }

    /** The box fills most of the view, centred (a manual zoom, so the next image keeps it). */
    public void zoomTo(Box box) {
        viewport.zoomTo(box);
    }

    /** Back to a zoom and position read before ({@link #zoom()}, {@link #transform()}). */
    public void restoreView(Zoom earlier, ViewTransform earlierTransform) {
        viewport.restoreView(earlier, earlierTransform);
    }

    /** True when the view shows the image larger than the copy decoded for the fit: full detail pays. */
    public boolean isZoomedPastFit() {
        return viewport.isZoomedPastFit();
    }

    /** Zoomed past the fit, or the loupe may show: the full-resolution pixels are worth decoding. */
    public boolean wantsFullDetail() {
        return isZoomedPastFit() || aids.wantsDetail(tool());
    }

    /** Hears every zoom and pan (the scroll bars follow the view). */
    public void addViewListener(Consumer<ViewTransform> viewListener) {
        viewport.addViewListener(viewListener);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean resized = width != getWidth() || height != getHeight();
        super.setBounds(x, y, width, height);
        if (resized) {
            viewport.relayout();
        }
    }

    @Override
    public ViewTransform transform() {
        return viewport.transform();
    }

    // --- tools -------------------------------------------------------------------------------------------

    /** W: the next left drag draws a box; afterwards the select tool is back (labelImg's beginner mode). */
    public void startDrawing() {
        if (!picture.isEmpty() && document.isEditable()) {
            tools.draw(painter);
            requestFocusInWindow();
        }
    }

    public boolean isDrawing() {
        return tools.isDrawing();
    }

    /** A box is being drawn, or a drag is moving or resizing boxes: Esc drops that before anything else. */
    public boolean hasGesture() {
        return tools.hasGesture();
    }

    /** Esc: drops the gesture in progress (nothing reaches the document). */
    public void cancelGesture() {
        tools.cancel();
    }

    private void toolChanged() {
        setCursor(tool().cursor());
        if (aids.detailWantChanged(tool())) {
            listener.fullDetailChanged();
        }
    }

    CanvasTool tool() {
        return tools.current();
    }

    public void setStyle(BoxPainter.Style style) {
        painter = new BoxPainter(style, painter.palette());
        repaint();
    }

    public BoxPainter.Style style() {
        return painter.style();
    }

    /** The colours boxes are drawn in (chosen ones, else derived from the label). */
    public void setPalette(LabelPalette palette) {
        painter = new BoxPainter(painter.style(), palette);
        repaint();
    }

    public LabelPalette palette() {
        return painter.palette();
    }

    /** Brightness and contrast of the picture on screen (the file is never changed). */
    public void setAdjustment(ImageAdjustment wanted) {
        picture.setAdjustment(wanted);
        repaint();
    }

    public ImageAdjustment adjustment() {
        return picture.adjustment();
    }

    /** Draw Squares, the crosshair and the loupe. */
    public CanvasAids aids() {
        return aids;
    }

    // --- CanvasContext -----------------------------------------------------------------------------------

    @Override
    public double imageWidth() {
        return picture.imageWidth();
    }

    @Override
    public double imageHeight() {
        return picture.imageHeight();
    }

    @Override
    public List<Box> boxes() {
        return document.hasImage() ? document.current().boxes() : List.of();
    }

    @Override
    public BoxSelection selection() {
        return selection;
    }

    @Override
    public boolean isVisible(int index) {
        List<Box> boxes = boxes();
        return index < boxes.size() ? visibility.isShown(index, boxes.get(index)) : visibility.isVisible(index);
    }

    @Override
    public boolean isEditable() {
        return document.hasImage() && document.isEditable();
    }

    @Override
    public void commit(List<Box> boxes, String editName) {
        if (isEditable()) {
            document.replaceBoxes(boxes, editName);
        }
    }

    /**
     * Shows a model's box (a proposal, dashed with its score) over the image without adding it to the boxes, or
     * none for null; it stays until replaced or cleared.
     */
    public void showSuggestion(Box box) {
        suggestion = box;
        repaint();
    }

    public Optional<Box> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    @Override
    public void boxDrawn(Box box) {
        tools.awaitLabel(box, listener::boxDrawn, this::repaint);
    }

    @Override
    public void editLabel(int index) {
        listener.editLabel(index);
    }

    @Override
    public boolean drawSquares() {
        return aids.drawSquares();
    }

    @Override
    public void marksMoved() {
        listener.draftChanged(tool().draftSize());
        if (isShowing()) {
            painting.marksChanged(frame()).forEach(this::paintImmediately);
        } else {
            repaint();
        }
    }

    @Override
    public void changed() {
        toolChanged();
        listener.draftChanged(tool().draftSize());
        repaint();
    }

    /** The view of the image shown, or null while none is. */
    ViewTransform shownTransform() {
        return picture.isEmpty() ? null : transform();
    }

    void popup(int viewX, int viewY) {
        listener.popup(this, viewX, viewY);
    }

    private CanvasPainting.Frame frame() {
        return new CanvasPainting.Frame(transform(), tool().preview().orElseGet(this::boxes), tool(), painter,
                tools.pending(), suggestion, pointer.at(), document.hasImage() && document.current().verified(),
                notes.message(), notes.hint(), notes.busy(), getWidth(), getHeight());
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            painting.paint(g2, frame());
        } finally {
            g2.dispose();
        }
        ScreenFlush.afterThisPaint();
    }
}
