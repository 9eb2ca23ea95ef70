package dev.labelj.ui.canvas;

import dev.labelj.image.DecodedImage;
import dev.labelj.model.Box;
import dev.labelj.ui.support.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * Zoom and pan of the canvas: the zoom mode (kept from image to image) and the one immutable
 * {@link ViewTransform} it gives for the current picture and view size. Every change is announced to the canvas
 * and to the view listeners (the scroll bars); zoomed past the fit, a sharp heap copy of the picture is asked for.
 */
final class CanvasViewport {
    private static final ExecutorService DETAIL_COPIER = Tasks.worker("canvas-detail");

    private final JComponent view;
    private final CanvasPicture picture;
    private final Consumer<ViewTransform> changed;
    private final List<Consumer<ViewTransform>> viewListeners = new ArrayList<>();
    private DecodedImage detailRequested;
    private Zoom zoom = Zoom.FIT_WINDOW;
    private ViewTransform transform = ViewTransform.IDENTITY;

    /** {@code changed} hears every new transform first (before the view listeners); {@code view} is repainted. */
    CanvasViewport(JComponent view, CanvasPicture picture, Consumer<ViewTransform> changed) {
        this.view = view;
        this.picture = picture;
        this.changed = changed;
    }

    Zoom zoom() {
        return zoom;
    }

    ViewTransform transform() {
        return transform == null ? ViewTransform.IDENTITY : transform;
    }

    void setZoom(Zoom newZoom) {
        zoom = newZoom;
        transform = null;
        relayout();
    }

    /** A manual zoom keeping the image point under ({@code viewX}, {@code viewY}). */
    void zoomAbout(double newScale, double viewX, double viewY) {
        Zoom wanted = Zoom.manual(newScale);
        zoom = wanted;
        setTransform(transform().zoomedAbout(wanted.scale(), viewX, viewY));
    }

    void zoomBy(int steps) {
        Zoom wanted = Zoom.stepped(transform().scale(), steps);
        zoomAbout(wanted.scale(), view.getWidth() / 2.0, view.getHeight() / 2.0);
    }

    void pan(double dxView, double dyView) {
        setTransform(transform().panned(dxView, dyView));
    }

    void setTransform(ViewTransform wanted) {
        transform = picture.isEmpty() ? wanted
                : wanted.keptInView(picture.imageWidth(), picture.imageHeight(), view.getWidth(), view.getHeight());
        viewChanged();
    }

    /** Re-applies the zoom mode to the current size and image (resize, new image, new mode). */
    void relayout() {
        if (!picture.isEmpty() && view.getWidth() > 0 && view.getHeight() > 0) {
            transform = zoom.transform(picture.imageWidth(), picture.imageHeight(), view.getWidth(),
                    view.getHeight(), transform);
            viewChanged();
        }
        view.repaint();
    }

    /** The view moves to centre the box when any of it is off screen; the zoom stays. */
    void scrollToShow(Box box) {
        setTransform(transform().showing(box, view.getWidth(), view.getHeight()));
    }

    /** The box fills most of the view, centred (a manual zoom, so the next image keeps it). */
    void zoomTo(Box box) {
        ViewTransform framed = ViewTransform.framing(box, view.getWidth(), view.getHeight());
        zoom = Zoom.manual(framed.scale());
        setTransform(framed);
    }

    /** Back to a zoom and position read before. */
    void restoreView(Zoom earlier, ViewTransform earlierTransform) {
        zoom = earlier;
        if (earlier.mode() == Zoom.Mode.MANUAL) {
            setTransform(earlierTransform);
        } else {
            transform = null;
            relayout();
        }
    }

    boolean isZoomedPastFit() {
        return picture.isZoomedPastFit(transform());
    }

    void addViewListener(Consumer<ViewTransform> viewListener) {
        viewListeners.add(viewListener);
    }

    private void viewChanged() {
        changed.accept(transform);
        viewListeners.forEach(l -> l.accept(transform));
        DecodedImage decoded = picture.decoded();
        if (picture.needsDetailCopy(transform) && decoded != detailRequested) {
            // zoomed past the fit: a heap copy of the display pixels to paint sharp (36 MB for 12 MP), off the EDT
            detailRequested = decoded;
            Tasks.submit(DETAIL_COPIER, decoded::image, copy -> {
                picture.setDetailCopy(decoded, copy);
                view.repaint();
            }, error -> detailRequested = null);
        }
        view.repaint();
    }
}
