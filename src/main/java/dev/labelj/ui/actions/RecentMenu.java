package dev.labelj.ui.actions;

import dev.labelj.settings.RecentEntry;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.support.Messages;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/** File → Open Recent ▸: the remembered folders and images, newest first, rebuilt each time it opens. */
public final class RecentMenu extends JMenu {
    private final SettingsStore store;
    private final Consumer<RecentEntry> open;

    public RecentMenu(SettingsStore store, Consumer<RecentEntry> open) {
        super(Messages.get("menu.openRecent"));
        this.store = store;
        this.open = open;
        setName("recentMenu");
        addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                rebuild();
            }

            @Override
            public void menuDeselected(MenuEvent e) {
                // Nothing to undo.
            }

            @Override
            public void menuCanceled(MenuEvent e) {
                // Nothing to undo.
            }
        });
        rebuild();
    }

    public void rebuild() {
        removeAll();
        List<RecentEntry> entries = store.history().recent();
        if (entries.isEmpty()) {
            JMenuItem none = new JMenuItem(Messages.get("menu.openRecent.none"));
            none.setName("recent.none");
            none.setEnabled(false);
            add(none);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            add(item(i, entries.get(i)));
        }
    }

    private JMenuItem item(int index, RecentEntry entry) {
        JMenuItem item = new JMenuItem((index + 1) + "  " + entry.path());
        item.setName("recent." + index);
        if (index < 9) {
            item.setMnemonic(KeyEvent.VK_1 + index);
        }
        item.setToolTipText(Messages.get("menu.openRecent.tip",
                entry.classFileIfAny().map(Object::toString).orElse("\u2014"),
                entry.saveDirIfAny().map(Object::toString).orElse("\u2014")));
        // A folder on an unplugged drive stays listed (it may come back) but cannot be chosen.
        item.setEnabled(Files.exists(entry.path()));
        item.addActionListener(e -> open.accept(entry));
        return item;
    }
}
