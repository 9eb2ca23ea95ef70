package dev.labelj.ui.commands;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.Formats;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileFilter;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Save As (Ctrl+Shift+S): writes the open image's boxes to a file and format the user picks. The session keeps
 * saving to its normal place, and the boxes stay unsaved there: Save As is a copy, not a move of the target.
 */
public final class SaveAsCommand {
    private final CommandWindow window;
    private final ImageSession session;
    private final AnnotationDocument document;

    public SaveAsCommand(CommandWindow window, ImageSession session, AnnotationDocument document) {
        this.window = window;
        this.session = session;
        this.document = document;
    }

    public void run() {
        if (!document.hasImage()) {
            return;
        }
        ImageAnnotation annotation = document.current();
        AnnotationStore store = session.files().store();
        // the dialog starts where a save would go, with that file's name; before the save dir exists, beside the image
        Path normal = store.target(annotation.imageFile()).toAbsolutePath();
        Path folder = Files.isDirectory(normal.getParent()) ? normal.getParent()
                : annotation.imageFile().toAbsolutePath().getParent();
        JFileChooser chooser = new JFileChooser(folder.toFile());
        chooser.setName("saveAsChooser");
        chooser.setDialogTitle(Messages.get("action.saveAs"));
        chooser.setAcceptAllFileFilterUsed(false);
        for (AnnotationFormat format : Formats.all()) {
            FileFilter filter = filter(format);
            chooser.addChoosableFileFilter(filter);
            if (format.equals(store.saveFormat())) {
                chooser.setFileFilter(filter);
            }
        }
        chooser.setSelectedFile(folder.resolve(normal.getFileName()).toFile());
        if (chooser.showSaveDialog(window.frame()) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return;
        }
        AnnotationFormat chosen = formatOf(chooser.getFileFilter());
        write(store, withExtension(chooser.getSelectedFile().toPath().toAbsolutePath(), chosen), chosen, annotation);
    }

    /** One small file, written while the user waits on the dialog anyway: on the EDT, so a failure shows at once. */
    private void write(AnnotationStore store, Path file, AnnotationFormat format, ImageAnnotation annotation) {
        try {
            store.writeTo(file, format, annotation);
            window.showStatus(Messages.get("status.savedAs", file, format.displayName()));
        } catch (AnnotationIoException e) {
            JOptionPane.showMessageDialog(window.frame(), Messages.get("saveAs.failed", file, e.getMessage()),
                    Messages.get("action.saveAs"), JOptionPane.ERROR_MESSAGE);
        }
    }

    private static FileFilter filter(AnnotationFormat format) {
        return new FileNameExtensionFilter(format.displayName() + " (*." + format.extension() + ")",
                format.extension());
    }

    private static AnnotationFormat formatOf(FileFilter filter) {
        Optional<AnnotationFormat> match = Formats.all().stream()
                .filter(f -> filter.getDescription().startsWith(f.displayName() + " ")).findFirst();
        return match.orElse(Formats.VOC);
    }

    /** A name typed without the format's extension gets it; any other extension is kept as typed. */
    private static Path withExtension(Path file, AnnotationFormat format) {
        String name = file.getFileName().toString();
        if (name.endsWith("." + format.extension())) {
            return file;
        }
        return AnnotationLocator.stem(name).equals(name) ? file.resolveSibling(name + "." + format.extension()) : file;
    }
}
