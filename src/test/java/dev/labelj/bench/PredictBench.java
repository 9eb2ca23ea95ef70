package dev.labelj.bench;

import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.Detector;
import dev.labelj.assist.FolderRun;
import dev.labelj.assist.ImagePrediction;
import dev.labelj.assist.PredictOptions;
import dev.labelj.assist.PreparedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Model-assisted labelling speed (docs/adr/0125-predict-speed.md): a generated model of YOLOv8n's cost
 * (8.7 GFLOPs at 640) on 4000x3000 JPEGs. Inference alone, decode + letterbox alone, one image end to end, and a
 * folder run (decode overlapped with inference) as images per second against the inference-only rate. The model
 * is made by {@code /usr/bin/python3 src/test/models/make_test_models.py --bench target}; without it the part is
 * skipped with that hint.
 */
final class PredictBench {
    private static final int WARMUPS = 3;
    private static final int RUNS = 15;
    private static final int FOLDER_IMAGES = 30;

    private PredictBench() {
    }

    static void run(Path target, Path photo, Path work, Table table) throws Exception {
        Path model = target.resolve("bench-yolov8n-cost.onnx");
        if (!Files.isRegularFile(model)) {
            System.out.println("predict: skipped, no " + model + " (make it with: /usr/bin/python3"
                    + " src/test/models/make_test_models.py --bench target)");
            return;
        }
        try (Detector detector = Detector.open(model, 0)) {
            ClassMapping mapping = ClassMapping.match(detector.info().names(), List.of(), Map.of());
            PreparedImage prepared = detector.prepare(photo);
            Samples inference = Samples.time(WARMUPS, RUNS, () -> infer(detector, prepared, mapping));
            table.add("predict: inference only, 640x640, 8.7 GFLOPs (YOLOv8n cost)", inference, "<= 250 ms");
            table.add("predict: decode 4000x3000 JPEG + letterbox + tensor",
                    Samples.time(WARMUPS, RUNS, () -> detector.prepare(photo)), "");
            table.add("predict: one 4000x3000 JPEG end to end (decode + inference)",
                    Samples.time(WARMUPS, RUNS, () -> infer(detector, detector.prepare(photo), mapping)), "<= 400 ms");
            List<Path> images = Files.list(BenchInputs.folderOf(work.resolve("predict"), photo, FOLDER_IMAGES, "p"))
                    .sorted().toList();
            folderAgainstInference(detector, mapping, images, prepared, table, "4000x3000, 2 threads");
            Path hd = BenchInputs.photo(work.resolve("hd.jpg"), Path.of("data/images/cat.jpg"), 1920, 1080);
            List<Path> hdImages = Files.list(BenchInputs.folderOf(work.resolve("predict-hd"), hd, FOLDER_IMAGES,
                    "h")).sorted().toList();
            folderAgainstInference(detector, mapping, hdImages, detector.prepare(hd), table, "1920x1080, 2 threads");
        }
        // one inference thread leaves a core to the decoder: how much of the decode the overlap hides
        try (Detector detector = Detector.open(model, 1)) {
            ClassMapping mapping = ClassMapping.match(detector.info().names(), List.of(), Map.of());
            List<Path> images = Files.list(work.resolve("predict")).sorted().toList();
            folderAgainstInference(detector, mapping, images, detector.prepare(photo), table, "4000x3000, 1 thread");
        }
    }

    /**
     * Rounds of: the model alone on as many prepared images as the folder has, then the folder run; each sample
     * is a round's time per image. Taken in turns, so a busy machine slows both alike and their ratio holds.
     */
    private static void folderAgainstInference(Detector detector, ClassMapping mapping, List<Path> images,
            PreparedImage prepared, Table table, String what) throws Exception {
        Samples alone = new Samples();
        Samples folder = new Samples();
        Samples oneThread = new Samples();
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < images.size(); i++) {
                infer(detector, prepared, mapping);
            }
            alone.addMillis((System.nanoTime() - start) / 1e6 / images.size());
            folder.addMillis(folderRun(detector, mapping, images));
            start = System.nanoTime();
            for (Path image : images) {
                infer(detector, detector.prepare(image), mapping);
            }
            oneThread.addMillis((System.nanoTime() - start) / 1e6 / images.size());
        }
        table.add("predict " + what + ": " + FOLDER_IMAGES + " images, inference only, per image", alone, "");
        table.add("predict " + what + ": folder run, per image (overlapped)", folder, "");
        table.add("predict " + what + ": decode then infer in turn (no overlap)", oneThread, "");
        System.out.printf("predict %s: folder run %.2f images/s, inference only %.2f images/s: %.2f x%n", what,
                1000 / folder.median(), 1000 / alone.median(), alone.median() / folder.median());
    }

    private static ImagePrediction infer(Detector detector, PreparedImage prepared, ClassMapping mapping)
            throws Exception {
        return detector.infer(prepared, PredictOptions.DEFAULT, mapping.used(), mapping.labels());
    }

    /** One whole run's time per image. */
    private static double folderRun(Detector detector, ClassMapping mapping, List<Path> images) {
        FolderRun run = new FolderRun(detector, PredictOptions.DEFAULT, mapping);
        FolderRun.Sink sink = new FolderRun.Sink() {
            @Override
            public boolean wants(Path image) {
                return true;
            }

            @Override
            public void accept(ImagePrediction prediction) {
                // the benchmark measures prediction, not writing
            }

            @Override
            public void failed(Path image, String message) {
                throw new IllegalStateException(message);
            }
        };
        long start = System.nanoTime();
        FolderRun.Outcome outcome = run.run(images, sink, (done, total, image) -> { }, () -> false);
        if (outcome.done() != images.size()) {
            throw new IllegalStateException("the folder run stopped early: " + outcome);
        }
        return (System.nanoTime() - start) / 1e6 / images.size();
    }
}
