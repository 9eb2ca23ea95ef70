package dev.labelj.ui.panels;

import java.awt.event.KeyListener;
import java.beans.PropertyChangeListener;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicListUI;

/**
 * Stops a JList from jumping to the first name starting with a typed letter, so D and A keep meaning
 * next / previous image while the list has focus. That prefix search is not a key binding: the list's
 * look and feel (BasicListUI, which FlatLaf extends) does it in a key listener on key-typed events,
 * which runs before any binding. So that listener is removed, again after every look-and-feel change.
 */
public final class FileListKeys {
    private static final String APPLIED = FileListKeys.class.getName();

    private FileListKeys() {
    }

    /** No first-letter search on {@code list}, and the single-key commands pass through it. */
    public static void apply(JList<?> list) {
        stopFirstLetterSearch(list);
        AppKeys.release(list);
        // a scroll pane around the list binds the arrows to scrolling for its focused descendants
        list.addHierarchyListener(e -> {
            JScrollPane pane = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, list);
            if (pane != null) {
                AppKeys.release(pane);
            }
        });
    }

    /** Removes the look and feel's prefix-search listener now and whenever the UI is replaced. */
    public static void stopFirstLetterSearch(JList<?> list) {
        removeUiKeyListeners(list);
        if (list.getClientProperty(APPLIED) == null) {
            PropertyChangeListener again = e -> removeUiKeyListeners(list);
            list.addPropertyChangeListener("UI", again);
            list.putClientProperty(APPLIED, Boolean.TRUE);
        }
    }

    private static void removeUiKeyListeners(JList<?> list) {
        for (KeyListener listener : list.getKeyListeners()) {
            if (isFromBasicListUi(listener)) {
                list.removeKeyListener(listener);
            }
        }
    }

    /** The UI's handler is a nested class of BasicListUI (or of a subclass such as FlatListUI). */
    private static boolean isFromBasicListUi(KeyListener listener) {
        for (Class<?> type = listener.getClass(); type != null; type = type.getEnclosingClass()) {
            if (BasicListUI.class.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }
}
