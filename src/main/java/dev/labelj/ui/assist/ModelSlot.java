package dev.labelj.ui.assist;

import dev.labelj.assist.Detector;
import dev.labelj.assist.ModelException;
import dev.labelj.assist.ModelInfo;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.yolo.NamesBesideModel;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The model Auto Label uses: opened once, off the EDT, and kept open for every prediction until another is
 * chosen. Its class names come from the file, else from a classes.txt or data.yaml beside it.
 */
final class ModelSlot {
    /** What a loaded model is: the detector and its description with the names it goes by. */
    record Loaded(Detector detector, ModelInfo info) {
    }

    private final ExecutorService loader = Tasks.worker("model-load");
    private final List<Detector> retired = new ArrayList<>();
    private Loaded loaded;

    Optional<Loaded> loaded() {
        return Optional.ofNullable(loaded);
    }

    /** Whether {@code file} is the model open now. */
    boolean holds(Path file) {
        return loaded != null && loaded.info().file().toAbsolutePath().normalize()
                .equals(file.toAbsolutePath().normalize());
    }

    /**
     * Opens {@code file} in the background; on the EDT, {@code then} gets it. The previous model is retired, not
     * closed: a prediction may still be running on it (see {@link #closeRetired}).
     */
    void load(Path file, Consumer<Loaded> then, Consumer<Throwable> failed) {
        Tasks.submit(loader, () -> open(file), opened -> {
            if (loaded != null) {
                retired.add(loaded.detector());
            }
            loaded = opened;
            then.accept(opened);
        }, failed);
    }

    /** Frees the native sessions of models no prediction uses any more (call when none is running). */
    void closeRetired() {
        retired.forEach(Detector::close);
        retired.clear();
    }

    private static Loaded open(Path file) throws ModelException, AnnotationIoException {
        // one core left to the window, so D and A stay quick while a folder runs
        Detector detector = Detector.open(file, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        ModelInfo info = detector.info();
        if (!info.hasNames()) {
            Optional<NamesBesideModel.Found> beside = NamesBesideModel.find(file);
            if (beside.isPresent()) {
                info = info.withNames(beside.get().names());
            }
        }
        return new Loaded(detector, info);
    }
}
