package dev.labelj.ui;

import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.Menus;
import dev.labelj.ui.commands.CommandWindow;
import dev.labelj.ui.panels.AppKeys;
import dev.labelj.ui.panels.FileListPanel;
import dev.labelj.ui.panels.StatusBar;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JToolBar;
import javax.swing.WindowConstants;

/**
 * The main window's layout: menu, toolbar, image view, side panels, status bar. It listens to nothing itself.
 * The box column (the box list and the bars over it) is put in its place after the first picture is on the
 * screen ({@link #showBoxColumn}); until then the place is kept empty at the box list's size.
 */
public final class MainWindow extends JFrame implements CommandWindow {
    /**
     * The box column's size, fixed: the side column has it before the column is made and after (the bars over
     * the list fit its width).
     */
    private static final Dimension BOX_COLUMN_SIZE = new Dimension(264, 270);
    private final JComponent imageArea;
    private final FileListPanel fileList;
    private final StatusBar statusBar;
    private final JSplitPane split;
    private final JPanel boxColumn = new JPanel(new BorderLayout());
    private JToolBar toolBar;

    public MainWindow(JComponent imageArea, FileListPanel fileList, StatusBar statusBar) {
        super(Messages.get("app.name"));
        this.imageArea = imageArea;
        this.fileList = fileList;
        this.statusBar = statusBar;
        setName("mainWindow");
        // closing asks about unsaved boxes first (see App): the window is disposed once that is settled
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        boxColumn.setPreferredSize(BOX_COLUMN_SIZE);
        JSplitPane side = new JSplitPane(JSplitPane.VERTICAL_SPLIT, boxColumn, fileList);
        side.setResizeWeight(0.5);
        side.setBorder(null);
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, imageArea, side);
        split.setResizeWeight(1.0);
        add(split, BorderLayout.CENTER);
        add(statusBar, BorderLayout.SOUTH);
    }

    /**
     * Puts {@code aboveBoxes} over {@code boxList} in the place kept for them, the window's single keys passing
     * through them as through the rest of the window (see {@link #install}). Once; EDT.
     */
    public void showBoxColumn(JComponent aboveBoxes, JComponent boxList) {
        boxColumn.add(aboveBoxes, BorderLayout.NORTH);
        boxColumn.add(boxList, BorderLayout.CENTER);
        AppKeys.releaseAll(boxColumn);
        boxColumn.revalidate();
    }

    /** The place of the box list and the bars over it (repainted when label colours change). */
    public JComponent boxColumn() {
        return boxColumn;
    }

    /**
     * Menu titles and the toolbar (its actions prepared when not yet defined); then the window takes its size. The
     * keys come with {@link #bindKeys}, the menus' entries with {@link #fillMenus}.
     */
    public void install(AppActions actions) {
        setJMenuBar(Menus.menuBar());
        add(toolBar = Menus.toolBar(actions), BorderLayout.NORTH);
        AppKeys.releaseAll(getContentPane());
        pack();
        setLocationRelativeTo(null);
    }

    /** Binds every defined command's keys to the window, once they are defined. */
    public void bindKeys(AppActions actions) {
        actions.bindKeys(getRootPane());
        Menus.keepWords(toolBar, actions);
    }

    /** Adds the menus' entries; {@code recent} is the Open Recent submenu. Once; EDT. */
    public void fillMenus(AppActions actions, JMenu recent) {
        Menus.fill(getJMenuBar(), actions, recent);
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
