package dev.labelj.ui.commands;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.session.ImageRemoval;
import dev.labelj.ui.session.ImageRemoval.Removal;
import dev.labelj.ui.session.ImageRemoval.RemovalException;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.swing.JOptionPane;

/**
 * The File commands on the open image itself: Delete Image (Ctrl+Shift+D), Undo Delete Image and Save As.
 * Deleted images go into a {@code .deleted} folder beside them (docs/adr/0081-delete-image-into-deleted-folder.md);
 * every delete of the session can be undone, last first.
 */
public final class FileCommands {
    private final CommandWindow window;
    private final ImageSession session;
    private final AnnotationDocument document;
    private final Deque<Removal> removals = new ArrayDeque<>();

    public FileCommands(CommandWindow window, ImageSession session, AnnotationDocument document) {
        this.window = window;
        this.session = session;
        this.document = document;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.DELETE_IMAGE, this::deleteImage, document::hasImage);
        actions.define(ActionId.UNDO_DELETE_IMAGE, this::undoDelete, () -> !removals.isEmpty());
        actions.define(ActionId.CLOSE, session::close, session::isOpen);
        SaveAsCommand saveAs = new SaveAsCommand(window, session, document);
        actions.define(ActionId.SAVE_AS, saveAs::run, document::hasImage);
        session.setSaveAs(saveAs::run);
    }

    private void deleteImage() {
        if (!document.hasImage()) {
            return;
        }
        Path image = document.current().imageFile().toAbsolutePath().normalize();
        List<Path> files = ImageRemoval.filesOf(image, session.files().store().locator());
        if (!confirmed(image, files.size() - 1)) {
            return;
        }
        session.leaveImageThen(() -> remove(image, files));
    }

    private boolean confirmed(Path image, int annotations) {
        int answer = JOptionPane.showConfirmDialog(window.frame(),
                Messages.get("deleteImage.question", image.getFileName(), annotations, ImageRemoval.FOLDER),
                Messages.get("deleteImage.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        return answer == JOptionPane.OK_OPTION;
    }

    private void remove(Path image, List<Path> files) {
        Path then = neighbour(image);
        try {
            removals.push(ImageRemoval.remove(files));
        } catch (RemovalException e) {
            failed("deleteImage.failed", e);
            return;
        }
        window.showStatus(Messages.get("status.imageDeleted", image.getFileName(), ImageRemoval.FOLDER));
        session.reopenAt(then);
    }

    /** The image shown after {@code image} leaves: the next one, or the one before when it was the last. */
    private Path neighbour(Path image) {
        List<Path> images = session.images();
        int at = images.indexOf(image);
        if (at < 0 || images.size() == 1) {
            return null;
        }
        return images.get(at + 1 < images.size() ? at + 1 : at - 1);
    }

    private void undoDelete() {
        Removal last = removals.peek();
        if (last == null) {
            return;
        }
        session.leaveImageThen(() -> {
            try {
                ImageRemoval.restore(last);
            } catch (RemovalException e) {
                failed("undoDeleteImage.failed", e);
                return;
            }
            removals.pop();
            window.showStatus(Messages.get("status.imageRestored", last.image().getFileName()));
            session.reopenAt(last.image());
        });
    }

    private void failed(String key, RemovalException e) {
        JOptionPane.showMessageDialog(window.frame(), Messages.get(key, e.file(), e.reason()),
                Messages.get("action.deleteImage"), JOptionPane.ERROR_MESSAGE);
    }
}
