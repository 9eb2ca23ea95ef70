package dev.labelj.ui.tools;

import java.awt.Component;
import java.text.ParseException;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JFormattedTextField;
import javax.swing.JOptionPane;
import javax.swing.JSpinner;

/**
 * A number asked in a question dialog, ready for the keyboard: its field has the focus with the number selected
 * when the dialog shows (a plain question gives it to OK), and Enter there both takes the number and answers OK
 * (a spinner's field would otherwise swallow the first Enter).
 */
final class NumberField {
    private NumberField() {
    }

    /** The number chosen with {@code spinner} under {@code text}; empty when the question was cancelled. */
    static Optional<Integer> ask(Component owner, String title, String text, JSpinner spinner) {
        JFormattedTextField field = ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField();
        JOptionPane pane = new JOptionPane(new Object[] {text, spinner}, JOptionPane.PLAIN_MESSAGE,
                JOptionPane.OK_CANCEL_OPTION) {
            @Override
            public void selectInitialValue() {
                field.requestFocusInWindow();
                field.selectAll();
            }
        };
        field.addActionListener(e -> {
            try {
                field.commitEdit();
            } catch (ParseException notANumber) {
                // the field shows the last number it took; that one is used
            }
            pane.setValue(JOptionPane.OK_OPTION);
        });
        JDialog dialog = pane.createDialog(owner, title);
        dialog.setVisible(true);
        dialog.dispose();
        boolean ok = Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue());
        return ok ? Optional.of(((Number) spinner.getValue()).intValue()) : Optional.empty();
    }
}
