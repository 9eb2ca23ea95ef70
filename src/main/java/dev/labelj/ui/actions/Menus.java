package dev.labelj.ui.actions;

import static dev.labelj.ui.actions.ActionId.ABOUT;
import static dev.labelj.ui.actions.ActionId.AUTO_SAVE;
import static dev.labelj.ui.actions.ActionId.CLOSE;
import static dev.labelj.ui.actions.ActionId.COPY_BOXES;
import static dev.labelj.ui.actions.ActionId.PASTE_BOXES;
import static dev.labelj.ui.actions.ActionId.OPEN_ANNOTATION;
import static dev.labelj.ui.actions.ActionId.COPY_PREVIOUS;
import static dev.labelj.ui.actions.ActionId.DISPLAY_LABELS;
import static dev.labelj.ui.actions.ActionId.DRAW_SQUARES;
import static dev.labelj.ui.actions.ActionId.SINGLE_CLASS;
import static dev.labelj.ui.actions.ActionId.VERIFY_IMAGE;
import static dev.labelj.ui.actions.ActionId.CHANGE_SAVE_DIR;
import static dev.labelj.ui.actions.ActionId.CREATE_BOX;
import static dev.labelj.ui.actions.ActionId.DELETE_BOX;
import static dev.labelj.ui.actions.ActionId.DELETE_IMAGE;
import static dev.labelj.ui.actions.ActionId.UNDO_DELETE_IMAGE;
import static dev.labelj.ui.actions.ActionId.DUPLICATE_BOX;
import static dev.labelj.ui.actions.ActionId.EDIT_LABEL;
import static dev.labelj.ui.actions.ActionId.FIT_WIDTH;
import static dev.labelj.ui.actions.ActionId.FIT_WINDOW;
import static dev.labelj.ui.actions.ActionId.HIDE_ALL;
import static dev.labelj.ui.actions.ActionId.LANGUAGE;
import static dev.labelj.ui.actions.ActionId.LANGUAGE_CHINESE;
import static dev.labelj.ui.actions.ActionId.LANGUAGE_ENGLISH;
import static dev.labelj.ui.actions.ActionId.LANGUAGE_SYSTEM;
import static dev.labelj.ui.actions.ActionId.NEXT_IMAGE;
import static dev.labelj.ui.actions.ActionId.OPEN_DIR;
import static dev.labelj.ui.actions.ActionId.OPEN_FILE;
import static dev.labelj.ui.actions.ActionId.OPEN_RECENT;
import static dev.labelj.ui.actions.ActionId.PREVIOUS_IMAGE;
import static dev.labelj.ui.actions.ActionId.QUIT;
import static dev.labelj.ui.actions.ActionId.REDO;
import static dev.labelj.ui.actions.ActionId.RESCAN;
import static dev.labelj.ui.actions.ActionId.RESET_SETTINGS;
import static dev.labelj.ui.actions.ActionId.SAVE;
import static dev.labelj.ui.actions.ActionId.SAVE_AS;
import static dev.labelj.ui.actions.ActionId.SAVE_FORMAT;
import static dev.labelj.ui.actions.ActionId.SHORTCUTS;
import static dev.labelj.ui.actions.ActionId.SHOW_ALL;
import static dev.labelj.ui.actions.ActionId.THEME;
import static dev.labelj.ui.actions.ActionId.THEME_DARK;
import static dev.labelj.ui.actions.ActionId.THEME_LIGHT;
import static dev.labelj.ui.actions.ActionId.THEME_SYSTEM;
import static dev.labelj.ui.actions.ActionId.TRAINING_RESULTS;
import static dev.labelj.ui.actions.ActionId.UNDO;
import static dev.labelj.ui.actions.ActionId.ZOOM_IN;
import static dev.labelj.ui.actions.ActionId.ZOOM_ORIGINAL;
import static dev.labelj.ui.actions.ActionId.ZOOM_OUT;
import static dev.labelj.ui.actions.ActionId.DATASET_STATS;
import static dev.labelj.ui.actions.ActionId.VALIDATE_DATASET;
import static dev.labelj.ui.actions.ActionId.EXPORT_DATASET;
import static dev.labelj.ui.actions.ActionId.BRIGHTER;
import static dev.labelj.ui.actions.ActionId.DARKER;
import static dev.labelj.ui.actions.ActionId.MORE_CONTRAST;
import static dev.labelj.ui.actions.ActionId.LESS_CONTRAST;
import static dev.labelj.ui.actions.ActionId.RESET_ADJUSTMENT;
import static dev.labelj.ui.actions.ActionId.LINE_WIDTH;
import static dev.labelj.ui.actions.ActionId.LABEL_COLOR;
import static dev.labelj.ui.actions.ActionId.LABEL_COLOR_DEFAULT;

import dev.labelj.ui.support.Words;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JButton;
import javax.swing.JToolBar;

/**
 * Builds the menu bar, toolbar and canvas popup from lists of action ids, in labelImg's order. Ids the window
 * has not defined are left out; {@code null} in a list is a separator; {@link ActionId#OPEN_RECENT} is where
 * the Open Recent submenu goes.
 */
public final class Menus {
    private static final List<ActionId> FILE = Arrays.asList(OPEN_FILE, OPEN_DIR, CHANGE_SAVE_DIR, OPEN_ANNOTATION,
            OPEN_RECENT, SAVE,
            SAVE_AS, SAVE_FORMAT, CLOSE, null, DELETE_IMAGE, UNDO_DELETE_IMAGE, null, RESET_SETTINGS, null, QUIT);
    private static final List<ActionId> EDIT = Arrays.asList(CREATE_BOX, EDIT_LABEL, DUPLICATE_BOX, DELETE_BOX,
            ActionId.TIGHTEN_BOX, COPY_PREVIOUS, COPY_BOXES, PASTE_BOXES, VERIFY_IMAGE, null, UNDO, REDO, null, DRAW_SQUARES, null,
            LABEL_COLOR, LABEL_COLOR_DEFAULT);
    private static final List<ActionId> VIEW = Arrays.asList(AUTO_SAVE, SINGLE_CLASS, DISPLAY_LABELS,
            ActionId.CROSSHAIR, ActionId.LOUPE, null,
            HIDE_ALL, SHOW_ALL, null, ZOOM_IN, ZOOM_OUT,
            ZOOM_ORIGINAL, FIT_WINDOW, FIT_WIDTH, null, ActionId.NEXT_BOX, ActionId.PREVIOUS_BOX,
            ActionId.ZOOM_TO_BOX, null, BRIGHTER, DARKER, MORE_CONTRAST, LESS_CONTRAST,
            RESET_ADJUSTMENT, null, NEXT_IMAGE, PREVIOUS_IMAGE, RESCAN, null, TRAINING_RESULTS,
            null, THEME, LANGUAGE, LINE_WIDTH);
    private static final List<ActionId> TOOLS = Arrays.asList(DATASET_STATS, VALIDATE_DATASET, EXPORT_DATASET, null,
            ActionId.EDIT_CLASSES, ActionId.UNDO_CLASS_EDIT, null,
            ActionId.AUTO_LABEL, ActionId.COMPARE_WITH_MODEL, ActionId.ACCEPT_MODEL_FIX, null, ActionId.FRAMES);
    /** Plain submenus, at their marker id in a menu list. */
    private static final Map<ActionId, List<ActionId>> SUBMENUS = Map.of(ActionId.AUTO_LABEL,
            Arrays.asList(ActionId.CHOOSE_MODEL, ActionId.PREDICT_IMAGE, ActionId.PREDICT_FOLDER, null,
                    ActionId.ACCEPT_PROPOSALS, ActionId.NEXT_PROPOSALS),
            ActionId.FRAMES, Arrays.asList(ActionId.TRACK_NEXT, ActionId.TRACK_FORWARD, ActionId.INTERPOLATE));
    private static final List<ActionId> HELP = Arrays.asList(SHORTCUTS, null, ABOUT);
    /** Submenus of radio items, at their marker id in a menu list. */
    private static final Map<ActionId, List<ActionId>> CHOICES = Map.of(
            THEME, List.of(THEME_LIGHT, THEME_DARK, THEME_SYSTEM),
            LANGUAGE, List.of(LANGUAGE_SYSTEM, LANGUAGE_ENGLISH, LANGUAGE_CHINESE),
            LINE_WIDTH, List.copyOf(ActionId.lineWidths().keySet()));
    private static final List<ActionId> TOOLBAR = Arrays.asList(OPEN_DIR, CHANGE_SAVE_DIR, NEXT_IMAGE,
            PREVIOUS_IMAGE, VERIFY_IMAGE, SAVE, SAVE_FORMAT, null, CREATE_BOX, DUPLICATE_BOX, DELETE_BOX, null, UNDO,
            REDO, null,
            ZOOM_IN, ZOOM_OUT, FIT_WINDOW, FIT_WIDTH);
    private static final List<ActionId> POPUP = List.of(CREATE_BOX, EDIT_LABEL, DUPLICATE_BOX, DELETE_BOX,
            ActionId.TIGHTEN_BOX, LABEL_COLOR);

    private Menus() {
    }

    /**
     * The main window's menu bar with its menus' titles only: {@link #fill} adds their entries (about 80 items, 20-45
     * ms cold at start, docs/adr/0176). The keys of every command work before that: they are bound to the window.
     */
    public static JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        bar.add(titled("menu.file", KeyEvent.VK_F));
        bar.add(titled("menu.edit", KeyEvent.VK_E));
        bar.add(titled("menu.view", KeyEvent.VK_V));
        bar.add(titled("menu.tools", KeyEvent.VK_T));
        bar.add(titled("menu.help", KeyEvent.VK_H));
        return bar;
    }

    /** Adds the entries to the menus of a {@link #menuBar()}; {@code recent} is the Open Recent submenu. Once. */
    public static void fill(JMenuBar bar, AppActions actions, JMenu recent) {
        List<List<ActionId>> menus = List.of(FILE, EDIT, VIEW, TOOLS, HELP);
        for (int i = 0; i < menus.size(); i++) {
            addEntries(bar.getMenu(i), menus.get(i), actions, i == 0 ? recent : null);
        }
    }

    /**
     * The toolbar, at its final size: its actions are {@linkplain AppActions#prepare prepared} when not yet defined,
     * so it can be made before the commands are (docs/adr/0179); {@link #keepWords} once they are.
     */
    public static JToolBar toolBar(AppActions actions) {
        JToolBar bar = new JToolBar();
        bar.setName("toolBar");
        bar.setFloatable(false);
        for (ActionId id : TOOLBAR) {
            if (id == null) {
                bar.addSeparator();
            } else {
                JButton button = bar.add(actions.prepare(id));
                button.setName("tool." + id.key());
                // labelImg's toolbar: the icon with its word under it; the tooltip says more
                button.setHideActionText(false);
            }
        }
        keepWords(bar, actions);
        return bar;
    }

    /**
     * The toolbar keeps its width: a command whose name says what it would act on ("Undo Move box", for the menu and
     * the tooltip) keeps its plain word on its button. Again after commands are defined; the word is the same.
     */
    public static void keepWords(JToolBar bar, AppActions actions) {
        for (Component part : bar.getComponents()) {
            if (part instanceof JButton button && button.getAction() instanceof CommandAction action
                    && action.hasChangingName() && !button.getHideActionText()) {
                button.setHideActionText(true);
                Words.keyed(button, "action." + action.id());
            }
        }
    }

    /** The canvas's right-click menu. */
    public static JPopupMenu canvasPopup(AppActions actions) {
        JPopupMenu popup = new JPopupMenu();
        popup.setName("canvasPopup");
        for (ActionId id : POPUP) {
            if (actions.isDefined(id)) {
                popup.add(item(actions.get(id)));
            }
        }
        return popup;
    }

    private static JMenu titled(String key, int mnemonic) {
        JMenu menu = Words.keyed(new JMenu(), key);
        menu.setName(key);
        menu.setMnemonic(mnemonic);
        return menu;
    }

    private static void addEntries(JMenu menu, List<ActionId> ids, AppActions actions, JMenu recent) {
        boolean separatorPending = false;
        for (ActionId id : ids) {
            if (id == null) {
                separatorPending = menu.getItemCount() > 0;
                continue;
            }
            JMenuItem entry = entry(id, actions, recent);
            if (entry == null) {
                continue;
            }
            if (separatorPending) {
                menu.addSeparator();
                separatorPending = false;
            }
            menu.add(entry);
        }
    }

    /** The menu entry for {@code id}, or null when the window has not defined it. */
    private static JMenuItem entry(ActionId id, AppActions actions, JMenu recent) {
        if (id == OPEN_RECENT && recent != null) {
            return recent;
        }
        if (SUBMENUS.containsKey(id)) {
            JMenu submenu = titled("action." + id.key(), 0);
            addEntries(submenu, SUBMENUS.get(id), actions, null);
            return submenu.getItemCount() == 0 ? null : submenu;
        }
        if (CHOICES.containsKey(id)) {
            List<CommandAction> choices = CHOICES.get(id).stream().filter(actions::isDefined).map(actions::get).toList();
            return choices.isEmpty() ? null : ChoiceMenu.of(id, choices);
        }
        return actions.isDefined(id) ? item(actions.get(id)) : null;
    }

    private static JMenuItem item(CommandAction action) {
        JMenuItem item = action.isToggle() ? new JCheckBoxMenuItem(action) : new JMenuItem(action);
        item.setName(action.id());
        return item;
    }
}
