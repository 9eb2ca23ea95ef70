package dev.labelj.ui.tools;

import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.Detector;
import dev.labelj.assist.audit.AuditOptions;
import dev.labelj.dataset.LabelAudit;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.model.ClassList;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.commands.CommandWindow;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.Messages;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JOptionPane;

/**
 * Tools → Compare With Model (docs/adr/0162-compare-with-model-window.md): the model, chosen as for Auto Label, runs
 * over the open folder in the background while the window stays usable; the disagreements fill a table, and each
 * opens in the main window for review, where Enter accepts the model's fix (as it accepts a proposal).
 */
public final class ModelAudit {
    private final CommandWindow window;
    private final ImageSession session;
    private final AuditReview review;
    private AppActions actions;

    public ModelAudit(CommandWindow window, ImageSession session, AnnotationDocument document, BoxSelection selection,
            BoxCanvas canvas) {
        this.window = window;
        this.session = session;
        this.review = new AuditReview(window, session, document, selection, canvas, this::refresh);
    }

    public void defineIn(AppActions appActions) {
        this.actions = appActions;
        appActions.define(ActionId.ACCEPT_MODEL_FIX, review::accept, review::isOpen);
    }

    /** Whether a disagreement opened from the list is shown for review (Enter accepts the model's fix). */
    public boolean isReviewing() {
        return review.isOpen();
    }

    /** Enter on a disagreement under review: the model's fix, as one undoable edit. */
    public void acceptFix() {
        review.accept();
    }

    /**
     * Compares the open folder's saved labels with {@code detector}, whose classes map through {@code mapping};
     * {@code ended} runs on the EDT once the run has stopped, however it stops (Cancel, closing the list, the end).
     */
    public void start(Detector detector, ClassMapping mapping, Runnable ended) {
        AnnotationStore store = session.files().store();
        // YOLO labels without a classes.txt or class list are read with the model's names: the ids it learnt
        if (store.options().fallbackClasses().names().isEmpty()) {
            store = store.withOptions(new FormatOptions(new ClassList(detector.info().names())));
        }
        AuditWorker[] worker = new AuditWorker[1];
        AuditWindow list = new AuditWindow(window.frame(), session.root(),
                detector.info().file().getFileName().toString(), () -> worker[0].stop());
        list.onOpen(d -> review.open(d, list));
        LabelAudit audit = new LabelAudit(store, AuditOptions.DEFAULT, image -> worker[0].publishImage(image));
        worker[0] = new AuditWorker(audit, detector, mapping, session.images(), list, ended, this::failed);
        list.dialog().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                worker[0].stop();
                // the list is gone: so is the fix it offered (Enter goes back to accepting proposals)
                review.close();
            }
        });
        list.show();
        worker[0].execute();
    }

    private void failed(String message) {
        JOptionPane.showMessageDialog(window.frame(), Messages.get("tools.failed", message),
                Messages.get("audit.failedTitle"), JOptionPane.ERROR_MESSAGE);
    }

    private void refresh() {
        if (actions != null) {
            actions.refresh();
        }
    }
}
