package dev.labelj.document;

import dev.labelj.model.ImageAnnotation;
import java.util.function.Consumer;
import javax.swing.undo.AbstractUndoableEdit;

/**
 * The only kind of undoable edit: it swaps the whole annotation, so undo and redo cannot drift from what
 * the user saw (no per-field inverse operations to get wrong). {@code after} may grow while a merging
 * burst (arrow-key nudges) continues, so the burst stays one undo step.
 */
final class SwapEdit extends AbstractUndoableEdit {
    private final String name;
    private final ImageAnnotation before;
    private final Consumer<ImageAnnotation> apply;
    private ImageAnnotation after;

    SwapEdit(String name, ImageAnnotation before, ImageAnnotation after, Consumer<ImageAnnotation> apply) {
        this.name = name;
        this.before = before;
        this.after = after;
        this.apply = apply;
    }

    void extendTo(ImageAnnotation newAfter) {
        after = newAfter;
    }

    String name() {
        return name;
    }

    @Override
    public String getPresentationName() {
        return name;
    }

    @Override
    public void undo() {
        super.undo();
        apply.accept(before);
    }

    @Override
    public void redo() {
        super.redo();
        apply.accept(after);
    }
}
