package dev.labelj.ui.support;

import dev.labelj.settings.SettingsStore;
import dev.labelj.settings.WindowBounds;
import java.awt.Frame;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JSplitPane;

/**
 * Puts the main window and its divider back where the user left them, but only where a screen still
 * shows them (a monitor may have been unplugged), and remembers every move from then on.
 */
public final class WindowPlacement {
    /** How much of the title bar must lie on a screen for the user to be able to grab it. */
    static final int MIN_VISIBLE_WIDTH = 120;
    static final int MIN_VISIBLE_HEIGHT = 24;
    static final String MAIN_DIVIDER = "main";

    private WindowPlacement() {
    }

    /** Before the window is shown. */
    public static void restoreBounds(JFrame frame, SettingsStore store) {
        WindowBounds saved = store.history().window();
        if (saved == null) {
            return;
        }
        Rectangle bounds = new Rectangle(saved.x(), saved.y(), saved.width(), saved.height());
        if (isOnAScreen(bounds, screenBounds())) {
            frame.setBounds(bounds);
            if (saved.maximized()) {
                frame.setExtendedState(frame.getExtendedState() | Frame.MAXIMIZED_BOTH);
            }
        }
    }

    /** After the window is shown, when the split pane has its real size. */
    public static void restoreDivider(JSplitPane split, SettingsStore store) {
        store.history().divider(MAIN_DIVIDER).ifPresent(location -> {
            int max = split.getOrientation() == JSplitPane.HORIZONTAL_SPLIT ? split.getWidth() : split.getHeight();
            if (location > 0 && location < max) {
                split.setDividerLocation(location);
            }
        });
    }

    public static void track(JFrame frame, JSplitPane split, SettingsStore store) {
        frame.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                remember(frame, store);
            }

            @Override
            public void componentMoved(ComponentEvent e) {
                remember(frame, store);
            }
        });
        frame.addWindowStateListener(e -> remember(frame, store));
        split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> {
            if (split.isShowing()) {
                store.updateHistory(h -> h.withDivider(MAIN_DIVIDER, split.getDividerLocation()));
            }
        });
    }

    private static void remember(JFrame frame, SettingsStore store) {
        if (!frame.isShowing()) {
            return;
        }
        boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        WindowBounds previous = store.history().window();
        Rectangle normal = frame.getBounds();
        // A maximised window's bounds are the screen's; keep the normal bounds the user chose before.
        WindowBounds next = maximized && previous != null
                ? new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), true)
                : new WindowBounds(normal.x, normal.y, normal.width, normal.height, maximized);
        store.updateHistory(h -> h.withWindow(next));
    }

    static boolean isOnAScreen(Rectangle window, List<Rectangle> screens) {
        if (window.width < MIN_VISIBLE_WIDTH || window.height < MIN_VISIBLE_HEIGHT) {
            return false;
        }
        Rectangle titleBar = new Rectangle(window.x, window.y, window.width, MIN_VISIBLE_HEIGHT);
        return screens.stream().map(titleBar::intersection)
                .anyMatch(r -> r.width >= MIN_VISIBLE_WIDTH && r.height >= MIN_VISIBLE_HEIGHT);
    }

    private static List<Rectangle> screenBounds() {
        List<Rectangle> screens = new ArrayList<>();
        for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            screens.add(device.getDefaultConfiguration().getBounds());
        }
        return screens;
    }
}
