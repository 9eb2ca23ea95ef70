package dev.labelj.document;

import java.util.Optional;
import javax.swing.undo.UndoManager;
import javax.swing.undo.UndoableEdit;

/**
 * The document's undo history. It exposes the bare edit names ("Move box") so the menu can word
 * "Undo Move box" in the user's language, instead of UndoManager's English-or-JDK-locale prefix.
 */
final class EditHistory extends UndoManager {
    /** Enough for a long session on one image; each edit only holds two immutable snapshots. */
    private static final int LIMIT = 1000;

    EditHistory() {
        setLimit(LIMIT);
    }

    Optional<String> undoName() {
        return nameOf(editToBeUndone());
    }

    Optional<String> redoName() {
        return nameOf(editToBeRedone());
    }

    /** The edit the next undo would revert, if it is a swap; a merging burst extends only this one. */
    Optional<SwapEdit> nextToUndo() {
        UndoableEdit last = editToBeUndone();
        return last instanceof SwapEdit swap && !canRedo() ? Optional.of(swap) : Optional.empty();
    }

    private static Optional<String> nameOf(UndoableEdit edit) {
        return edit == null ? Optional.empty() : Optional.of(edit.getPresentationName());
    }
}
