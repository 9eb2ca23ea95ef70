package dev.labelj.bench;

import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.Detector;
import dev.labelj.assist.PredictOptions;
import dev.labelj.assist.PreparedImage;
import dev.labelj.assist.audit.AuditOptions;
import dev.labelj.dataset.AuditReport;
import dev.labelj.dataset.LabelAudit;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Compare With Model speed (docs/adr/0160-label-audit.md): the audit of a folder of 4000x3000 JPEGs, each with 20
 * VOC labels of the model's classes, against the model's inference rate on the same images. The audit runs the
 * model down to a 0.001 score floor (for AP), so inference at that floor is measured too. Needs the generated
 * model of YOLOv8n's cost, as the predict part does.
 */
final class AuditBench {
    private static final int FOLDER_IMAGES = 30;
    private static final int LABELS_EACH = 20;

    private AuditBench() {
    }

    static void run(Path target, Path photo, Path work, Table table) throws Exception {
        Path model = target.resolve("bench-yolov8n-cost.onnx");
        if (!Files.isRegularFile(model)) {
            System.out.println("audit: skipped, no " + model + " (make it with: /usr/bin/python3"
                    + " src/test/models/make_test_models.py --bench target)");
            return;
        }
        Path folder = BenchInputs.folderOf(work.resolve("audit"), photo, FOLDER_IMAGES, "a");
        AnnotationStore store = new AnnotationStore(AnnotationLocator.nextToImages(folder), Formats.VOC,
                FormatOptions.DEFAULT);
        List<Path> images = labelled(folder, store);
        try (Detector detector = Detector.open(model, 0)) {
            ClassMapping mapping = ClassMapping.match(detector.info().names(), List.of(), Map.of());
            PreparedImage prepared = detector.prepare(photo);
            PredictOptions floor = new PredictOptions(AuditOptions.DEFAULT.inferenceFloor(), 0.7, 300);
            Samples alone = new Samples();
            Samples atFloor = new Samples();
            Samples audit = new Samples();
            for (int round = 0; round < 3; round++) {
                alone.addMillis(inferAll(detector, prepared, mapping, PredictOptions.DEFAULT, images.size()));
                atFloor.addMillis(inferAll(detector, prepared, mapping, floor, images.size()));
                audit.addMillis(auditRun(detector, mapping, store, images));
            }
            table.add("audit: " + FOLDER_IMAGES + " images, inference only (score 0.25), per image", alone, "");
            table.add("audit: the same at the audit's score floor 0.001, per image", atFloor, "");
            table.add("audit: Compare With Model over " + FOLDER_IMAGES + " labelled JPEGs, per image", audit, "");
            System.out.printf("audit: %.2f images/s, inference only %.2f images/s (%.2f at floor 0.001): %.2f x%n",
                    1000 / audit.median(), 1000 / alone.median(), 1000 / atFloor.median(),
                    alone.median() / audit.median());
        }
    }

    private static List<Path> labelled(Path folder, AnnotationStore store) throws Exception {
        Random random = new Random(5);
        List<Path> images;
        try (var files = Files.list(folder)) {
            images = files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList();
        }
        for (Path image : images) {
            List<Box> boxes = BenchInputs.boxes(random, LABELS_EACH, 4000, 3000).stream()
                    .map(b -> b.withLabel(b.label().replace("class_", "class"))).toList();
            store.write(ImageAnnotation.of(image, new ImageSize(4000, 3000, 3), boxes));
        }
        return images;
    }

    private static double inferAll(Detector detector, PreparedImage prepared, ClassMapping mapping,
            PredictOptions options, int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            detector.infer(prepared, options, mapping.used(), mapping.labels());
        }
        return (System.nanoTime() - start) / 1e6 / count;
    }

    private static double auditRun(Detector detector, ClassMapping mapping, AnnotationStore store,
            List<Path> images) {
        long start = System.nanoTime();
        AuditReport report = new LabelAudit(store, AuditOptions.DEFAULT, each -> { }).run(detector, mapping, images,
                (done, total, image) -> { }, () -> false);
        if (report.audited() != images.size()) {
            throw new IllegalStateException("the audit left images out: " + report.failures());
        }
        return (System.nanoTime() - start) / 1e6 / images.size();
    }
}
