package dev.labelj.ui;

import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.Menus;
import dev.labelj.ui.commands.CommandWindow;
import dev.labelj.ui.panels.AppKeys;
import dev.labelj.ui.panels.FileListPanel;
import dev.labelj.ui.panels.StatusBar;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.WindowConstants;

/** The main window's layout: menu, toolbar, image view, side panels, status bar. It listens to nothing itself. */
public final class MainWindow extends JFrame implements CommandWindow {
    private final JComponent imageArea;
    private final FileListPanel fileList;
    private final StatusBar statusBar;
    private final JSplitPane split;

    public MainWindow(JComponent imageArea, JComponent boxList, FileListPanel fileList, StatusBar statusBar) {
        this(imageArea, null, boxList, fileList, statusBar);
    }

    /** {@code aboveBoxes} (may be null) sits over the box list: the default-label bar. */
    public MainWindow(JComponent imageArea, JComponent aboveBoxes, JComponent boxList, FileListPanel fileList,
            StatusBar statusBar) {
        super(Messages.get("app.name"));
        this.imageArea = imageArea;
        this.fileList = fileList;
        this.statusBar = statusBar;
        setName("mainWindow");
        // closing asks about unsaved boxes first (see App): the window is disposed once that is settled
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        JComponent boxes = boxList;
        if (aboveBoxes != null) {
            JPanel stack = new JPanel(new BorderLayout());
            stack.add(aboveBoxes, BorderLayout.NORTH);
            stack.add(boxList, BorderLayout.CENTER);
            boxes = stack;
        }
        JSplitPane side = new JSplitPane(JSplitPane.VERTICAL_SPLIT, boxes, fileList);
        side.setResizeWeight(0.5);
        side.setBorder(null);
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, imageArea, side);
        split.setResizeWeight(1.0);
        add(split, BorderLayout.CENTER);
        add(statusBar, BorderLayout.SOUTH);
    }

    /** Menus, toolbar and keys, once every action is defined; then the window takes its size. */
    public void install(AppActions actions, JMenu recent) {
        setJMenuBar(Menus.menuBar(actions, recent));
        add(Menus.toolBar(actions), BorderLayout.NORTH);
        actions.bindKeys(getRootPane());
        AppKeys.releaseAll(getContentPane());
        pack();
        setLocationRelativeTo(null);
    }

    @Override
    public JFrame frame() {
        return this;
    }

    @Override
    public void showStatus(String text) {
        statusBar.show(text);
    }

    public JMenu fileMenu() {
        return getJMenuBar().getMenu(0);
    }

    public JSplitPane splitPane() {
        return split;
    }

    public FileListPanel fileList() {
        return fileList;
    }

    public JComponent imageArea() {
        return imageArea;
    }
}
