package dev.labelj.ui.tools;

import dev.labelj.dataset.DatasetStats;
import dev.labelj.ui.support.Messages;
import java.awt.Font;
import java.nio.file.Path;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** Tools → Dataset Statistics: the same numbers {@code labelj stats} prints, in a read-only text view. */
final class StatsWindow {
    private StatsWindow() {
    }

    static JDialog show(JFrame owner, Path root, DatasetStats stats) {
        JTextArea text = new JTextArea(StatsText.of(stats));
        text.setName("statsText");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        JDialog dialog = new JDialog(owner, Messages.get("tools.statsTitle", root), false);
        dialog.setName("statsWindow");
        dialog.add(new JScrollPane(text));
        dialog.setSize(760, 440);
        Dialogs.closeOnEscape(dialog);
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return dialog;
    }
}
