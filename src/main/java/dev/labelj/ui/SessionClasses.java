package dev.labelj.ui;

import dev.labelj.ui.commands.Labeller;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.model.ClassList;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.SessionFiles;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Reads the dataset's class list (classes.txt, predefined classes) off the EDT whenever the folder or place changes. */
final class SessionClasses implements BrowseListener {
    private static final ExecutorService READER = Tasks.worker("class-list");
    private final ImageSession session;
    private final Labeller labeller;

    SessionClasses(ImageSession session, Labeller labeller) {
        this.session = session;
        this.labeller = labeller;
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        reload();
    }

    @Override
    public void placeChanged() {
        reload();
    }

    private void reload() {
        SessionFiles files = session.files();
        Tasks.submit(READER, () -> known(files), labeller::setDatasetClasses, error -> { });
    }

    private static ClassList known(SessionFiles files) {
        try {
            return files.store().knownClasses(files.imageRoot().resolve("image"));
        } catch (AnnotationIoException e) {
            // an unreadable classes.txt is reported when a YOLO label is read; offer the labels seen meanwhile
            return ClassList.EMPTY;
        }
    }
}
