package dev.labelj.support;

import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;

/** The text a user reads in a text component (for HTML panes: without tags and line wrapping). */
public final class DocumentText {
    private DocumentText() {
    }

    public static String of(JTextComponent component) {
        return GuiActionRunner.execute(() -> {
            try {
                return component.getDocument().getText(0, component.getDocument().getLength());
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
