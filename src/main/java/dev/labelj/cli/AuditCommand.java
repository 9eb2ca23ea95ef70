package dev.labelj.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.Detector;
import dev.labelj.assist.ModelException;
import dev.labelj.assist.ModelInfo;
import dev.labelj.assist.OnnxEngine;
import dev.labelj.assist.audit.AuditOptions;
import dev.labelj.dataset.AuditReport;
import dev.labelj.dataset.ConvertProgress;
import dev.labelj.dataset.LabelAudit;
import dev.labelj.image.ImageFolder;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.InputText;
import dev.labelj.io.yolo.NamesBesideModel;
import dev.labelj.model.ClassList;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labelj audit}: where an ONNX model and a folder's saved labels disagree, most likely mistakes first, with
 * per-class precision, recall and AP50 (docs/adr/0160-label-audit.md). Exit 0, 1 when some image or annotation
 * could not be read (each named on stderr), 2 on bad arguments or a model that cannot be used.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "List where an ONNX detection model disagrees with a folder's labels, most likely mistakes"
                + " first, with per-class precision, recall and AP50.")
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model, an .onnx file.")
    Path model;

    @Parameters(index = "1", paramLabel = "IMAGES_DIR", description = "Folder of labelled images (scanned recursively).")
    Path images;

    @Option(names = "--labels", paramLabel = "DIR",
            description = "Folder of the annotations (default: next to the images; YOLO: images/ -> labels/).")
    Path labels;

    @Option(names = "--conf", paramLabel = "SCORE",
            description = "A detection from this score up is the model's opinion (default: 0.25).")
    double confidence = AuditOptions.DEFAULT.confidence();

    @Option(names = "--iou", paramLabel = "IOU",
            description = "A detection and a label match from this IoU up (default: 0.5).")
    double iou = AuditOptions.DEFAULT.matchIou();

    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Optional<String> problem = validate().or(OnnxEngine::problem);
        if (problem.isPresent()) {
            return fail(problem.get());
        }
        try (Detector detector = Detector.open(model, 0)) {
            ModelInfo info = withNames(detector.info());
            AnnotationStore store = store(info);
            ClassMapping mapping = ClassMapping.match(info.names(), datasetClasses(store), Map.of());
            if (!mapping.unmatched().isEmpty()) {
                warn("model classes not in the dataset's class list are left out: "
                        + String.join(", ", mapping.unmatched()));
            }
            return run(detector, info, mapping, store);
        } catch (ModelException | AnnotationIoException e) {
            return fail(e.getMessage());
        }
    }

    private int run(Detector detector, ModelInfo info, ClassMapping mapping, AnnotationStore store)
            throws JsonProcessingException {
        List<Path> all = ImageFolder.scan(images);
        if (all.isEmpty()) {
            return fail("no images found in " + images);
        }
        ConvertProgress progress = TerminalProgress.forConsole(spec.commandLine().getErr(), "auditing");
        AuditReport report = new LabelAudit(store, new AuditOptions(confidence, iou), each -> { })
                .run(detector, mapping, all, progress::imageDone, () -> false);
        PrintWriter err = spec.commandLine().getErr();
        report.failures().forEach(f -> err.println("labelj audit: " + InputText.escapeControls(f)));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build()
                    .writerWithDefaultPrettyPrinter().writeValueAsString(AuditJson.of(report, info, images)));
        } else {
            new AuditText(out, images).print(report, info);
        }
        out.flush();
        return report.failures().isEmpty() ? 0 : ConvertCommand.EXIT_SOME_FAILED;
    }

    private Optional<String> validate() {
        Optional<String> empty = PathArguments.firstEmpty(new String[] {"MODEL", "IMAGES_DIR", "--labels"},
                model, images, labels);
        if (empty.isPresent()) {
            return empty;
        }
        if (!Files.isRegularFile(model)) {
            return Optional.of("model file not found: " + model);
        }
        Optional<String> folders = PathArguments.folder("image folder", images)
                .or(() -> labels != null ? PathArguments.folder("label folder", labels) : Optional.empty());
        if (folders.isPresent()) {
            return folders;
        }
        if (!(confidence >= 0 && confidence <= 1) || !(iou > 0 && iou <= 1)) {
            return Optional.of("--conf must be between 0 and 1 and --iou above 0 and at most 1");
        }
        return Optional.empty();
    }

    /** The model's names, else those beside it: labels are compared with detections by class name. */
    private ModelInfo withNames(ModelInfo info) throws AnnotationIoException, ModelException {
        if (info.hasNames()) {
            return info;
        }
        Optional<NamesBesideModel.Found> found = NamesBesideModel.find(model);
        if (found.isEmpty() || found.get().names().size() != info.classCount()) {
            throw new ModelException(model, "has no class names in its metadata and no classes.txt or data.yaml"
                    + " with its " + info.classCount() + " names beside it");
        }
        return info.withNames(found.get().names());
    }

    /** YOLO labels without a classes.txt are read with the model's names: the ids it was trained on. */
    private AnnotationStore store(ModelInfo info) {
        AnnotationLocator locator = new AnnotationLocator(images, Optional.ofNullable(labels));
        return new AnnotationStore(locator, Formats.VOC, new FormatOptions(new ClassList(info.names())));
    }

    private List<String> datasetClasses(AnnotationStore store) throws AnnotationIoException {
        return store.knownClasses(images.resolve("image")).names();
    }

    private void warn(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("labelj audit: " + InputText.escapeControls(message));
        err.flush();
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("labelj audit: " + InputText.escapeControls(message));
        err.println("Try 'labelj audit --help' for usage.");
        err.flush();
        return LabelJCommand.EXIT_BAD_ARGUMENTS;
    }
}
