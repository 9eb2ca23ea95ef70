package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.util.function.Consumer;

/**
 * Which tool has the left button: the select tool, or after W the draw tool until its box is drawn, dropped or
 * cancelled (labelImg's beginner mode); and the drawn box while its label is asked for.
 */
final class CanvasTools {
    private final CanvasContext context;
    private final SelectTool selectTool;
    private final Consumer<CanvasTool> switched;
    private CanvasTool tool;
    private Box pending;

    /** {@code switched} hears each new tool. */
    CanvasTools(CanvasContext context, Consumer<CanvasTool> switched) {
        this.context = context;
        this.selectTool = new SelectTool(context);
        this.switched = switched;
        this.tool = selectTool;
    }

    CanvasTool current() {
        return tool;
    }

    /** The next left drag draws a box; the gesture in progress is dropped. */
    void draw(BoxPainter painter) {
        tool.cancel();
        tool = new DrawBoxTool(context, painter, this::backToSelect);
        switched.accept(tool);
    }

    boolean isDrawing() {
        return tool != selectTool;
    }

    /** A box is being drawn, or a drag is moving or resizing boxes. */
    boolean hasGesture() {
        return isDrawing() || tool.preview().isPresent();
    }

    /** Drops the gesture in progress (nothing reaches the document). */
    void cancel() {
        tool.cancel();
        backToSelect();
    }

    /** The drawn box stays on screen while the (modal) label dialog asks for its label. */
    void awaitLabel(Box drawn, Consumer<Box> askLabel, Runnable repaint) {
        pending = drawn;
        repaint.run();
        try {
            askLabel.accept(drawn);
        } finally {
            pending = null;
            repaint.run();
        }
    }

    /** A drawn box waiting for its label, or null. */
    Box pending() {
        return pending;
    }

    private void backToSelect() {
        tool = selectTool;
        switched.accept(tool);
    }
}
