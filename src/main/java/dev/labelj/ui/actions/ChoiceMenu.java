package dev.labelj.ui.actions;

import dev.labelj.ui.support.Words;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/**
 * A submenu of radio items, one per choice (Theme ▸ Light / Dark / Follow system). Each choice's action
 * carries a {@link #CHOSEN} value, a {@link BooleanSupplier} read every time the submenu opens, so the mark
 * follows the settings however they changed (a reset, another window).
 */
public final class ChoiceMenu {
    /** Action key of a choice: a {@link BooleanSupplier} saying whether it is the current one. */
    public static final String CHOSEN = "labelj.chosen";

    private ChoiceMenu() {
    }

    static JMenu of(ActionId id, List<CommandAction> choices) {
        JMenu menu = Words.keyed(new JMenu(), "action." + id.key());
        menu.setName(id.key());
        ButtonGroup group = new ButtonGroup();
        for (CommandAction choice : choices) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(choice);
            item.setName(choice.id());
            group.add(item);
            menu.add(item);
        }
        markChosen(menu);
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                markChosen(menu);
            }

            @Override
            public void menuDeselected(MenuEvent e) {
                // nothing to undo
            }

            @Override
            public void menuCanceled(MenuEvent e) {
                // nothing to undo
            }
        });
        return menu;
    }

    private static void markChosen(JMenu menu) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            if (menu.getItem(i) instanceof JRadioButtonMenuItem item
                    && item.getAction().getValue(CHOSEN) instanceof BooleanSupplier chosen) {
                item.setSelected(chosen.getAsBoolean());
            }
        }
    }
}
