package dev.labelj.ui;

import dev.labelj.ui.commands.Labeller;
import dev.labelj.ui.commands.BoxTransfer;
import dev.labelj.ui.commands.BoxCommands;
import dev.labelj.ui.support.Messages;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.AnnotationEvent;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.canvas.BoxVisibility;
import dev.labelj.ui.panels.BoxListPanel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.JPopupMenu;

/**
 * Keeps the box list, the selection, the hidden boxes and the commands' enabled state in step with the
 * document: a new image starts with nothing selected and everything shown; an edit keeps what still exists.
 */
final class DocumentWiring {
    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final BoxVisibility visibility;
    private final AppActions actions;
    private final Labeller labeller;
    private BoxTransfer transfer;

    DocumentWiring(AnnotationDocument document, BoxSelection selection, BoxVisibility visibility,
            AppActions actions, Labeller labeller) {
        this.document = document;
        this.selection = selection;
        this.visibility = visibility;
        this.actions = actions;
        this.labeller = labeller;
    }

    /** The selection, hidden boxes, classes and commands follow the document from the start. */
    void connect(BoxTransfer transfer) {
        this.transfer = transfer;
        document.addListener(this::changed);
        selection.addChangeListener(e -> actions.refresh());
    }

    /**
     * The box list follows the document, the selection and the hidden boxes from now on, starting with what
     * they are now (it is made after the first picture is on the screen, docs/adr/0176), and tells them what
     * the user does in it.
     */
    void showIn(BoxListPanel boxList, BoxCommands commands, Supplier<JPopupMenu> boxMenu) {
        document.addListener(event -> showBoxes(boxList));
        selection.addChangeListener(e -> boxList.showSelection(Set.copyOf(selection.indices())));
        visibility.addListener(() -> boxList.setHiddenRows(visibility.hidden()));
        boxList.onSelectionChanged(selection::set);
        boxList.onVisibleToggled(visibility::setVisible);
        boxList.onDifficultToggled(this::setDifficult);
        boxList.onEditLabel(commands::editLabel);
        // Enter on a proposal accepts it, as Enter on the canvas does; on a reviewed box it edits the label
        boxList.onEnter(row -> {
            if (row < document.current().boxes().size() && document.current().boxes().get(row).isProposal()) {
                actions.get(ActionId.ACCEPT_PROPOSALS).actionPerformed(
                        new java.awt.event.ActionEvent(boxList, java.awt.event.ActionEvent.ACTION_PERFORMED, "enter"));
            } else {
                commands.editLabel(row);
            }
        });
        boxList.setPopupMenu(boxMenu);
        showBoxes(boxList);
        boxList.setHiddenRows(visibility.hidden());
    }

    private void changed(AnnotationEvent event) {
        List<Box> boxes = boxes();
        if (event.kind() == AnnotationEvent.Kind.LOADED && event.before() != null
                && !event.before().imageFile().equals(event.after().imageFile())) {
            transfer.rememberPrevious(event.before().boxes());
        }
        if (event.kind() == AnnotationEvent.Kind.LOADED || event.kind() == AnnotationEvent.Kind.CLEARED) {
            selection.clear();
            visibility.reset();
            labeller.learn(boxes.stream().map(Box::label).toList());
        } else {
            selection.retainWithin(boxes.size());
        }
        actions.refresh();
    }

    /** After {@link #changed}, which is the document's earlier listener: the selection is already kept within. */
    private void showBoxes(BoxListPanel boxList) {
        boxList.setBoxes(boxes());
        boxList.showSelection(Set.copyOf(selection.indices()));
    }

    private List<Box> boxes() {
        return document.hasImage() ? document.current().boxes() : List.of();
    }

    /** The difficult checkbox of one row: that box only (labelImg sets the last box when none is selected). */
    private void setDifficult(int index, boolean difficult) {
        if (!document.isEditable() || index >= document.current().boxes().size()) {
            return;
        }
        List<Box> boxes = new ArrayList<>(document.current().boxes());
        boxes.set(index, boxes.get(index).withDifficult(difficult));
        document.replaceBoxes(boxes, Messages.get("edit.setDifficult"));
    }
}
