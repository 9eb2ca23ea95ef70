package dev.labelj.ui.tools;

import dev.labelj.dataset.ClassEdit;
import dev.labelj.ui.support.Messages;
import java.awt.GridLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;

/**
 * Tools → Rename / Merge Class…: which classes, and the name they get. A rename takes one class to a name not in
 * use; a merge takes one or more (separated by commas) into a class that may exist. Asks again until the names
 * make an edit, or the user cancels.
 */
final class ClassEditDialog {
    private ClassEditDialog() {
    }

    static Optional<ClassEdit> ask(JFrame owner, String suggested) {
        JRadioButton rename = new JRadioButton(Messages.get("classEdit.rename"), true);
        rename.setName("classEditRename");
        JRadioButton merge = new JRadioButton(Messages.get("classEdit.merge"));
        merge.setName("classEditMerge");
        ButtonGroup group = new ButtonGroup();
        group.add(rename);
        group.add(merge);
        JTextField from = new JTextField(suggested, 24);
        from.setName("classEditFrom");
        JTextField to = new JTextField(24);
        to.setName("classEditTo");
        JPanel panel = new JPanel(new GridLayout(0, 1, 0, 4));
        panel.add(rename);
        panel.add(merge);
        panel.add(new JLabel(Messages.get("classEdit.from")));
        panel.add(from);
        panel.add(new JLabel(Messages.get("classEdit.to")));
        panel.add(to);
        while (JOptionPane.showConfirmDialog(owner, panel, Messages.get("classEdit.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            try {
                List<String> sources = Arrays.stream(from.getText().split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                if (rename.isSelected() && sources.size() != 1) {
                    throw new IllegalArgumentException(Messages.get("classEdit.oneToRename"));
                }
                return Optional.of(rename.isSelected() ? ClassEdit.rename(sources.get(0), to.getText().strip())
                        : ClassEdit.merge(sources, to.getText().strip()));
            } catch (IllegalArgumentException e) {
                JOptionPane.showMessageDialog(owner, e.getMessage(), Messages.get("classEdit.title"),
                        JOptionPane.WARNING_MESSAGE);
            }
        }
        return Optional.empty();
    }
}
