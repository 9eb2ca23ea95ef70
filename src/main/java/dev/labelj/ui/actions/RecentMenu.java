package dev.labelj.ui.actions;

import dev.labelj.settings.RecentEntry;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.support.Tasks;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Words;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/** File → Open Recent ▸: the remembered folders and images, newest first, rebuilt each time it opens. */
public final class RecentMenu extends JMenu {
    private final SettingsStore store;
    private final Consumer<RecentEntry> open;
    private final Consumer<String> status;
    private static final ExecutorService CHECKER = Tasks.worker("recent-check");

    public RecentMenu(SettingsStore store, Consumer<RecentEntry> open, Consumer<String> status) {
        Words.keyed(this, "menu.openRecent");
        this.store = store;
        this.open = open;
        this.status = status;
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
        // Every entry stays enabled: checking the disk here would stall the EDT on an unplugged network
        // drive each time the menu opens. The check runs when an entry is chosen, off the EDT.
        item.addActionListener(e -> openIfPresent(entry));
        return item;
    }

    private void openIfPresent(RecentEntry entry) {
        CHECKER.execute(() -> {
            boolean present = Files.exists(entry.path());
            SwingUtilities.invokeLater(() -> {
                if (present) {
                    open.accept(entry);
                } else {
                    status.accept(Messages.get("status.recentMissing", entry.path()));
                }
            });
        });
    }
}
