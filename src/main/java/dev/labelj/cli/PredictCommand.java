package dev.labelj.cli;

import dev.labelj.dataset.PredictTally;
import dev.labelj.dataset.PredictWriter;

import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.Detector;
import dev.labelj.assist.FolderRun;
import dev.labelj.assist.ModelException;
import dev.labelj.assist.ModelInfo;
import dev.labelj.assist.OnnxEngine;
import dev.labelj.assist.PredictOptions;
import dev.labelj.dataset.ConvertProgress;
import dev.labelj.image.ImageFolder;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.InputText;
import dev.labelj.io.yolo.NamesBesideModel;
import dev.labelj.model.ClassList;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labelj predict}: runs an ONNX detection model over a folder and writes its boxes as annotations,
 * marked for review (docs/adr/0124-predict-command.md). Exit 0 when every wanted image was predicted, 1 when
 * some image or annotation could not be read or written (each named on stderr), 2 on bad arguments or a model
 * that cannot be used.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Pre-label a folder of images with an ONNX detection model"
                + " (YOLOv5, YOLOv8/11, YOLOv10/26, RT-DETR).")
public final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model, an .onnx file.")
    Path model;

    @Parameters(index = "1", paramLabel = "IMAGES_DIR", description = "Folder of images (scanned recursively).")
    Path images;

    @Option(names = "--labels", paramLabel = "DIR",
            description = "Folder of the annotations (default: next to the images; YOLO: images/ -> labels/).")
    Path labels;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Format to write: ${COMPLETION-CANDIDATES} (default: voc).")
    String format = "voc";

    @Option(names = "--conf", paramLabel = "SCORE", description = "Keep boxes scoring above this (default: 0.25).")
    double confidence = PredictOptions.DEFAULT.confidence();

    @Option(names = "--iou", paramLabel = "IOU",
            description = "NMS: drop a box overlapping a better one of its class by more (default: 0.7).")
    double iou = PredictOptions.DEFAULT.iou();

    @Option(names = "--classes", paramLabel = "FILE",
            description = "The dataset's classes, one per line: model classes are matched to them by name.")
    Path classes;

    @Option(names = "--map", paramLabel = "MODEL=OURS",
            description = "Map a model class (name or id) to a class; MODEL= ignores it. Repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--overwrite-predicted",
            description = "Replace earlier predictions not reviewed yet; hand-made and reviewed boxes stay.")
    boolean overwritePredicted;

    @ArgGroup(exclusive = true)
    Selection selection = new Selection();

    @Option(names = "--shard", paramLabel = "I/N", description = "Only the I-th of N parts of the folder (1/4 .. 4/4).")
    String shard;

    /** Which images get predictions. */
    static final class Selection {
        @Option(names = "--unlabelled", description = "Only images without an annotation (default).")
        boolean unlabelled;

        @Option(names = "--all",
                description = "Also images with boxes: adds only boxes that overlap none of their class.")
        boolean all;
    }

    @Override
    public Integer call() {
        Optional<String> problem = validate().or(OnnxEngine::problem);
        if (problem.isPresent()) {
            return fail(problem.get());
        }
        try (Detector detector = Detector.open(model, 0)) {
            ModelInfo info = withNames(detector.info());
            AnnotationStore store = store();
            ClassMapping mapping = ClassMapping.match(info.names(), datasetClasses(store), map);
            warnUnmatched(mapping);
            if (mapping.targets().isEmpty()) {
                return fail("none of the model's classes is in the class list; add --map MODEL=OURS");
            }
            Optional<String> shardProblem = shardedYoloProblem(store, mapping);
            if (shardProblem.isPresent()) {
                return fail(shardProblem.get());
            }
            return run(detector, info, mapping, store);
        } catch (ModelException e) {
            return fail(e.getMessage());
        } catch (AnnotationIoException e) {
            return fail(e.getMessage());
        }
    }

    private int run(Detector detector, ModelInfo info, ClassMapping mapping, AnnotationStore store) {
        List<Path> all = ImageFolder.scan(images);
        if (all.isEmpty()) {
            return fail("no images found in " + images);
        }
        List<Path> mine = Shard.parse(shard == null ? "1/1" : shard).orElseThrow().of(all);
        PredictTally tally = new PredictTally();
        ConvertProgress progress = TerminalProgress.forConsole(spec.commandLine().getErr(), "predicting");
        FolderRun.Outcome outcome = new FolderRun(detector, new PredictOptions(confidence, iou, 300), mapping)
                .run(mine, new PredictWriter(store, selection.all, overwritePredicted, tally),
                        progress::imageDone, () -> false);
        new PredictSummary(spec.commandLine(), info).print(tally, outcome);
        return tally.failures().isEmpty() ? 0 : ConvertCommand.EXIT_SOME_FAILED;
    }

    private Optional<String> validate() {
        if (!FormatNames.isKnown(format)) {
            return Optional.of("unknown format " + InputText.quote(format) + " (expected one of "
                    + FormatNames.list() + ")");
        }
        Optional<String> empty = PathArguments.firstEmpty(new String[] {"MODEL", "IMAGES_DIR", "--labels", "--classes"},
                model, images, labels, classes);
        if (empty.isPresent()) {
            return empty;
        }
        if (!Files.isRegularFile(model)) {
            return Optional.of("model file not found: " + model);
        }
        Optional<String> folders = PathArguments.folder("image folder", images)
                .or(() -> labels != null && Files.exists(labels) ? PathArguments.folder("label folder", labels)
                        : Optional.empty());
        if (folders.isPresent()) {
            return folders;
        }
        if (classes != null && !Files.isRegularFile(classes)) {
            return Optional.of("class file not found: " + classes);
        }
        if (!(confidence >= 0 && confidence <= 1) || !(iou > 0 && iou <= 1)) {
            return Optional.of("--conf must be between 0 and 1 and --iou above 0 and at most 1");
        }
        if (shard != null && Shard.parse(shard).isEmpty()) {
            return Optional.of("--shard must be I/N with 1 <= I <= N, e.g. 2/4: " + InputText.quote(shard));
        }
        return Optional.empty();
    }

    /** The model's names, else those beside it; a model without either cannot be mapped to classes. */
    private ModelInfo withNames(ModelInfo info) throws AnnotationIoException, ModelException {
        if (info.hasNames()) {
            return info;
        }
        Optional<NamesBesideModel.Found> found = NamesBesideModel.find(model);
        if (found.isEmpty()) {
            throw new ModelException(model, "has no class names in its metadata and there is no classes.txt or"
                    + " data.yaml beside it; put one there, with the model's " + info.classCount()
                    + " names in its order");
        }
        if (found.get().names().size() != info.classCount()) {
            throw new ModelException(model, "the model scores " + info.classCount() + " classes but "
                    + found.get().file() + " names " + found.get().names().size());
        }
        return info.withNames(found.get().names());
    }

    private AnnotationStore store() throws AnnotationIoException {
        ClassList fallback = classes == null ? ClassList.EMPTY : ClassListFile.read(classes);
        AnnotationLocator locator = new AnnotationLocator(images, Optional.ofNullable(labels));
        return new AnnotationStore(locator, Formats.byId(FormatNames.normalise(format)).orElseThrow(),
                new FormatOptions(fallback));
    }

    /** {@code --classes}, else the classes.txt a YOLO save would append to, else none (model names as they are). */
    private List<String> datasetClasses(AnnotationStore store) throws AnnotationIoException {
        return store.knownClasses(images.resolve("image")).names();
    }

    /**
     * Shards run at once append new names to one classes.txt, each in the order its own images meet them, and the
     * ids would disagree: a sharded YOLO run needs every class it writes in the class list beforehand.
     */
    private Optional<String> shardedYoloProblem(AnnotationStore store, ClassMapping mapping)
            throws AnnotationIoException {
        if (shard == null || Shard.parse(shard).orElseThrow().count() == 1
                || !store.saveFormat().id().equals(Formats.YOLO.id())) {
            return Optional.empty();
        }
        List<String> known = datasetClasses(store);
        List<String> missing = mapping.targets().values().stream().distinct().filter(n -> !known.contains(n)).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("a YOLO run with --shard needs its classes in the"
                + " dataset's classes.txt or in --classes first (else shards would give them different ids);"
                + " missing: " + String.join(", ", missing));
    }

    private void warnUnmatched(ClassMapping mapping) {
        if (mapping.unmatched().isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("labelj predict: model classes not in the class list are ignored: "
                + InputText.escapeControls(String.join(", ", mapping.unmatched()))
                + " (add --map MODEL=OURS to keep one)");
        err.flush();
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("labelj predict: " + InputText.escapeControls(message));
        err.println("Try 'labelj predict --help' for usage.");
        err.flush();
        return LabelJCommand.EXIT_BAD_ARGUMENTS;
    }
}
