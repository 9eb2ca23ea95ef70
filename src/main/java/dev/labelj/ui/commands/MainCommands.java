package dev.labelj.ui.commands;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.Formats;
import dev.labelj.settings.ResetScope;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.ResetSettingsCommand;
import dev.labelj.ui.results.ResultsViewer;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.FileDialogs;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.ThemeSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Defines the window-level commands: folders, navigation, settings, help. */
public final class MainCommands {
    private final CommandWindow window;
    private final ImageSession session;
    private final SettingsStore store;

    private final AnnotationDocument document;
    private Consumer<ResetScope> afterReset = scope -> { };

    public MainCommands(CommandWindow window, ImageSession session, SettingsStore store, AnnotationDocument document) {
        this.window = window;
        this.document = document;
        this.session = session;
        this.store = store;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.OPEN_DIR, this::chooseFolder);
        actions.define(ActionId.NEXT_IMAGE, session::next, session::hasNext);
        actions.define(ActionId.PREVIOUS_IMAGE, session::previous, session::hasPrevious);
        actions.define(ActionId.RESCAN, session::rescan);
        actions.define(ActionId.QUIT, this::quit);
        actions.define(ActionId.OPEN_FILE, this::chooseFile);
        actions.define(ActionId.CHANGE_SAVE_DIR, this::chooseSaveDir);
        actions.define(ActionId.SAVE, session::save, document::isEditable);
        actions.define(ActionId.OPEN_ANNOTATION, new OpenAnnotationCommand(window, session, document, store)::run,
                document::isEditable);
        actions.define(ActionId.SAVE_FORMAT, () -> nextFormat(actions));
        actions.define(ActionId.TRAINING_RESULTS, () -> ResultsViewer.show(List.of()));
        actions.define(ActionId.RESET_SETTINGS, new ResetSettingsCommand(window.frame(), store,
                scope -> {
                    ThemeSupport.switchTo(store.settings().theme());
                    // the window saves in the format the settings now name, and its toggle says so
                    session.setFormat(store.settings().saveFormat());
                    showFormat(actions);
                    afterReset.accept(scope);
                }, window::showStatus));
    }

    /** What else puts the settings into effect once a reset has replaced them (modes, line width, colours). */
    public void afterReset(Consumer<ResetScope> apply) {
        afterReset = apply;
    }

    /** Quit and the window's close button: unsaved boxes are settled first. */
    public void quit() {
        session.leaveApp(window.frame()::dispose);
    }

    private void chooseFile() {
        FileDialogs.rememberingIn(store).chooseFile(window.frame(), "openFile", imageFolder()).ifPresent(session::open);
    }

    private void chooseSaveDir() {
        Path firstUse = session.plan().saveDir().orElse(imageFolder());
        FileDialogs.rememberingIn(store).chooseFolder(window.frame(), "changeSaveDir", firstUse).ifPresent(folder -> {
            session.changeSaveDir(folder);
            window.showStatus(Messages.get("status.saveDir", folder));
        });
    }

    /** Ctrl+Y: PascalVOC → YOLO → CreateML → PascalVOC, as labelImg cycles; remembered in the settings. */
    private void nextFormat(AppActions actions) {
        List<AnnotationFormat> all = Formats.all();
        AnnotationFormat now = Formats.byId(session.plan().format()).orElse(Formats.VOC);
        AnnotationFormat next = all.get((all.indexOf(now) + 1) % all.size());
        session.setFormat(next.id());
        store.updateSettings(s -> s.withSaveFormat(next.id()));
        showFormat(actions);
        window.showStatus(Messages.get("status.format", next.displayName()));
    }

    /** The format toggle's name says the format saved now ("Format: YOLO"); at start, before the toolbar is made. */
    public void showFormat(AppActions actions) {
        AnnotationFormat now = Formats.byId(session.plan().format()).orElse(Formats.VOC);
        actions.prepare(ActionId.SAVE_FORMAT).putValue(javax.swing.Action.NAME,
                Messages.get("action.saveFormat", now.displayName()));
    }

    /** The folder of the image shown, else the open folder, else null: where a first dialog makes sense. */
    private Path imageFolder() {
        if (document.hasImage()) {
            return document.current().imageFile().toAbsolutePath().getParent();
        }
        return session.root();
    }

    private void chooseFolder() {
        FileDialogs.rememberingIn(store).chooseFolder(window.frame(), "openDir", imageFolder())
                .ifPresent(folder -> session.openFolder(folder, store.history()));
    }

}
