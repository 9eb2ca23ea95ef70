package dev.labelj.assist;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.labelj.model.Box;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * An opened ONNX detection model: predicts one image (a file or a picture in memory) and returns proposals in
 * image pixels. One model file is read once; {@link #info()} says what it is. {@link #prepare} (decode and
 * letterbox) and {@link #infer} may run on different threads, so a folder run decodes the next image while the
 * model works on this one; {@code infer} itself runs one image at a time. Close it to free the native session.
 */
public final class Detector implements AutoCloseable {
    private final OrtSession session;
    private final ModelInfo info;
    private final String inputName;
    private final OutputDecoder decoder;

    private Detector(OrtSession session, ModelInfo info) throws OrtException {
        this.session = session;
        this.info = info;
        this.inputName = session.getInputNames().iterator().next();
        this.decoder = OutputDecoder.forLayout(info);
    }

    /**
     * Opens a model on the CPU, with {@code threads} threads for inference (0: ONNX Runtime's choice, one per
     * core).
     *
     * @throws ModelException naming the file when it cannot be read, ONNX Runtime cannot run here, or the model
     *                        fits no layout (the message gives its input and output shapes)
     */
    public static Detector open(Path file, int threads) throws ModelException {
        OrtEnvironment environment;
        try {
            environment = OnnxEngine.environment();
        } catch (IllegalStateException e) {
            throw new ModelException(file, e.getMessage());
        }
        byte[] bytes;
        try {
            // bytes read by NIO: a path with any characters works on every system
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new ModelException(file, "cannot read the model file (" + e.getMessage() + ")", e);
        }
        OrtSession session = null;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(Math.max(0, threads));
            // idle inference threads sleep instead of spinning: the decode thread and the window share the cores
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = environment.createSession(bytes, options);
            Detector detector = new Detector(session, ModelFiles.describe(file, session));
            session = null;
            return detector;
        } catch (OrtException e) {
            throw new ModelException(file, "not a model ONNX Runtime can load (" + e.getMessage() + ")", e);
        } finally {
            closeQuietly(session);
        }
    }

    public ModelInfo info() {
        return info;
    }

    /** Decodes and letterboxes an image file (thread-safe: no model state). */
    public PreparedImage prepare(Path image) throws IOException {
        return ModelImages.prepare(image, info);
    }

    /** Letterboxes a picture already in memory, e.g. the one open in the window; {@code name} labels it. */
    public PreparedImage prepare(BufferedImage image, Path name) {
        return ModelImages.prepare(image, name, info);
    }

    /**
     * Runs the model on a prepared image: proposals best first, mapped back through the letterbox and clipped
     * to the image, labelled by {@code labels} (model class id to the dataset's name; null drops the class).
     */
    public ImagePrediction infer(PreparedImage prepared, PredictOptions options, IntPredicate classes,
            IntFunction<String> labels) throws ModelException {
        float[] output;
        int rows;
        int columns;
        Letterbox box = prepared.letterbox();
        long[] inputShape = {1, 3, box.inputHeight(), box.inputWidth()};
        try (OnnxTensor input = OnnxTensor.createTensor(OnnxEngine.environment(), FloatBuffer.wrap(prepared.tensor()),
                inputShape); OrtSession.Result result = session.run(Map.of(inputName, input))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape();
            rows = (int) shape[1];
            columns = (int) shape[2];
            FloatBuffer values = out.getFloatBuffer();
            output = new float[values.remaining()];
            values.get(output);
        } catch (OrtException | RuntimeException e) {
            throw new ModelException(info.file(), "the model failed on " + prepared.image() + " ("
                    + e.getMessage() + ")", e);
        }
        List<Candidate> found = decoder.decode(output, rows, columns, options.confidence(), classes);
        List<Candidate> kept = info.layout().needsNms()
                ? Nms.perClass(found, options.iou(), options.maxDetections())
                : Nms.bestOnly(found, options.maxDetections());
        return new ImagePrediction(prepared.image(), prepared.size(), toProposals(kept, box, labels));
    }

    /** {@link #infer} with the classes and labels of a class mapping. */
    public ImagePrediction infer(PreparedImage prepared, PredictOptions options, ClassMapping mapping)
            throws ModelException {
        return infer(prepared, options, mapping.used(), mapping.labels());
    }

    /** Prepare and infer in one call, with every class the model knows under its own name. */
    public ImagePrediction predict(Path image, PredictOptions options) throws IOException, ModelException {
        return infer(prepare(image), options, c -> true, info::nameOf);
    }

    private static List<Proposal> toProposals(List<Candidate> kept, Letterbox box, IntFunction<String> labels) {
        List<Proposal> proposals = new ArrayList<>();
        for (Candidate c : kept) {
            String label = labels.apply(c.modelClass());
            double x1 = box.toImageX(c.x1());
            double y1 = box.toImageY(c.y1());
            double x2 = box.toImageX(c.x2());
            double y2 = box.toImageY(c.y2());
            // a box wholly in the padding is clipped to nothing: no box to propose
            if (label != null && x2 > x1 && y2 > y1) {
                proposals.add(new Proposal(Box.of(label, x1, y1, x2, y2), asFloat(c.score()), c.modelClass()));
            }
        }
        return proposals;
    }

    /** A model scores in float: 0.9f is 0.9, not 0.8999999761581421, in files and on screen. */
    private static double asFloat(double score) {
        return Double.parseDouble(Float.toString((float) score));
    }

    @Override
    public void close() {
        closeQuietly(session);
    }

    private static void closeQuietly(OrtSession session) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (OrtException e) {
            // closing frees native memory; a failure here leaves nothing to do for the caller
        }
    }
}
