package dev.labelj.ui.session;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ScratchFolders;
import dev.labelj.io.Formats;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one-time costs of the first save, paid on the save thread before the user asks for one: building the
 * XML binding and the DOM and JSON writers, and the classes of the checked, atomic write (about 0.18 s the
 * first time against 6-12 ms after it; docs/adr/0170). It runs the save's own steps, for every format, on a
 * sample image in a temporary folder of its own that it deletes; nothing the user opened is touched.
 */
final class SaveWarmup {
    private static final ImageSize SIZE = new ImageSize(64, 48, 3);

    private SaveWarmup() {
    }

    /** In the system's temporary folder; see {@link #run(Path)}. */
    static int run() throws IOException, AnnotationIoException {
        return run(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Saves a sample annotation in each format and reads it back, in a new folder under {@code parent} that is
     * deleted again; returns how many formats did.
     */
    static int run(Path parent) throws IOException, AnnotationIoException {
        Path folder = Files.createTempDirectory(parent, "labelj-warmup");
        try {
            Path image = Files.createFile(folder.resolve("warmup.jpg"));
            ImageAnnotation sample = ImageAnnotation.of(image, SIZE, List.of(Box.of("warmup", 1.5, 2, 30, 40)))
                    .withVerified(true);
            int saved = 0;
            for (AnnotationFormat format : Formats.all()) {
                AnnotationStore store = new AnnotationStore(AnnotationLocator.nextToImages(folder), format,
                        FormatOptions.DEFAULT);
                ProposalMarks.save(store, sample);
                store.writeChecked(sample, store.look(image));
                store.read(image, SIZE);
                saved++;
            }
            return saved;
        } finally {
            ScratchFolders.delete(folder);
        }
    }
}
