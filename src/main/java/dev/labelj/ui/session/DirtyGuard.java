package dev.labelj.ui.session;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.ui.support.Messages;
import java.awt.Component;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.JOptionPane;

/**
 * Every way of leaving an image or the app asks first when its boxes are unsaved: Save, Discard or Cancel
 * (labelImg skips this for the file list and loses work). Save leaves only once the file is written.
 */
final class DirtyGuard {
    /** What the user answered; tests and auto-save answer without a dialog. */
    enum Answer { SAVE, DISCARD, CANCEL }

    /** Asks the user; replaceable so tests can answer. */
    interface Prompt {
        Answer ask(String imageName);
    }

    private final AnnotationDocument document;
    private Component parent;
    private Prompt prompt = name -> dialog(parent, name);
    private BooleanSupplier autoSave = () -> false;

    DirtyGuard(AnnotationDocument document) {
        this.document = document;
    }

    void setParent(Component owner) {
        parent = owner;
    }

    /** Auto Save: leaving saves silently, never a dialog mid-navigation. */
    void setAutoSave(BooleanSupplier on) {
        autoSave = on;
    }

    /** Whether leaving now saves without asking (so a save that cannot be made must not ask either). */
    boolean autoSaving() {
        return autoSave.getAsBoolean();
    }

    void setPrompt(Prompt newPrompt) {
        prompt = newPrompt;
    }

    /**
     * Runs {@code proceed} once leaving is fine: at once when nothing is unsaved or the user discards; after
     * a successful write when the user saves ({@code save} gets the continuation); {@code stay} on Cancel.
     */
    void leave(Runnable proceed, Runnable stay, Consumer<Runnable> save) {
        if (!document.isDirty() || !document.isEditable()) {
            proceed.run();
            return;
        }
        if (autoSave.getAsBoolean()) {
            save.accept(proceed);
            return;
        }
        switch (prompt.ask(document.current().imageFileName())) {
            case SAVE -> save.accept(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> stay.run();
        }
    }

    private static Answer dialog(Component parent, String imageName) {
        String[] choices = {Messages.get("unsaved.save"), Messages.get("unsaved.discard"),
                Messages.get("unsaved.cancel")};
        int choice = JOptionPane.showOptionDialog(parent, Messages.get("unsaved.question", imageName),
                Messages.get("unsaved.title"), JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                choices, choices[0]);
        return switch (choice) {
            case 0 -> Answer.SAVE;
            case 1 -> Answer.DISCARD;
            default -> Answer.CANCEL;
        };
    }
}
