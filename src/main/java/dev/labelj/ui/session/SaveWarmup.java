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
import java.util.ArrayList;
import java.util.List;

/**
 * The one-time costs of the first save, paid on the save thread before the user asks for one: building the
 * XML binding and the DOM and JSON writers, and the classes of the checked, atomic write (about 0.18 s the
 * first time against 6-12 ms after it; docs/adr/0170); then the save format's writer is run until the JIT has
 * compiled the code it runs for each box (docs/adr/0185). It runs the save's own steps on a sample image in a
 * temporary folder of its own that it deletes; nothing the user opened is touched.
 */
final class SaveWarmup {
    private static final ImageSize SIZE = new ImageSize(64, 48, 3);
    /**
     * The save format's writer is given {@code ROUNDS * BOXES} boxes: a save of ten boxes spent 4-7 ms in the VOC
     * writer after one save, under 1 ms after about two hundred boxes (docs/adr/0185).
     */
    private static final int ROUNDS = 4;
    private static final int BOXES = 50;

    private SaveWarmup() {
    }

    /** In the system's temporary folder; see {@link #run(Path, AnnotationFormat)}. */
    static int run(AnnotationFormat saveFormat) throws IOException, AnnotationIoException {
        return run(Path.of(System.getProperty("java.io.tmpdir")), saveFormat);
    }

    /**
     * Saves a sample annotation in each format and reads it back, then saves a crowded one in {@code saveFormat}
     * a few times, in a new folder under {@code parent} that is deleted again; returns how many formats did.
     */
    static int run(Path parent, AnnotationFormat saveFormat) throws IOException, AnnotationIoException {
        Path folder = Files.createTempDirectory(parent, "labelj-warmup");
        try {
            Path image = Files.createFile(folder.resolve("warmup.jpg"));
            ImageAnnotation sample = ImageAnnotation.of(image, SIZE, List.of(Box.of("warmup", 1.5, 2, 30, 40)))
                    .withVerified(true);
            int saved = 0;
            for (AnnotationFormat format : Formats.all()) {
                AnnotationStore store = storeBeside(image, format);
                ProposalMarks.save(store, sample);
                store.writeChecked(sample, store.look(image));
                store.read(image, SIZE);
                saved++;
            }
            compile(image, saveFormat);
            return saved;
        } finally {
            ScratchFolders.delete(folder);
        }
    }

    /** Saves {@link #BOXES} boxes of {@code image} in {@code format}, {@link #ROUNDS} times. */
    private static void compile(Path image, AnnotationFormat format) throws AnnotationIoException {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < BOXES; i++) {
            boxes.add(Box.of("warmup " + i, 1.5 + i % 30, 2, 33.5, 40 - i % 7));
        }
        ImageAnnotation crowded = ImageAnnotation.of(image, SIZE, boxes);
        AnnotationStore store = storeBeside(image, format);
        for (int round = 0; round < ROUNDS; round++) {
            store.writeChecked(crowded, store.look(image));
        }
    }

    /** Annotations of {@code image} in {@code format}, in its own folder. */
    private static AnnotationStore storeBeside(Path image, AnnotationFormat format) {
        return new AnnotationStore(AnnotationLocator.nextToImages(image.getParent()), format, FormatOptions.DEFAULT);
    }
}
