package dev.labelj.ui.results;

import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Read-only text that looks like a label but wraps at word ends to the width it is given, and asks
 * for the height its lines need: a line naming two long run names would otherwise be cut.
 */
final class WrappedText extends JTextArea {
    WrappedText(String name) {
        setName(name);
        setEditable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setBorder(null);
        setFont(UIManager.getFont("Label.font"));
    }

    /**
     * The height a wrapped text wants depends on its width, which the layout only gives it now: with a
     * new width, lay out once more so the lines it now needs get their room.
     */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean newWidth = width != getWidth();
        super.setBounds(x, y, width, height);
        if (newWidth) {
            SwingUtilities.invokeLater(this::revalidate);
        }
    }
}
