package dev.labelj.ui.tools;

import java.text.ParseException;
import javax.swing.JFormattedTextField;
import javax.swing.JOptionPane;
import javax.swing.JSpinner;
import javax.swing.SwingUtilities;
import javax.swing.event.AncestorEvent;
import javax.swing.event.AncestorListener;

/**
 * A number asked in a question dialog, ready for the keyboard: its field has the focus with the number selected
 * when the dialog shows, and Enter there both takes the number and answers OK (a spinner's field would otherwise
 * swallow the first Enter).
 */
final class NumberField {
    private NumberField() {
    }

    static void typedAndEntered(JSpinner spinner) {
        JFormattedTextField field = ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField();
        field.addAncestorListener(new AncestorListener() {
            @Override
            public void ancestorAdded(AncestorEvent event) {
                SwingUtilities.invokeLater(() -> {
                    field.requestFocusInWindow();
                    field.selectAll();
                });
            }

            @Override
            public void ancestorRemoved(AncestorEvent event) {
                // nothing to undo
            }

            @Override
            public void ancestorMoved(AncestorEvent event) {
                // nothing to follow
            }
        });
        field.addActionListener(e -> {
            try {
                field.commitEdit();
            } catch (ParseException notANumber) {
                // the field shows the last number it took; that one is used
            }
            JOptionPane pane = (JOptionPane) SwingUtilities.getAncestorOfClass(JOptionPane.class, field);
            if (pane != null) {
                pane.setValue(JOptionPane.OK_OPTION);
            }
        });
    }
}
