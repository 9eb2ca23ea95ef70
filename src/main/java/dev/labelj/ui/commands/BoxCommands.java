package dev.labelj.ui.commands;

import dev.labelj.ui.support.Messages;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.canvas.BoxGeometry;
import dev.labelj.ui.canvas.BoxVisibility;
import dev.labelj.ui.canvas.Zoom;
import java.util.ArrayList;
import java.util.List;

/** The commands on boxes and the view: draw, duplicate, delete, nudge, undo/redo, hide/show, zoom. */
public final class BoxCommands {
    /** How far a duplicate lands from its original, in image pixels (labelImg offsets copies too). */
    private static final double DUPLICATE_OFFSET = 10;

    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final BoxVisibility visibility;
    private final BoxCanvas canvas;
    private final Labeller labeller;

    public BoxCommands(AnnotationDocument document, BoxSelection selection, BoxVisibility visibility, BoxCanvas canvas,
            Labeller labeller) {
        this.document = document;
        this.selection = selection;
        this.visibility = visibility;
        this.canvas = canvas;
        this.labeller = labeller;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.CREATE_BOX, canvas::startDrawing, this::editable);
        actions.define(ActionId.DESELECT, this::escape);
        actions.define(ActionId.EDIT_LABEL, this::editSelectedLabel, this::editableSelection);
        actions.define(ActionId.DUPLICATE_BOX, this::duplicate, this::editableSelection);
        actions.define(ActionId.DELETE_BOX, this::delete, this::editableSelection);
        actions.define(ActionId.UNDO, document::undo, document::canUndo).nameAfter(document::undoName);
        actions.define(ActionId.REDO, document::redo, document::canRedo).nameAfter(document::redoName);
        actions.define(ActionId.HIDE_ALL, () -> visibility.hideAll(boxes().size()), document::hasImage);
        actions.define(ActionId.SHOW_ALL, visibility::showAll, document::hasImage);
        actions.define(ActionId.ZOOM_IN, () -> canvas.zoomBy(1), document::hasImage);
        actions.define(ActionId.ZOOM_OUT, () -> canvas.zoomBy(-1), document::hasImage);
        actions.define(ActionId.ZOOM_ORIGINAL, () -> canvas.setZoom(Zoom.ORIGINAL), document::hasImage);
        actions.define(ActionId.FIT_WINDOW, () -> canvas.setZoom(Zoom.FIT_WINDOW), document::hasImage);
        actions.define(ActionId.FIT_WIDTH, () -> canvas.setZoom(Zoom.FIT_WIDTH), document::hasImage);
        for (int number = 1; number <= 9; number++) {
            int n = number;
            actions.define(ActionId.classKey(n), () -> assignClass(n), this::editable);
        }
        defineNudge(actions, ActionId.NUDGE_LEFT, -1, 0);
        defineNudge(actions, ActionId.NUDGE_RIGHT, 1, 0);
        defineNudge(actions, ActionId.NUDGE_UP, 0, -1);
        defineNudge(actions, ActionId.NUDGE_DOWN, 0, 1);
        defineNudge(actions, ActionId.NUDGE_LEFT_FAR, -10, 0);
        defineNudge(actions, ActionId.NUDGE_RIGHT_FAR, 10, 0);
        defineNudge(actions, ActionId.NUDGE_UP_FAR, 0, -10);
        defineNudge(actions, ActionId.NUDGE_DOWN_FAR, 0, 10);
    }

    /** Esc: ends the drawing under way, else clears the selection, else forgets the class armed for the next box. */
    private void escape() {
        if (canvas.hasGesture()) {
            canvas.cancelGesture();
            return;
        }
        // a model's box under review (Compare With Model) goes with the selection: Esc leaves both as they are
        boolean suggested = canvas.suggestion().isPresent();
        canvas.showSuggestion(null);
        if (!selection.isEmpty()) {
            selection.clear();
        } else if (!suggested) {
            labeller.setNextLabel(null);
        }
    }

    /** 1–9: the N-th class for the selected boxes, or for the next box drawn when none is selected. */
    private void assignClass(int number) {
        List<String> names = labeller.classes().names();
        if (number > names.size()) {
            return;
        }
        String label = names.get(number - 1);
        if (selection.isEmpty()) {
            labeller.setNextLabel(label);
            return;
        }
        List<Box> boxes = new ArrayList<>(boxes());
        for (int index : selection.indices()) {
            boxes.set(index, boxes.get(index).withLabel(label));
        }
        document.replaceBoxes(boxes, Messages.get("edit.editLabel"));
    }

    private void defineNudge(AppActions actions, ActionId id, double dxImage, double dyImage) {
        actions.define(id, () -> nudge(dxImage, dyImage), this::editableSelection);
    }

    private boolean editable() {
        return document.isEditable();
    }

    private boolean editableSelection() {
        return document.isEditable() && !selection.isEmpty();
    }

    private List<Box> boxes() {
        return document.hasImage() ? document.current().boxes() : List.of();
    }

    /** Arrow keys: one image pixel (Shift: ten); a burst of presses is one undo step. */
    private void nudge(double dxImage, double dyImage) {
        var size = document.current().size();
        if (size.isEmpty()) {
            return;
        }
        List<Box> moved = BoxGeometry.nudged(boxes(), selection.indices(), dxImage, dyImage, size.get().width(),
                size.get().height());
        document.replaceBoxesMerging(moved, Messages.get("edit.moveBox"));
    }

    private void duplicate() {
        List<Box> boxes = new ArrayList<>(boxes());
        List<Integer> copies = new ArrayList<>();
        var size = document.current().size();
        for (int index : selection.indices()) {
            Box original = boxes.get(index);
            Box copy = size.isPresent() ? BoxGeometry.moved(original, DUPLICATE_OFFSET, DUPLICATE_OFFSET,
                    size.get().width(), size.get().height()) : original;
            copies.add(boxes.size());
            boxes.add(copy);
        }
        document.replaceBoxes(boxes, Messages.get("edit.duplicateBox"));
        selection.set(copies);
    }

    private void delete() {
        List<Integer> doomed = selection.indices();
        List<Box> kept = new ArrayList<>();
        List<Box> boxes = boxes();
        for (int i = 0; i < boxes.size(); i++) {
            if (!doomed.contains(i)) {
                kept.add(boxes.get(i));
            }
        }
        selection.clear();
        document.replaceBoxes(kept, doomed.size() == 1 ? Messages.get("edit.deleteBox") : Messages.get("edit.deleteBoxes"));
    }

    private void editSelectedLabel() {
        selection.indices().stream().findFirst().ifPresent(this::editLabel);
    }

    /** Ctrl+E, double-click: a new label for the box (and every other selected box). */
    public void editLabel(int index) {
        if (!document.isEditable() || index >= boxes().size()) {
            return;
        }
        labeller.ask(boxes().get(index).label()).ifPresent(label -> {
            List<Box> boxes = new ArrayList<>(boxes());
            List<Integer> targets = selection.contains(index) ? selection.indices() : List.of(index);
            for (int target : targets) {
                boxes.set(target, boxes.get(target).withLabel(label));
            }
            document.replaceBoxes(boxes, Messages.get("edit.editLabel"));
        });
    }

    /** A box the canvas drew: labelled, then added as one edit and selected; dropped on Cancel. */
    public void add(Box unlabelled) {
        if (!document.isEditable()) {
            return;
        }
        labeller.labelForNewBox().or(() -> labeller.ask(null)).ifPresent(label -> {
            List<Box> boxes = new ArrayList<>(boxes());
            boxes.add(unlabelled.withLabel(label));
            document.replaceBoxes(boxes, Messages.get("edit.drawBox"));
            selection.select(boxes.size() - 1);
        });
    }
}
