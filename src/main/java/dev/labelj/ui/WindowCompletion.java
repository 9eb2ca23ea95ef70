package dev.labelj.ui;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.JMenuBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/**
 * Makes the parts of the main window the first picture does not need (the commands, the file list's list and
 * filter, the box column, the menus' entries) in the turn of the EDT the picture reached the screen in (it goes
 * first, alone: {@link PictureFirst}), so the window's first full paint shows them: the picture comes that much
 * sooner (docs/adr/0176, 0179). When no picture is coming (no folder, an empty one, a failed scan or decode), or it
 * is slow to decode, they are made anyway: at most {@link #LONGEST_WAIT_MS} after the window shows, or sooner when a
 * menu is opened, a key or the mouse pressed. EDT only.
 */
final class WindowCompletion implements BrowseListener {
    static final int LONGEST_WAIT_MS = 250;

    private final List<Runnable> parts = new ArrayList<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /** {@code part} runs once, when the window is completed; at once when it already is. */
    void add(Runnable part) {
        if (done.isDone()) {
            part.run();
        } else {
            parts.add(part);
        }
    }

    /** Call when the window has been made visible: {@code pictureComing} when a folder is being opened. */
    void windowShown(boolean pictureComing) {
        if (!pictureComing) {
            SwingUtilities.invokeLater(this::complete);
            return;
        }
        Timer timer = new Timer(LONGEST_WAIT_MS, e -> complete());
        timer.setRepeats(false);
        timer.start();
    }

    /** A menu opened before the window is complete is completed first, so it never opens empty. */
    void completeWhenOpened(JMenuBar bar) {
        for (int i = 0; i < bar.getMenuCount(); i++) {
            bar.getMenu(i).addMenuListener(new MenuListener() {
                @Override
                public void menuSelected(MenuEvent e) {
                    complete();
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
        }
    }

    /**
     * A key or mouse press in {@code window} before it is complete completes it first, so the press finds the
     * commands, which are made after the first picture (docs/adr/0179): the toolkit hands each event to its
     * listeners before the component it is for.
     */
    void completeOnFirstInput(Window window) {
        AWTEventListener firstPress = event -> {
            boolean press = event.getID() == KeyEvent.KEY_PRESSED || event.getID() == MouseEvent.MOUSE_PRESSED;
            if (press && event.getSource() instanceof Component c
                    && (c == window || SwingUtilities.getWindowAncestor(c) == window)) {
                complete();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(firstPress,
                AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        done.thenRun(() -> Toolkit.getDefaultToolkit().removeAWTEventListener(firstPress));
    }

    /** Completes when every part has been made. */
    CompletableFuture<Void> done() {
        return done;
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        complete();
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        complete();
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        if (images.isEmpty()) {
            complete();
        }
    }

    @Override
    public void scanFailed(Path root, String message) {
        complete();
    }

    @Override
    public void closed() {
        complete();
    }

    void complete() {
        if (done.isDone()) {
            return;
        }
        List<Runnable> due = List.copyOf(parts);
        parts.clear();
        due.forEach(Runnable::run);
        done.complete(null);
    }
}
