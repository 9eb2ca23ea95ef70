package dev.labelj.ui.commands;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnyAnnotationFile;
import dev.labelj.io.ImageRef;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.FileDialogs;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * File → Open Annotation: the open image's boxes become those of a file the user picks, in any format LabelJ
 * reads (VOC, YOLO, CreateML, COCO), as one edit that Undo takes back. Nothing is written until the user saves,
 * and then to the usual place in the usual format. A file that cannot be read is said and changes nothing.
 */
public final class OpenAnnotationCommand {
    private static final ExecutorService READER = Tasks.worker("open-annotation");
    private final CommandWindow window;
    private final ImageSession session;
    private final AnnotationDocument document;
    private final SettingsStore store;

    public OpenAnnotationCommand(CommandWindow window, ImageSession session, AnnotationDocument document, SettingsStore store) {
        this.window = window;
        this.session = session;
        this.document = document;
        this.store = store;
    }

    public void run() {
        if (!document.isEditable()) {
            return;
        }
        ImageAnnotation shown = document.current();
        Path image = shown.imageFile();
        Path firstUse = session.files().store().target(image).toAbsolutePath().getParent();
        FileNameExtensionFilter filter = new FileNameExtensionFilter(Messages.get("openAnnotation.filter"),
                "xml", "txt", "json");
        FileDialogs.rememberingIn(store).chooseFile(window.frame(), "openAnnotation", firstUse, filter)
                .ifPresent(file -> read(file, new ImageRef(image, shown.size())));
    }

    /** Off the EDT: a COCO file of a whole dataset can be large. */
    private void read(Path file, ImageRef image) {
        var options = session.files().store().options();
        Tasks.submit(READER, () -> AnyAnnotationFile.read(file, image, options), read -> apply(file, image, read),
                error -> failed(file, error));
    }

    private void apply(Path file, ImageRef image, AnnotationRead read) {
        if (!document.isEditable() || !document.current().imageFile().equals(image.imageFile())) {
            return; // the user moved on while the file was read
        }
        document.replaceBoxes(read.annotation().boxes(), Messages.get("edit.openAnnotation"));
        int count = read.annotation().boxes().size();
        window.showStatus(read.warnings().isEmpty()
                ? Messages.get("status.annotationOpened", count, file)
                : Messages.get("status.annotationOpenedWithWarnings", count, file, read.warnings().get(0)));
    }

    private void failed(Path file, Throwable error) {
        String reason = error instanceof AnnotationIoException ? error.getMessage() : String.valueOf(error);
        JOptionPane.showMessageDialog(window.frame(), Messages.get("openAnnotation.failed", file, reason),
                Messages.get("action.openAnnotation"), JOptionPane.ERROR_MESSAGE);
    }
}
