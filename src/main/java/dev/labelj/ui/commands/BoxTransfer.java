package dev.labelj.ui.commands;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.canvas.BoxGeometry;
import dev.labelj.ui.support.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Boxes carried from one image to another: Copy Previous (labelImg's Ctrl+V, the last image's boxes) and
 * Copy Boxes / Paste Boxes (Ctrl+C, Ctrl+Shift+V: the chosen boxes, to any later image). What arrives is cut to
 * the image's edges, added as one undoable edit and selected; nothing is saved. The status bar says what was cut.
 */
public final class BoxTransfer {
    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final Consumer<String> status;
    private List<Box> previousBoxes = List.of();
    private List<Box> copied = List.of();

    public BoxTransfer(AnnotationDocument document, BoxSelection selection, Consumer<String> status) {
        this.document = document;
        this.selection = selection;
        this.status = status;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.COPY_PREVIOUS, () -> add(previousBoxes, "edit.copyPrevious"),
                () -> document.isEditable() && !previousBoxes.isEmpty());
        actions.define(ActionId.COPY_BOXES, this::copy, () -> document.hasImage() && !document.current().boxes().isEmpty());
        actions.define(ActionId.PASTE_BOXES, () -> add(copied, "edit.pasteBoxes"),
                () -> document.isEditable() && !copied.isEmpty());
    }

    /** The boxes of the image open before this one. */
    public void rememberPrevious(List<Box> boxes) {
        previousBoxes = List.copyOf(boxes);
    }

    /** Ctrl+C: the selected boxes, or every box when none is selected. */
    private void copy() {
        List<Box> boxes = document.current().boxes();
        List<Box> chosen = new ArrayList<>();
        if (selection.isEmpty()) {
            chosen.addAll(boxes);
        } else {
            selection.indices().forEach(i -> chosen.add(boxes.get(i)));
        }
        copied = List.copyOf(chosen);
        status.accept(Messages.get("status.boxesCopied", copied.size()));
    }

    private void add(List<Box> arriving, String editKey) {
        if (!document.isEditable() || arriving.isEmpty()) {
            return;
        }
        BoxGeometry.Fitted fitted = document.current().size()
                .map(size -> fitted(arriving, size))
                .orElseGet(() -> new BoxGeometry.Fitted(arriving, 0, 0));
        List<Box> boxes = new ArrayList<>(document.current().boxes());
        int first = boxes.size();
        boxes.addAll(fitted.boxes());
        if (!fitted.boxes().isEmpty()) {
            document.replaceBoxes(boxes, Messages.get(editKey));
        }
        List<Integer> added = new ArrayList<>();
        for (int i = first; i < boxes.size(); i++) {
            added.add(i);
        }
        selection.set(added);
        status.accept(fitted.clipped() == 0 && fitted.leftOut() == 0
                ? Messages.get("status.boxesAdded", fitted.boxes().size())
                : Messages.get("status.boxesAddedClipped", fitted.boxes().size(), fitted.clipped(), fitted.leftOut()));
    }

    private static BoxGeometry.Fitted fitted(List<Box> boxes, ImageSize size) {
        return BoxGeometry.fittedInto(boxes, size.width(), size.height());
    }
}
