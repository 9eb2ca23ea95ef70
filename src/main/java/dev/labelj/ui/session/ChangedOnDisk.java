package dev.labelj.ui.session;

import dev.labelj.ui.support.Messages;
import java.awt.Component;
import java.nio.file.Path;
import javax.swing.JOptionPane;

/**
 * The question a save asks when an annotation file changed on disk after the window read it
 * (docs/adr/0130-changed-on-disk.md): reload what is on disk, keep mine (overwrite it), save mine elsewhere, or
 * cancel. Nothing is written before the user answers.
 */
final class ChangedOnDisk {
    /** What the user chose. */
    enum Answer { RELOAD, KEEP_MINE, SAVE_AS, CANCEL }

    /** Asks the user; replaceable so tests can answer. */
    interface Prompt {
        Answer ask(Path changedFile, String imageName);
    }

    private Component parent;
    private Prompt prompt = (file, image) -> dialog(parent, file, image);

    void setParent(Component owner) {
        parent = owner;
    }

    void setPrompt(Prompt newPrompt) {
        prompt = newPrompt;
    }

    Answer ask(Path changedFile, String imageName) {
        return prompt.ask(changedFile, imageName);
    }

    private static Answer dialog(Component parent, Path file, String imageName) {
        String[] choices = {Messages.get("changed.reload"), Messages.get("changed.keepMine"),
                Messages.get("changed.saveAs"), Messages.get("changed.cancel")};
        int choice = JOptionPane.showOptionDialog(parent, Messages.get("changed.question", file, imageName),
                Messages.get("changed.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null,
                choices, choices[3]);
        return switch (choice) {
            case 0 -> Answer.RELOAD;
            case 1 -> Answer.KEEP_MINE;
            case 2 -> Answer.SAVE_AS;
            default -> Answer.CANCEL;
        };
    }
}
