package dev.labelj.ui.panels;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.util.Locale;
import java.util.function.Function;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;

/** The label cell: a square of the label's colour, then the label; greyed while its box is hidden. */
final class SwatchRenderer extends DefaultTableCellRenderer {
    private static final int SIZE = 12;
    private final Function<String, Color> colours;
    private final BoxTableModel model;
    private Color swatch = Color.GRAY;

    SwatchRenderer(Function<String, Color> colours, BoxTableModel model) {
        this.colours = colours;
        this.model = model;
        setIcon(new Swatch());
        setIconTextGap(6);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        // setForeground also sets the renderer's remembered unselected colour: reset it to the table's
        setForeground(null);
        JLabel label = (JLabel) super.getTableCellRendererComponent(table, value, selected, focused, row, column);
        int modelRow = table.convertRowIndexToModel(row);
        swatch = colours.apply(String.valueOf(value));
        if (!selected && !model.isVisible(modelRow)) {
            label.setForeground(UIManager.getColor("Label.disabledForeground"));
        }
        // a model's proposal shows its score and reads as not yet reviewed
        model.proposalScore(modelRow).ifPresent(score -> {
            label.setText(String.format(Locale.ROOT, "%s  (%.2f?)", value, score));
            label.setFont(label.getFont().deriveFont(Font.ITALIC));
        });
        return label;
    }

    /** The colour square, drawn with a thin outline so pale colours show on a white row. */
    private final class Swatch implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(swatch);
            g.fillRect(x, y, SIZE, SIZE);
            g.setColor(swatch.darker().darker());
            g.drawRect(x, y, SIZE - 1, SIZE - 1);
        }

        @Override
        public int getIconWidth() {
            return SIZE;
        }

        @Override
        public int getIconHeight() {
            return SIZE;
        }
    }
}
