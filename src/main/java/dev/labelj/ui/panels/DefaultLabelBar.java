package dev.labelj.ui.panels;

import dev.labelj.ui.support.Words;
import java.awt.BorderLayout;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;

/**
 * labelImg's "Use default label": when ticked, new boxes take the chosen label without the dialog. The choices
 * are the session's classes, read again each time the list opens.
 */
public final class DefaultLabelBar extends JPanel {
    private final JCheckBox use = Words.keyed(new JCheckBox(), "defaultLabel.use");
    private final JComboBox<String> label = new JComboBox<>();
    private boolean updating;
    private BiConsumer<Boolean, String> changed = (on, chosen) -> { };

    public DefaultLabelBar(Supplier<List<String>> classes) {
        super(new BorderLayout(6, 0));
        setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        use.setName("useDefaultLabel");
        label.setName("defaultLabel");
        label.setEditable(true);
        label.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                refill(classes.get());
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                // nothing to undo
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
                // nothing to undo
            }
        });
        Runnable report = () -> {
            if (!updating) {
                Object chosen = label.getEditor().getItem();
                changed.accept(use.isSelected(), chosen == null ? "" : chosen.toString().strip());
            }
        };
        use.addActionListener(e -> report.run());
        label.addActionListener(e -> report.run());
        add(use, BorderLayout.WEST);
        add(label, BorderLayout.CENTER);
    }

    /** Who hears the user tick the box or choose a label. */
    public void onChange(BiConsumer<Boolean, String> listener) {
        changed = listener;
    }

    /** Shows the remembered state without reporting it back. */
    public void show(boolean enabled, String chosen) {
        updating = true;
        try {
            use.setSelected(enabled);
            label.setSelectedItem(chosen);
        } finally {
            updating = false;
        }
    }

    private void refill(List<String> names) {
        updating = true;
        try {
            Object chosen = label.getEditor().getItem();
            label.removeAllItems();
            names.forEach(label::addItem);
            label.setSelectedItem(chosen);
        } finally {
            updating = false;
        }
    }
}
