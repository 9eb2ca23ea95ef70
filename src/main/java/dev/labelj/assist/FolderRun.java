package dev.labelj.assist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Predicts a list of images, in order, for the window's background run and {@code labelj predict}. One decode
 * thread asks the sink whether it wants each image and prepares the wanted ones (decode, letterbox) up to
 * {@link #AHEAD} images ahead, while the calling thread runs the model and hands each prediction to the sink:
 * decoding overlaps inference. Cancel is seen before each image; the image in hand is finished and handed over
 * whole, nothing after it is started.
 */
public final class FolderRun {
    /** Images prepared ahead of the model: enough to hide a decode, little memory (a 640 tensor is 4.9 MB). */
    static final int AHEAD = 2;

    private final Detector detector;
    private final PredictOptions options;
    private final ClassMapping mapping;

    public FolderRun(Detector detector, PredictOptions options, ClassMapping mapping) {
        this.detector = detector;
        this.options = options;
        this.mapping = mapping;
    }

    /** Where predictions go and which images to predict. Both methods may be called from different threads. */
    public interface Sink {
        /** False skips the image before it is decoded (it has an annotation, or another shard has it). */
        boolean wants(Path image);

        /** A prediction for a wanted image, on the thread that called {@link #run}. */
        void accept(ImagePrediction prediction);

        /** A wanted image that could not be decoded or predicted; the run goes on. */
        void failed(Path image, String message);
    }

    /** After each image, wanted or not, on the thread that called {@link #run}. */
    public interface Progress {
        void imageDone(int done, int total, Path image);
    }

    /** How a run ended: how many images were gone through, of how many, and whether it was cancelled. */
    public record Outcome(int done, int total, boolean cancelled) {
    }

    public Outcome run(List<Path> images, Sink sink, Progress progress, BooleanSupplier cancelled) {
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicBoolean stop = new AtomicBoolean();
        Thread decoder = new Thread(() -> prepareAll(images, sink, queue, stop), "labelj-predict-decode");
        decoder.setDaemon(true);
        decoder.start();
        int done = 0;
        try {
            while (done < images.size()) {
                if (cancelled.getAsBoolean()) {
                    return new Outcome(done, images.size(), true);
                }
                Item item = queue.take();
                handle(item, sink);
                done++;
                progress.imageDone(done, images.size(), item.image());
            }
            return new Outcome(done, images.size(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(done, images.size(), true);
        } finally {
            stop.set(true);
            decoder.interrupt();
        }
    }

    private void handle(Item item, FolderRun.Sink sink) {
        if (item.problem() != null) {
            sink.failed(item.image(), item.problem());
        } else if (item.prepared() != null) {
            try {
                sink.accept(detector.infer(item.prepared(), options, mapping));
            } catch (ModelException e) {
                sink.failed(item.image(), e.getMessage());
            }
        }
    }

    /** One image as the decode thread hands it over: prepared, skipped (both null) or failed. */
    private record Item(Path image, PreparedImage prepared, String problem) {
    }

    private void prepareAll(List<Path> images, Sink sink, BlockingQueue<Item> queue, AtomicBoolean stop) {
        try {
            for (Path image : images) {
                if (stop.get()) {
                    return;
                }
                queue.put(prepareOne(image, sink));
            }
        } catch (InterruptedException e) {
            // the run ended (cancel, or a failure on the model's side): nothing more to prepare
        }
    }

    private Item prepareOne(Path image, Sink sink) {
        try {
            if (!sink.wants(image)) {
                return new Item(image, null, null);
            }
            return new Item(image, detector.prepare(image), null);
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Item(image, null, message.startsWith(image.toString()) ? message : image + ": " + message);
        } catch (RuntimeException | Error e) {
            // handed over as a failed image: the run's thread waits for every image, so none may go missing
            return new Item(image, null, image + ": cannot be decoded (" + e + ")");
        }
    }
}
