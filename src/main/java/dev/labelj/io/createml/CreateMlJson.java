package dev.labelj.io.createml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ImageRef;
import dev.labelj.io.InputText;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON side of CreateML. Reads both key spellings in the wild ({@code image}/{@code annotations} and
 * {@code imagefilename}/{@code annotation}); {@code difficult} does not exist in CreateML, so every box
 * reads as not difficult (labelImg marks them all difficult). Coordinates are box centres and sizes in
 * pixels, written with at most 4 decimals so a load/save cycle is byte-stable.
 */
final class CreateMlJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final int DECIMALS = 4;

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private CreateMlJson() {
    }

    static ArrayNode parseArray(Path file, byte[] bytes) throws AnnotationIoException {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isArray()) {
                throw AnnotationIoException.malformed(file, 1, "", "a CreateML file must be a JSON array of images");
            }
            return (ArrayNode) root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new AnnotationIoException(file, AnnotationIoException.Kind.MALFORMED, line, "",
                    "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE, "cannot read: " + e, e);
        }
    }

    static int indexOf(ArrayNode entries, String imageName) {
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (imageName.equals(entry.path("image").asText(null))
                    || imageName.equals(entry.path("imagefilename").asText(null))) {
                return i;
            }
        }
        return -1;
    }

    static ImageAnnotation toAnnotation(Path file, int index, JsonNode entry, ImageRef image)
            throws AnnotationIoException {
        JsonNode annotations = entry.has("annotations") ? entry.get("annotations") : entry.path("annotation");
        if (!annotations.isArray() && !annotations.isMissingNode()) {
            throw element(file, index, "annotations", "must be an array");
        }
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            boxes.add(toBox(file, index, i, annotations.get(i)));
        }
        boolean verified = entry.path("verified").asBoolean(false);
        return new ImageAnnotation(image.imageFile(), image.realSize(), boxes, verified, List.of());
    }

    private static Box toBox(Path file, int index, int boxIndex, JsonNode node) throws AnnotationIoException {
        String where = "annotations[" + boxIndex + "]";
        JsonNode label = node.path("label");
        if (!label.isTextual()) {
            throw element(file, index, where + ".label", "missing or not a string");
        }
        if (InputText.hasLoneSurrogate(label.asText())) {
            throw element(file, index, where + ".label",
                    "holds half of a UTF-16 pair (\\ud800-\\udfff alone): not text");
        }
        JsonNode c = node.path("coordinates");
        double x = number(file, index, c.path("x"), where + ".coordinates.x");
        double y = number(file, index, c.path("y"), where + ".coordinates.y");
        double w = number(file, index, c.path("width"), where + ".coordinates.width");
        double h = number(file, index, c.path("height"), where + ".coordinates.height");
        try {
            return Box.of(label.asText(), x - w / 2, y - h / 2, x + w / 2, y + h / 2);
        } catch (IllegalArgumentException e) {
            throw element(file, index, where + ".coordinates", "not a usable box: " + e.getMessage());
        }
    }

    private static double number(Path file, int index, JsonNode node, String where) throws AnnotationIoException {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw element(file, index, where, "missing or not a number");
        }
        return node.asDouble();
    }

    private static AnnotationIoException element(Path file, int index, String where, String reason) {
        return AnnotationIoException.malformed(file, 0, "[" + index + "]." + where, reason);
    }

    static ObjectNode toEntry(ImageAnnotation annotation) {
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("image", annotation.imageFileName());
        entry.put("verified", annotation.verified());
        ArrayNode boxes = entry.putArray("annotations");
        for (Box box : annotation.boxes()) {
            boxes.add(toItem(box));
        }
        return entry;
    }

    static ObjectNode toItem(Box box) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("label", box.label());
        ObjectNode coordinates = item.putObject("coordinates");
        coordinates.put("x", rounded((box.left() + box.right()) / 2));
        coordinates.put("y", rounded((box.top() + box.bottom()) / 2));
        coordinates.put("width", rounded(box.right() - box.left()));
        coordinates.put("height", rounded(box.bottom() - box.top()));
        return item;
    }

    private static BigDecimal rounded(double pixels) {
        BigDecimal value = BigDecimal.valueOf(pixels).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
