package dev.labelj.ui.tools;

import dev.labelj.assist.audit.AuditFix;
import dev.labelj.assist.audit.Disagreement;
import dev.labelj.assist.audit.DisagreementKind;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.AnnotationEvent;
import dev.labelj.document.BoxSelection;
import dev.labelj.image.DecodedImage;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.commands.CommandWindow;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * One disagreement opened from the Compare With Model table: its image shown through the session (unsaved-changes
 * prompt as usual), the label selected and the model's box drawn beside it. {@link #accept} does what the model
 * says as one undoable edit; Delete removes the selected label and Esc leaves both (the window's own commands); any
 * change of the boxes ends the review.
 */
final class AuditReview {
    private final CommandWindow window;
    private final ImageSession session;
    private final AnnotationDocument document;
    private final BoxSelection selection;
    private final BoxCanvas canvas;
    private final Runnable refresh;
    private Disagreement open;
    private RowMarks marks = RowMarks.NONE;
    /** The row last fixed or cleared here, and the boxes right after: undoing back past them unmarks the row. */
    private Disagreement lastDone;
    private ImageAnnotation afterDone;

    AuditReview(CommandWindow window, ImageSession session, AnnotationDocument document, BoxSelection selection,
            BoxCanvas canvas, Runnable refresh) {
        this.window = window;
        this.session = session;
        this.document = document;
        this.selection = selection;
        this.canvas = canvas;
        this.refresh = refresh;
        document.addListener(this::changed);
    }

    /** Opens {@code disagreement}'s image and shows it; {@code marks} hears what becomes of it. */
    void open(Disagreement disagreement, RowMarks rowMarks) {
        end();
        Optional<Integer> index = FindingImages.indexOf(session.images(), disagreement.image());
        if (index.isEmpty()) {
            JOptionPane.showMessageDialog(window.frame(), Messages.get("tools.noImage", disagreement.image()));
            return;
        }
        marks = rowMarks;
        window.frame().toFront();
        canvas.requestFocusInWindow();
        if (index.get() == session.index() && document.hasImage()
                && document.current().imageFile().equals(session.images().get(index.get()))) {
            show(disagreement);
            return;
        }
        session.addListener(new ShowWhenOpen(index.get(), disagreement));
        session.request(index.get());
    }

    /** A disagreement is shown and not left: its model's box still drawn (Esc clears it), or its label selected. */
    boolean isOpen() {
        if (open == null || !document.isEditable()) {
            return false;
        }
        return open.predicted().isPresent() ? canvas.suggestion().isPresent() : !selection.isEmpty();
    }

    /** The model's fix, as one undoable edit. */
    void accept() {
        if (!isOpen()) {
            return;
        }
        Disagreement d = open;
        List<Box> boxes = document.current().boxes();
        Optional<List<Box>> fixed = AuditFix.apply(boxes, AuditFix.placeOf(boxes, d), d);
        if (fixed.isEmpty()) {
            window.showStatus(Messages.get("audit.changed", d.image().getFileName()));
            end();
            return;
        }
        document.replaceBoxes(fixed.get(), Messages.get("action.acceptModelFix"));
        window.showStatus(Messages.get("audit.fixed", Messages.get("audit.kind." + d.kind().name())));
        marks.accepted(d);
        remember(d);
    }

    private void show(Disagreement d) {
        List<Box> boxes = document.current().boxes();
        int place = AuditFix.placeOf(boxes, d);
        if (d.kind() != DisagreementKind.MISSING && place < 0) {
            window.showStatus(Messages.get("audit.changed", d.image().getFileName()));
            return;
        }
        open = d;
        selection.clear();
        if (place >= 0) {
            selection.select(place);
        }
        d.predicted().ifPresent(p -> canvas.showSuggestion(p.box().asProposal(p.score())));
        window.showStatus(describe(d));
        refresh.run();
    }

    private static String describe(Disagreement d) {
        String label = d.labelClass().orElse("");
        String model = d.predictedClass().orElse("");
        String score = String.format(Locale.ROOT, "%.2f", d.score());
        return switch (d.kind()) {
            case MISSING -> Messages.get("audit.open.MISSING", model, score);
            case EXTRA -> Messages.get("audit.open.EXTRA", label);
            case WRONG_CLASS -> Messages.get("audit.open.WRONG_CLASS", label, model, score);
            case LOOSE -> Messages.get("audit.open.LOOSE", label, String.format(Locale.ROOT, "%.2f", d.iou()));
        };
    }

    /**
     * Any change of the boxes (an edit, undo, another image) ends the review: the model's box goes. An edit that
     * took the reviewed label away (Delete) is told to the list.
     */
    private void changed(AnnotationEvent event) {
        if (event.kind() == AnnotationEvent.Kind.UNDO && lastDone != null && afterDone.equals(event.before())) {
            marks.undone(lastDone);
            lastDone = null;
        }
        if (open == null || event.kind() == AnnotationEvent.Kind.SAVED) {
            return;
        }
        Disagreement reviewed = open;
        end();
        if (event.kind() == AnnotationEvent.Kind.EDITED && reviewed.kind() != DisagreementKind.MISSING
                && AuditFix.placeOf(event.after().boxes(), reviewed) < 0) {
            marks.removed(reviewed);
            remember(reviewed);
        }
    }

    private void remember(Disagreement d) {
        lastDone = d;
        afterDone = document.current();
    }

    /** The list was closed: the disagreement under review, if any, is left as it is. */
    void close() {
        end();
    }

    private void end() {
        if (open != null) {
            open = null;
            canvas.showSuggestion(null);
            refresh.run();
        }
    }

    /** Shows the disagreement once its image is on screen, then stops listening; a stay ends it too. */
    private final class ShowWhenOpen implements BrowseListener {
        private final int index;
        private final Disagreement disagreement;

        ShowWhenOpen(int index, Disagreement disagreement) {
            this.index = index;
            this.disagreement = disagreement;
        }

        @Override
        public void imageShown(int at, DecodedImage image) {
            if (at != index) {
                return;
            }
            // after the document has taken the image's boxes, which clears the selection
            SwingUtilities.invokeLater(() -> {
                session.removeListener(this);
                if (document.hasImage()) {
                    show(disagreement);
                }
            });
        }

        @Override
        public void stayed(int at) {
            SwingUtilities.invokeLater(() -> session.removeListener(this));
        }
    }
}
