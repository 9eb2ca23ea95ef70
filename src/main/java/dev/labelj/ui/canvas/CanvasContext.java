package dev.labelj.ui.canvas;

import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import java.util.List;

/** What the canvas gives its tools: the boxes, the view, and the one way to change the document. */
interface CanvasContext {
    ViewTransform transform();

    double imageWidth();

    double imageHeight();

    /** The boxes of the open image, in drawing order. */
    List<Box> boxes();

    BoxSelection selection();

    boolean isVisible(int index);

    /** Whether boxes may be changed (false while the annotation file could not be read). */
    boolean isEditable();

    /** One gesture's result: the whole new box list, one undoable edit named {@code editName}. */
    void commit(List<Box> boxes, String editName);

    /** A new box was drawn (not yet labelled): the window asks for its label and adds it. */
    void boxDrawn(Box box);

    void editLabel(int index);

    /** Moves the view by a drag of this many view pixels. */
    void pan(double dxView, double dyView);

    /** labelImg's Draw Squares. */
    boolean drawSquares();

    /** Only what follows the mouse while drawing moved (the crosshair, the loupe, the box being dragged out). */
    void marksMoved();

    /** A gesture changed what is drawn. */
    void changed();
}
