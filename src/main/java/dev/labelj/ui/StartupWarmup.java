package dev.labelj.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import dev.labelj.image.OpenCv;
import dev.labelj.ui.actions.ActionIcons;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.support.ThemeSupport;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import javax.swing.UIManager;

/**
 * Start-up work that does not need the command line: the AWT toolkit and the look and feel
 * (about half of start-up) are set up on their own thread while the command line is parsed and the
 * natives load (docs/adr/0025). FlatLaf is installed before any component exists, as its own
 * start-up code does on the main thread; the window is built on the EDT only after that finished.
 */
public final class StartupWarmup {
    /** Classes the main window needs, loaded here so the EDT does not wait for them. */
    private static final List<String> WINDOW_CLASSES = List.of(
            "javax.swing.JFrame", "javax.swing.JRootPane", "javax.swing.JMenuBar", "javax.swing.JMenu",
            "javax.swing.JMenuItem", "javax.swing.JPopupMenu", "javax.swing.JSplitPane", "javax.swing.JList",
            "javax.swing.JScrollPane", "javax.swing.JScrollBar", "javax.swing.JLabel", "javax.swing.JViewport",
            "com.formdev.flatlaf.ui.FlatRootPaneUI", "com.formdev.flatlaf.ui.FlatMenuBarUI",
            "com.formdev.flatlaf.ui.FlatMenuUI", "com.formdev.flatlaf.ui.FlatMenuItemUI",
            "com.formdev.flatlaf.ui.FlatSplitPaneUI", "com.formdev.flatlaf.ui.FlatListUI",
            "com.formdev.flatlaf.ui.FlatScrollPaneUI", "com.formdev.flatlaf.ui.FlatScrollBarUI",
            "com.formdev.flatlaf.ui.FlatLabelUI", "com.formdev.flatlaf.ui.FlatViewportUI",
            "dev.labelj.ui.MainWindow", "dev.labelj.ui.panels.FileListPanel", "dev.labelj.ui.canvas.BoxCanvas",
            "dev.labelj.ui.session.ImageSession", "dev.labelj.ui.browse.ImagePipeline", "dev.labelj.image.ImageCache", "dev.labelj.image.ImageFolder");

    /**
     * The X toolkit's keyboard tables (about 1,000 keysyms in hash tables), made by the first key event on the toolkit
     * thread: 2-4 ms of the first D's or the first Ctrl+S's path (docs/adr/0190). Their class has no access to the
     * display in its initialiser, so another thread can make them; elsewhere than X11 there is no such class.
     */
    static final String KEYBOARD_TABLES = "sun.awt.X11.XKeysym";

    private static Thread thread;

    private StartupWarmup() {
    }

    /** Starts the warm-up (once) and the loading of the OpenCV natives; does nothing without a display. */
    public static synchronized void start() {
        if (thread != null || GraphicsEnvironment.isHeadless()) {
            return;
        }
        OpenCv.loadInBackground();
        thread = new Thread(StartupWarmup::warm, "startup-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm() {
        try {
            ThemeSupport.setUpLight();
        } catch (RuntimeException | LinkageError e) {
            // e.g. no usable display: the EDT sets the look and feel up again and reports the failure
            return;
        }
        ClassLoader loader = StartupWarmup.class.getClassLoader();
        for (String name : WINDOW_CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a head start: the EDT loads whatever is missing itself
            }
        }
        // on a thread of its own: the EDT waits for this one (the look and feel), not for the icons
        Thread icons = new Thread(StartupWarmup::warmIcons, "startup-icons");
        icons.setDaemon(true);
        icons.start();
    }

    /**
     * Parses the toolbar's and menus' SVG icons into FlatLaf's shared cache of SVG documents and draws one, so the
     * window's first paint on the EDT finds them parsed (about 30 ms of it before, docs/adr/0173). Returns how many
     * icons were found.
     */
    static int warmIcons() {
        int found = 0;
        BufferedImage scratch = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            for (ActionId id : ActionIcons.names().keySet()) {
                Optional<FlatSVGIcon> icon = ActionIcons.icon(id, 16);
                if (icon.isPresent() && icon.get().hasFound()) {
                    found++;
                    if (found == 1) {
                        icon.get().paintIcon(null, g, 0, 0);
                    }
                }
            }
        } catch (RuntimeException e) {
            // only a head start: the first paint parses whatever is missing itself
        } finally {
            g.dispose();
        }
        return found;
    }

    /** Makes the keyboard tables on a thread of its own; call after the first picture, when the start is done. */
    static void warmKeyboard() {
        Thread keyboard = new Thread(() -> {
            try {
                Class.forName(KEYBOARD_TABLES, true, null);
            } catch (ClassNotFoundException | LinkageError e) {
                // not X11, or not this JDK's toolkit: the first key makes whatever it needs itself
            }
        }, "startup-keyboard");
        keyboard.setDaemon(true);
        keyboard.start();
    }

    /**
     * Call on the EDT before making the first component: waits for the warm-up when one was started,
     * and installs the look and feel here when none was (tests) or it did not take.
     */
    public static void awaitLookAndFeel() {
        Thread started;
        synchronized (StartupWarmup.class) {
            started = thread;
        }
        if (started != null) {
            try {
                started.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!(UIManager.getLookAndFeel() instanceof FlatLaf)) {
            ThemeSupport.setUpLight();
        }
    }
}
