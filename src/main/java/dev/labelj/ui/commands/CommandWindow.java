package dev.labelj.ui.commands;

import javax.swing.JFrame;

/** What the commands need of the main window: the parent of their dialogs and the status line. */
public interface CommandWindow {
    JFrame frame();

    void showStatus(String text);
}
