package dev.labelj.ui.commands;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.canvas.ViewTransform;
import dev.labelj.ui.canvas.Zoom;
import java.util.List;

/**
 * Going from box to box by keys: Tab and Shift+Tab select the next and previous shown box (in the box list's
 * order, round the end) and bring it on screen; Z zooms to the selected box, and Z again goes back to the view
 * before (docs/adr/0156-box-cycling-keys.md).
 */
public final class BoxCycling {
    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final BoxCanvas canvas;
    /**
     * The view before Z zoomed to a box, and the view Z made. A second Z goes back while the zoom is still the
     * one Z made, however Tab has moved the view since; after the user zoomed otherwise, Z zooms to the box.
     */
    private Zoom zoomBefore;
    private ViewTransform viewBefore;
    private ViewTransform viewZoomed;

    public BoxCycling(AnnotationDocument document, BoxSelection selection, BoxCanvas canvas) {
        this.document = document;
        this.selection = selection;
        this.canvas = canvas;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.NEXT_BOX, () -> step(1), this::hasBoxes);
        actions.define(ActionId.PREVIOUS_BOX, () -> step(-1), this::hasBoxes);
        actions.define(ActionId.ZOOM_TO_BOX, this::toggleZoom, () -> hasBoxes() && !selection.isEmpty());
    }

    private boolean hasBoxes() {
        return document.hasImage() && !document.current().boxes().isEmpty();
    }

    /** The next (+1) or previous (-1) box after the selection that is shown; hidden ones are passed over. */
    private void step(int direction) {
        List<Box> boxes = canvas.boxes();
        int count = boxes.size();
        if (count == 0) {
            return;
        }
        List<Integer> selected = selection.indices();
        int from = selected.isEmpty() ? (direction > 0 ? -1 : count)
                : direction > 0 ? selected.get(selected.size() - 1) : selected.get(0);
        for (int step = 1; step <= count; step++) {
            int index = Math.floorMod(from + direction * step, count);
            if (canvas.isVisible(index)) {
                selection.select(index);
                canvas.scrollToShow(boxes.get(index));
                return;
            }
        }
    }

    private void toggleZoom() {
        if (viewZoomed != null && viewZoomed.scale() == canvas.transform().scale()) {
            canvas.restoreView(zoomBefore, viewBefore);
            viewZoomed = null;
            return;
        }
        List<Box> boxes = canvas.boxes();
        int index = selection.indices().get(0);
        if (index >= boxes.size()) {
            return;
        }
        zoomBefore = canvas.zoom();
        viewBefore = canvas.transform();
        canvas.zoomTo(boxes.get(index));
        viewZoomed = canvas.transform();
    }
}
