package dev.labelj.ui.panels;

import javax.swing.JTextField;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.StyleConstants;

/**
 * Inline completion for the label field: when the user types at the end of the text and a known label
 * starts with it, the rest of that label is appended and selected, so Enter takes it and typing on
 * replaces it. Deleting never completes (Backspace removes the suggestion, leaving what was typed).
 * Done in the document filter, not a listener, because a listener may not change the document it hears.
 */
final class CompletingFilter extends DocumentFilter {
    private final LabelChooser chooser;

    CompletingFilter(LabelChooser chooser) {
        this.chooser = chooser;
    }

    @Override
    public void insertString(FilterBypass fb, int offset, String text, AttributeSet attrs)
            throws BadLocationException {
        fb.insertString(offset, text, attrs);
        typed(fb, offset + text.length(), attrs);
    }

    @Override
    public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
            throws BadLocationException {
        fb.replace(offset, length, text, attrs);
        typed(fb, offset + (text == null ? 0 : text.length()), attrs);
    }

    @Override
    public void remove(FilterBypass fb, int offset, int length) throws BadLocationException {
        fb.remove(offset, length);
        if (!chooser.isProgrammatic()) {
            chooser.userEdited(fb.getDocument().getText(0, fb.getDocument().getLength()));
        }
    }

    private void typed(FilterBypass fb, int caret, AttributeSet attrs) throws BadLocationException {
        if (chooser.isProgrammatic() || isComposing(attrs)) {
            return;
        }
        String typed = fb.getDocument().getText(0, fb.getDocument().getLength());
        if (caret == typed.length()) {
            var completion = LabelMatches.completion(chooser.classes(), typed);
            if (completion.isPresent()) {
                String rest = completion.get().substring(typed.length());
                fb.insertString(caret, rest, null);
                JTextField field = chooser.field();
                field.setCaretPosition(caret + rest.length());
                field.moveCaretPosition(caret);
            }
        }
        chooser.userEdited(typed);
    }

    /** Text an input method is still composing (e.g. pinyin before the characters are chosen). */
    private static boolean isComposing(AttributeSet attrs) {
        return attrs != null && attrs.isDefined(StyleConstants.ComposedTextAttribute);
    }
}
