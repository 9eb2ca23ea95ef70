package dev.labelj.ui;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.actions.Actions;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.actions.CommandAction;
import dev.labelj.ui.canvas.ImageView;
import dev.labelj.ui.panels.FileListPanel;
import dev.labelj.ui.support.FileDialogs;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.StartupTrace;
import java.awt.BorderLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JOptionPane;
import javax.swing.JSplitPane;
import javax.swing.WindowConstants;

/** The main window's layout: menu, image view, file list, status bar. Behaviour lives elsewhere. */
public final class MainWindow extends JFrame implements BrowseListener {
    private final ImageSession browser;
    private final ImageView imageView = new ImageView();
    private final FileListPanel fileList;
    private final JLabel status = new JLabel(" ");
    private final Actions actions;
    private final CommandAction trainingResults = new CommandAction("trainingResults", null,
            () -> dev.labelj.ui.results.ResultsViewer.show(List.of()));
    private final JSplitPane split;
    private JMenu fileMenu;
    private FileDialogs fileDialogs = FileDialogs.forgetful();
    private java.util.function.Consumer<Path> folderOpener;

    public MainWindow(ImageSession browser) {
        super(Messages.get("app.name"));
        this.browser = browser;
        this.actions = createActions();
        this.fileList = new FileListPanel(browser::request);
        imageView.setHint(Messages.get("view.emptyHint"));
        setName("mainWindow");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setJMenuBar(createMenuBar());
        actions.bindKeys(getRootPane());
        imageView.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                browser.setViewSize(imageView.getWidth(), imageView.getHeight());
            }
        });
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, imageView, fileList);
        split.setResizeWeight(1.0);
        add(split, BorderLayout.CENTER);
        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        add(status, BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(null);
        refreshActions();
    }

    private Actions createActions() {
        return new Actions(
                new CommandAction("openDir", "ctrl U", this::chooseFolder),
                new CommandAction("nextImage", "D", browser::next),
                new CommandAction("previousImage", "A", browser::previous),
                new CommandAction("quit", "ctrl Q", this::dispose),
                new CommandAction("about", null, this::showAbout),
                new CommandAction("rescan", "F5", browser::rescan));
    }

    private JMenuBar createMenuBar() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu(Messages.get("menu.file"));
        file.setMnemonic(KeyEvent.VK_F);
        fileMenu = file;
        file.add(actions.openDir());
        file.addSeparator();
        file.add(actions.quit());
        JMenu view = new JMenu(Messages.get("menu.view"));
        view.setMnemonic(KeyEvent.VK_V);
        view.add(actions.nextImage());
        view.add(actions.previousImage());
        view.add(actions.rescan());
        view.addSeparator();
        view.add(trainingResults);
        JMenu help = new JMenu(Messages.get("menu.help"));
        help.setMnemonic(KeyEvent.VK_H);
        help.add(actions.about());
        bar.add(file);
        bar.add(view);
        bar.add(help);
        return bar;
    }

    private void chooseFolder() {
        fileDialogs.chooseFolder(this, "openDir").ifPresent(folder -> {
            if (folderOpener != null) {
                folderOpener.accept(folder);
            } else {
                browser.open(folder);
            }
        });
    }

    private void showAbout() {
        JOptionPane.showMessageDialog(this, Messages.get("about.text",
                System.getProperty("java.version")), Messages.get("app.name"), JOptionPane.INFORMATION_MESSAGE);
    }

    private void refreshActions() {
        actions.nextImage().setEnabled(browser.hasNext());
        actions.previousImage().setEnabled(browser.hasPrevious());
    }

    private void updateTitle(Path image) {
        setTitle(Messages.get("title.image", image.getFileName(), browser.index() + 1, browser.images().size()));
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        fileList.setImages(root, images);
        status.setText(Messages.get("status.scanned", images.size(), root));
        if (images.isEmpty()) {
            imageView.showMessage(Messages.get("status.noImages", root));
        }
        refreshActions();
    }

    @Override
    public void loading(int index, Path image) {
        updateTitle(image);
        fileList.select(index);
        imageView.setBusy(true);
        refreshActions();
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        imageView.showImage(image);
        status.setText(image.isReduced()
                ? Messages.get("status.imageReduced", image.file(), image.width(), image.height(), image.reduction())
                : Messages.get("status.image", image.file(), image.width(), image.height()));
        StartupTrace.mark("first image painted");
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        imageView.showMessage(message);
        status.setText(message);
    }

    @Override
    public void scanProgress(Path root, int found) {
        status.setText(Messages.get("status.scanning", root, found));
    }

    @Override
    public void scanFailed(Path root, String message) {
        status.setText(Messages.get("status.scanFailed", root, message));
    }

    /** Remembers where each file dialog was left; set once the settings are loaded. */
    public void setFileDialogs(FileDialogs dialogs) {
        fileDialogs = dialogs;
    }

    /** Who opens a folder chosen with Open Dir (the app, which updates its plan first). */
    public void setFolderOpener(java.util.function.Consumer<Path> opener) {
        folderOpener = opener;
    }

    public void showStatus(String text) {
        status.setText(text);
    }

    public JMenu fileMenu() {
        return fileMenu;
    }

    public JSplitPane splitPane() {
        return split;
    }

    public FileListPanel fileList() {
        return fileList;
    }

    public Actions actions() {
        return actions;
    }

    public ImageView imageView() {
        return imageView;
    }

    public List<CommandAction> allActions() {
        return actions.all();
    }
}
