package dev.labelj.ui.support;

import java.awt.Component;
import java.awt.Container;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTable;
import javax.swing.table.TableColumn;

/**
 * The fixed words of a window (menu titles, panel titles, checkboxes, placeholders, table headers) remembered
 * by their bundle key, so that a language chosen in the menu reaches a window that is already built:
 * {@link #relabel} walks it and reads every word again. Commands' names come from their actions instead.
 */
public final class Words {
    private static final String TEXT_KEY = "labelj.textKey";
    private static final String PLACEHOLDER_KEY = "labelj.placeholderKey";
    private static final String FLATLAF_PLACEHOLDER = "JTextField.placeholderText";

    private Words() {
    }

    /** A label, menu or button whose text is the bundle's {@code key}, now and after each language switch. */
    public static <T extends JComponent> T keyed(T component, String key) {
        component.putClientProperty(TEXT_KEY, key);
        setText(component, Messages.get(key));
        return component;
    }

    /** A text field whose grey placeholder is the bundle's {@code key}. */
    public static <T extends JComponent> T placeholder(T field, String key) {
        field.putClientProperty(PLACEHOLDER_KEY, key);
        field.putClientProperty(FLATLAF_PLACEHOLDER, Messages.get(key));
        return field;
    }

    /** Every keyed word under {@code root} (menus and their items included) read again from the bundles. */
    public static void relabel(Component root) {
        if (root instanceof JComponent component) {
            if (component.getClientProperty(TEXT_KEY) instanceof String key) {
                setText(component, Messages.get(key));
            }
            if (component.getClientProperty(PLACEHOLDER_KEY) instanceof String key) {
                component.putClientProperty(FLATLAF_PLACEHOLDER, Messages.get(key));
                component.repaint();
            }
        }
        if (root instanceof JTable table) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                TableColumn column = table.getColumnModel().getColumn(i);
                column.setHeaderValue(table.getModel().getColumnName(column.getModelIndex()));
            }
            if (table.getTableHeader() != null) {
                table.getTableHeader().repaint();
            }
        }
        if (root instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                relabel(item);
            }
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                relabel(child);
            }
        }
    }

    private static void setText(JComponent component, String text) {
        if (component instanceof AbstractButton button) {
            button.setText(text);
        } else if (component instanceof JLabel label) {
            label.setText(text);
        } else {
            throw new IllegalArgumentException("no text to set on " + component.getClass().getName());
        }
    }
}
