package dev.labelj.ui.session;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.DiskState;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The window's saves of the open image: written only over the files as they were read
 * (docs/adr/0130-changed-on-disk.md). A file changed on disk since makes Ctrl+S, Space or a Save answer to the
 * unsaved-changes prompt ask what to do; auto-save never asks and never overwrites. Only the EDT calls these.
 */
final class SessionSaves {
    private final AnnotationSaver saver = new AnnotationSaver();
    private final ChangedOnDisk changedOnDisk = new ChangedOnDisk();
    private final AnnotationDocument document;
    private final AnnotationOpener opener;
    private final BrowseListener broadcast;
    private final Supplier<SessionFiles> files;
    private final IntSupplier index;
    private final Runnable reload;
    private Runnable saveAs = () -> { };

    SessionSaves(AnnotationDocument document, AnnotationOpener opener, BrowseListener broadcast,
            Supplier<SessionFiles> files, IntSupplier index, Runnable reload) {
        this.document = document;
        this.opener = opener;
        this.broadcast = broadcast;
        this.files = files;
        this.index = index;
        this.reload = reload;
    }

    /** The save thread's warm-up for the format saved in now (docs/adr/0170); see {@link AnnotationSaver#warmUp}. */
    CompletableFuture<Integer> warmUp() {
        return saver.warmUp(files.get().saveFormat());
    }

    /** What the changed-on-disk question offers as Save As (the window's own Save As). */
    void setSaveAs(Runnable command) {
        saveAs = command;
    }

    void setChangedPrompt(ChangedOnDisk.Prompt prompt) {
        changedOnDisk.setPrompt(prompt);
    }

    void setDialogParent(Component parent) {
        changedOnDisk.setParent(parent);
    }

    /**
     * Writes the open image's boxes; {@code after} runs once they are written. {@code automatic}: auto-save,
     * which stays on the image and says why when a file changed on disk.
     */
    void save(Runnable after, boolean automatic) {
        if (!document.hasImage() || !document.isEditable()) {
            return;
        }
        write(opener.seen(document.current().imageFile()), after, automatic);
    }

    /** {@code seen} empty: the user chose to overwrite what is on disk now. */
    private void write(Optional<DiskState> seen, Runnable after, boolean automatic) {
        int at = index.getAsInt();
        saver.save(files.get(), document.current(), seen, saved -> {
            opener.wrote(saved.after());
            document.markSaved(saved.written());
            broadcast.saved(at, saved.file());
            broadcast.notice(saved.warnings().isEmpty() ? Messages.get("status.saved", saved.file())
                    : Messages.get("status.savedWithWarnings", saved.file(), saved.warnings().get(0)));
            after.run();
        }, error -> failed(error, after, automatic));
    }

    private void failed(Throwable error, Runnable after, boolean automatic) {
        if (!AnnotationSaver.changedOnDisk(error)) {
            broadcast.saveFailed(document.current().imageFile(), AnnotationSaver.describe(error));
            return;
        }
        Path changed = ((AnnotationIoException) error).file();
        if (automatic) {
            broadcast.stayed(index.getAsInt());
            broadcast.notice(Messages.get("status.changedNotAutoSaved", changed));
            return;
        }
        switch (changedOnDisk.ask(changed, document.current().imageFileName())) {
            case RELOAD -> reload.run();
            case KEEP_MINE -> write(Optional.empty(), after, false);
            case SAVE_AS -> {
                broadcast.stayed(index.getAsInt());
                saveAs.run();
            }
            case CANCEL -> broadcast.stayed(index.getAsInt());
        }
    }
}
