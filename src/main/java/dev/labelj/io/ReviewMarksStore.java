package dev.labelj.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps each image's {@link ReviewMarks} in a small JSON file of its own, in a hidden {@code .labelj} folder
 * beside the annotation a save of the image writes: {@code labels/a.txt} has {@code labels/.labelj/a.jpg.json}
 * (docs/adr/0123-review-marks-beside-the-annotations.md). The annotation files stay clean training files; losing
 * this folder loses only the marks. One file per image: parallel runs (shards) never write the same file, and a
 * kill leaves each file old or new, never half.
 */
public final class ReviewMarksStore {
    public static final String FOLDER = ".labelj";
    private static final String SUFFIX = ".json";
    private static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AnnotationStore store;

    public ReviewMarksStore(AnnotationStore store) {
        this.store = store;
    }

    /** The marks file of {@code image}: next to its annotation, in the hidden folder. */
    public Path fileFor(Path image) {
        Path annotation = store.target(image).toAbsolutePath();
        return annotation.getParent().resolve(FOLDER).resolve(image.getFileName() + SUFFIX);
    }

    /**
     * The image's marks; {@link ReviewMarks#NONE} when it has none.
     *
     * @throws AnnotationIoException naming the file when it exists but is not a marks file (it is left as it is)
     */
    public ReviewMarks read(Path image) throws AnnotationIoException {
        Path file = fileFor(image);
        if (!Files.isRegularFile(file)) {
            return ReviewMarks.NONE;
        }
        byte[] bytes = ReadFiles.readAll(file);
        try {
            return fromJson(file, MAPPER.readTree(bytes));
        } catch (IOException e) {
            throw AnnotationIoException.malformed(file, 0, "", "not a review marks file (" + firstLine(e) + ")");
        }
    }

    /**
     * Whether the image may have unreviewed proposals, from the folder listing alone (no file is read): for the
     * file list's mark over a large folder; {@link #read} and {@link ReviewMarks#hasUnreviewed} say for sure.
     */
    public boolean hasMarksFile(Path image) {
        return Files.isRegularFile(fileFor(image));
    }

    /** Writes the marks atomically; marks that say nothing remove the file. */
    public void write(Path image, ReviewMarks marks) throws AnnotationIoException {
        Path file = fileFor(image);
        if (marks.isEmpty()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw AnnotationIoException.of(file, AnnotationIoException.Kind.WRITE_FAILED,
                        "cannot remove (" + e.getMessage() + ")", e);
            }
            return;
        }
        AtomicFiles.write(file, toJson(image, marks));
    }

    private static byte[] toJson(Path image, ReviewMarks marks) throws AnnotationIoException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("image", image.getFileName().toString());
        root.put("verified", marks.verified());
        ArrayNode proposals = root.putArray("proposals");
        for (ReviewMarks.Proposal p : marks.proposals()) {
            ObjectNode entry = proposals.addObject();
            entry.put("label", p.label());
            entry.putArray("box").add(p.xMin()).add(p.yMin()).add(p.xMax()).add(p.yMax());
            entry.put("score", p.score());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw AnnotationIoException.of(image, AnnotationIoException.Kind.WRITE_FAILED, e.getMessage(), e);
        }
    }

    private static ReviewMarks fromJson(Path file, JsonNode root) throws AnnotationIoException {
        if (root == null || !root.isObject() || root.path("version").asInt(0) != VERSION) {
            throw AnnotationIoException.malformed(file, 0, "", "not a review marks file of version " + VERSION);
        }
        List<ReviewMarks.Proposal> proposals = new ArrayList<>();
        JsonNode list = root.path("proposals");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            JsonNode box = entry.path("box");
            if (!entry.path("label").isTextual() || box.size() != 4 || !allNumbers(box)
                    || !entry.path("score").isNumber()) {
                throw AnnotationIoException.malformed(file, 0, "proposals[" + i + "]",
                        "a proposal needs a label, a box of 4 numbers and a score");
            }
            proposals.add(new ReviewMarks.Proposal(entry.get("label").asText(), box.get(0).asDouble(),
                    box.get(1).asDouble(), box.get(2).asDouble(), box.get(3).asDouble(),
                    entry.get("score").asDouble()));
        }
        return new ReviewMarks(root.path("verified").asBoolean(false), proposals);
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode value : array) {
            if (!value.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
