package dev.labelj.ui;

import dev.labelj.ui.commands.Labeller;
import dev.labelj.ui.commands.ModeCommands;
import dev.labelj.ui.commands.MainCommands;
import dev.labelj.ui.commands.LooksCommands;
import dev.labelj.ui.commands.LabelColorCommands;
import dev.labelj.ui.commands.FileCommands;
import dev.labelj.ui.commands.BoxTransfer;
import dev.labelj.ui.commands.BoxCommands;
import dev.labelj.ui.commands.BoxCycling;
import dev.labelj.ui.commands.TightenCommand;
import dev.labelj.ui.commands.AdjustCommands;
import dev.labelj.image.OpenCv;
import dev.labelj.settings.ResetScope;
import dev.labelj.settings.SettingsStore;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.assist.AutoLabelCommands;
import dev.labelj.ui.assist.TrackNextCommand;
import dev.labelj.ui.actions.Menus;
import dev.labelj.ui.actions.RecentMenu;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.canvas.BoxVisibility;
import dev.labelj.ui.canvas.CanvasScrollBars;
import dev.labelj.ui.panels.BoxListPanel;
import dev.labelj.ui.panels.ClassKeysBar;
import dev.labelj.ui.panels.ProposalFloorBar;
import dev.labelj.ui.panels.DefaultLabelBar;
import dev.labelj.ui.panels.FileListPanel;
import dev.labelj.ui.panels.StatusBar;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.LaunchOptions;
import dev.labelj.ui.session.SettingsStartup;
import dev.labelj.ui.support.Languages;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Words;
import dev.labelj.ui.support.StartupTrace;
import dev.labelj.ui.support.ThemeSupport;
import dev.labelj.ui.tools.FrameRuns;
import dev.labelj.ui.tools.ModelAudit;
import dev.labelj.ui.tools.ToolsCommands;
import java.awt.BorderLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/** Composition root: builds the window and its collaborators and wires them together; holds no session state. */
public final class App {
    private final MainWindow window;
    private final AnnotationDocument document = new AnnotationDocument();
    private final BoxSelection selection = new BoxSelection();
    private final BoxVisibility visibility = new BoxVisibility();
    private final BoxCanvas canvas;
    private final ImageSession session;
    private final Labeller labeller;
    private final SettingsStore settings;
    private final SettingsWiring settingsWiring;
    private final WindowCompletion completion;

    private App(LaunchOptions options, SettingsStartup startup) {
        settings = startup.store();
        // Command-line values win for this launch and are remembered (the folder when it opens).
        options.format().ifPresent(format -> settings.updateSettings(s -> s.withSaveFormat(format)));
        session = new ImageSession(startup.plan(), document);
        // the scan runs while the window is built; its result reaches the window through the EDT
        session.openPlanned();
        Messages.warmUp();
        StartupWarmup.awaitLookAndFeel();
        ThemeSupport.ensure(settings.settings().theme());
        StartupTrace.mark("look and feel installed");
        CanvasEvents canvasEvents = new CanvasEvents();
        canvas = new BoxCanvas(document, selection, visibility, canvasEvents);
        canvas.setHint(Messages.get("view.emptyHint"));
        completion = new WindowCompletion();
        FileListPanel fileList = new FileListPanel(session::request);
        completion.add(fileList::build);
        StatusBar statusBar = new StatusBar();
        labeller = new Labeller(canvas);
        ClassKeysBar classKeys = new ClassKeysBar();
        labeller.onChange(() -> classKeys.show(labeller.classes().names(), labeller.nextLabel()));
        window = new MainWindow(new CanvasScrollBars(canvas), fileList, statusBar);
        session.setDialogParent(window);
        settingsWiring = new SettingsWiring(window, session, settings);
        BoxCommands boxCommands = new BoxCommands(document, selection, visibility, canvas, labeller);
        AppActions actions = new AppActions();
        MainCommands mainCommands = new MainCommands(window, session, settings, document);
        FontNotice fontNotice = new FontNotice(FontNotice.labelFont(), window::showStatus);
        fontNotice.startsIn(settings.settings().language());
        session.addListener(fontNotice);
        LooksCommands looks = new LooksCommands(window, settings, () -> {
            relabel(actions, mainCommands, statusBar);
            classKeys.relabel();
            // after the "language switched" message, which the switch shows next
            SwingUtilities.invokeLater(() -> fontNotice.switchedTo(settings.settings().language()));
        });
        BoxTransfer boxTransfer = new BoxTransfer(document, selection, window::showStatus);
        ModelAudit audit = new ModelAudit(window, session, document, selection, canvas);
        ModeCommands modes = new ModeCommands(settings, session, document, canvas, labeller, window);
        LabelColorCommands labelColors = new LabelColorCommands(window, settings, document, selection, canvas,
                window.boxColumn(), () -> labeller.classes().names());
        // the first picture is painted with the settings' modes and colours; the commands come after it
        modes.apply(settings.settings());
        labelColors.apply();
        labeller.onChange(labelColors::apply);
        List<Consumer<AppActions>> commandSets = List.of(mainCommands::defineIn, looks::defineIn,
                new FileCommands(window, session, document)::defineIn, boxTransfer::defineIn,
                new ToolsCommands(window, session, selection)::defineIn, audit::defineIn,
                new AutoLabelCommands(window, session, document, selection, settings, () -> labeller.classes().names(),
                        audit)::defineIn,
                boxCommands::defineIn,
                new TightenCommand(document, selection, canvas::decoded, window::showStatus)::defineIn,
                new TrackNextCommand(window, session, document, canvas::decoded)::defineIn,
                new FrameRuns(window, session, document)::defineIn,
                new BoxCycling(document, selection, canvas)::defineIn,
                modes::defineIn,
                new AdjustCommands(settings, canvas, statusBar)::defineIn,
                labelColors::defineIn);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                completion.complete();
                mainCommands.quit();
            }
        });
        mainCommands.afterReset(scope -> {
            modes.apply(settings.settings());
            labelColors.apply();
            if (scope == ResetScope.EVERYTHING) {
                settingsWiring.rememberWhereTheUserIs();
            }
        });
        canvasEvents.connect(boxCommands, () -> Menus.canvasPopup(actions), statusBar, session, canvas);
        // the toolbar at its final size (the format it names too), its commands attached after the first picture
        mainCommands.showFormat(actions);
        window.install(actions);
        completion.completeWhenOpened(window.getJMenuBar());
        completion.completeOnFirstInput(window);
        DocumentWiring documentWiring = new DocumentWiring(document, selection, visibility, actions, labeller);
        documentWiring.connect(boxTransfer);
        completion.add(() -> {
            commandSets.forEach(commands -> commands.accept(actions));
            window.bindKeys(actions);
            actions.refresh();
        });
        completion.add(() -> window.fillMenus(actions,
                new RecentMenu(settings, session::openRecent, window::showStatus)));
        canvas.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                session.setViewSize(canvas.getWidth(), canvas.getHeight());
            }
        });
        WindowTitle title = new WindowTitle(window, document);
        // right after the canvas the picture it was just given goes to the screen; then the window is completed
        List.of(title, fileList, canvas, new PictureFirst(canvas), completion, statusBar,
                new SessionClasses(session, labeller), new LabelledCount(session, statusBar, session.firstImage()))
                .forEach(session::addListener);
        completion.add(() -> makeBoxColumn(classKeys, documentWiring, boxCommands, modes, actions));
        session.firstImage().whenOpen(StartupWarmup::warmKeyboard);
        session.addListener(refreshing(actions));
        session.addListener(new SaveFailures(window));
        fileList.setStatusLookup((root, image) -> session.files().store().status(image));
    }

    /** The box list and the bars over it, made after the first picture (their first instances cost 40-90 ms cold). */
    private void makeBoxColumn(ClassKeysBar classKeys, DocumentWiring documentWiring, BoxCommands boxCommands,
                               ModeCommands modes, AppActions actions) {
        BoxListPanel boxList = new BoxListPanel(label -> canvas.palette().of(label));
        DefaultLabelBar defaultLabelBar = new DefaultLabelBar(() -> labeller.classes().names());
        defaultLabelBar.show(settings.settings().defaultLabelEnabled(), settings.settings().defaultLabel());
        defaultLabelBar.onChange(modes::setDefaultLabel);
        JPanel aboveBoxes = new JPanel(new BorderLayout());
        aboveBoxes.add(defaultLabelBar, BorderLayout.NORTH);
        aboveBoxes.add(classKeys, BorderLayout.CENTER);
        aboveBoxes.add(new ProposalFloorBar(visibility::setProposalFloor), BorderLayout.SOUTH);
        documentWiring.showIn(boxList, boxCommands, () -> Menus.canvasPopup(actions));
        window.showBoxColumn(aboveBoxes, boxList);
    }

    /** After a language switch: commands, menus, panels and the canvas hint in the new language. */
    private void relabel(AppActions actions, MainCommands mainCommands, StatusBar statusBar) {
        actions.relabel();
        statusBar.relabel();
        mainCommands.showFormat(actions);
        Words.relabel(window.getRootPane());
        canvas.setHint(Messages.get("view.emptyHint"));
        window.repaint();
    }

    private static BrowseListener refreshing(AppActions actions) {
        return new BrowseListener() {
            @Override
            public void imagesChanged(Path root, List<Path> images) {
                actions.refresh();
            }

            @Override
            public void loading(int index, Path image) {
                actions.refresh();
            }

            @Override
            public void closed() {
                actions.refresh();
            }
        };
    }

    /** Opens the main window for these options; returns at once (the window runs on the EDT). */
    public static void launch(LaunchOptions options) {
        StartupTrace.enable(options.traceTiming());
        StartupTrace.mark("main");
        OpenCv.loadInBackground();
        SettingsStartup startup = SettingsStartup.open(options);
        StartupTrace.mark("settings loaded");
        SwingUtilities.invokeLater(() -> ProcessEnd.after(start(options, startup).settingsClosed()));
    }

    /** Builds and shows the window on the EDT; returns the app so tests can reach it. */
    public static App start(LaunchOptions options) {
        return start(options, SettingsStartup.open(options));
    }

    private static App start(LaunchOptions options, SettingsStartup startup) {
        // the language chosen in the menu takes effect here, before any window reads its words
        Languages.apply(startup.store().settings().language());
        App app = new App(options, startup);
        StartupTrace.mark("window built");
        app.settingsWiring.beforeShow();
        app.window.setVisible(true);
        // the first key press must work before any click (seen under Xvfb + openbox)
        app.canvas.requestFocusInWindow();
        app.completion.windowShown(startup.plan().images().isPresent());
        app.settingsWiring.afterShow(startup);
        StartupTrace.mark("window shown");
        return app;
    }

    public MainWindow window() {
        return window;
    }

    /** Completes once every part of the window has been made (a moment after the first picture). */
    public java.util.concurrent.CompletableFuture<Void> windowCompleted() {
        return completion.done();
    }

    public BoxCanvas canvas() {
        return canvas;
    }

    public AnnotationDocument document() {
        return document;
    }

    /** The labels the label dialog offers now (tests). */
    public java.util.List<String> labelsOffered() {
        return labeller.classes().names();
    }

    public BoxSelection selection() {
        return selection;
    }

    public ImageSession session() {
        return session;
    }

    /** Tests: the window's settings exit hook, and when the close-time save has finished. */
    Thread settingsShutdownHook() {
        return settingsWiring.shutdownHook();
    }

    java.util.concurrent.CompletableFuture<Void> settingsClosed() {
        return settingsWiring.closed();
    }

    public SettingsStore settings() {
        return settings;
    }
}
