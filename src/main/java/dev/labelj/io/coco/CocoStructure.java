package dev.labelj.io.coco;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.InputText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed COCO file once and builds its {@link CocoDataset}, or refuses it naming every problem by its
 * place in the JSON ({@code images[3].id}). Ambiguity is refused too: two images or two categories with one id
 * would send boxes to the wrong image or class, two images with one {@code file_name} would overwrite each
 * other's boxes, two annotations with one id are one box to pycocotools. A dangling {@code image_id} or
 * {@code category_id} is left to the caller, which knows which image it is reading.
 */
final class CocoStructure {
    /** A broken export can have a problem per entry; the message shows the first ones and counts the rest. */
    private static final int MAX_SHOWN = 20;

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private CocoStructure(Path file) {
        this.file = file;
    }

    static CocoDataset check(Path file, JsonNode root) throws AnnotationIoException {
        if (root == null || !root.isObject()) {
            throw AnnotationIoException.malformed(file, 1, "", "not a COCO file: a JSON object with images,"
                    + " categories and annotations");
        }
        CocoStructure check = new CocoStructure(file);
        List<CocoDataset.Image> images = check.images(check.array(root, "images"));
        List<CocoDataset.Category> categories = check.categories(check.array(root, "categories"));
        List<CocoDataset.Annotation> annotations = check.annotations(check.array(root, "annotations"));
        check.throwIfAny();
        return new CocoDataset(images, categories, annotations);
    }

    private JsonNode array(JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (!node.isArray()) {
            problems.add(key + ": " + (node.isMissingNode() ? "missing" : "not an array") + " (a COCO detection file"
                    + " has images, categories and annotations arrays)");
        }
        return node;
    }

    private List<CocoDataset.Image> images(JsonNode list) {
        List<CocoDataset.Image> images = new ArrayList<>();
        Map<Long, Integer> ids = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "images[" + i + "]";
            JsonNode n = list.get(i);
            if (!isObject(n, where)) {
                continue;
            }
            Long id = unique(ids, id(n, "id", where), i, where + ".id", "images");
            String name = unique(names, fileName(n, where), i, where + ".file_name", "images");
            Integer width = size(n, "width", where);
            Integer height = size(n, "height", where);
            if (id != null && name != null && width != null && height != null) {
                images.add(new CocoDataset.Image(id, name, width, height));
            }
        }
        return images;
    }

    private List<CocoDataset.Category> categories(JsonNode list) {
        List<CocoDataset.Category> categories = new ArrayList<>();
        Map<Long, Integer> ids = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "categories[" + i + "]";
            JsonNode n = list.get(i);
            if (!isObject(n, where)) {
                continue;
            }
            Long id = unique(ids, id(n, "id", where), i, where + ".id", "categories");
            String name = text(n, "name", where);
            if (id != null && name != null) {
                categories.add(new CocoDataset.Category(id, name));
            }
        }
        return categories;
    }

    private List<CocoDataset.Annotation> annotations(JsonNode list) {
        List<CocoDataset.Annotation> annotations = new ArrayList<>();
        Map<Long, Integer> ids = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "annotations[" + i + "]";
            JsonNode n = list.get(i);
            if (!isObject(n, where)) {
                continue;
            }
            Long id = unique(ids, id(n, "id", where), i, where + ".id", "annotations");
            Long imageId = id(n, "image_id", where);
            Long categoryId = id(n, "category_id", where);
            double[] bbox = bbox(n.path("bbox"), where + ".bbox");
            if (id != null && imageId != null && categoryId != null && bbox != null) {
                annotations.add(new CocoDataset.Annotation(id, imageId, categoryId, bbox[0], bbox[1], bbox[2],
                        bbox[3]));
            }
        }
        return annotations;
    }

    private boolean isObject(JsonNode node, String where) {
        if (!node.isObject()) {
            problems.add(where + ": not an object");
        }
        return node.isObject();
    }

    private Long id(JsonNode node, String key, String where) {
        JsonNode value = node.path(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problems.add(where + "." + key + ": missing or not a whole number");
            return null;
        }
        return value.asLong();
    }

    /** {@code value}, or null (with the problem named) when an earlier entry of the array already has it. */
    private <T> T unique(Map<T, Integer> seen, T value, int index, String where, String array) {
        if (value == null) {
            return null;
        }
        Integer first = seen.putIfAbsent(value, index);
        if (first != null) {
            problems.add(where + ": " + InputText.quote(String.valueOf(value)) + " is also " + array + "[" + first
                    + "]'s; the file is ambiguous");
            return null;
        }
        return value;
    }

    private String text(JsonNode node, String key, String where) {
        JsonNode value = node.path(key);
        if (!value.isTextual()) {
            problems.add(where + "." + key + ": missing or not a string");
            return null;
        }
        if (InputText.hasLoneSurrogate(value.asText())) {
            problems.add(where + "." + key + ": holds half of a UTF-16 pair (\\ud800-\\udfff alone): not text");
            return null;
        }
        return value.asText();
    }

    /** A path naming a file: its last part is a name, not empty, {@code .} or {@code ..}; '\' reads as '/'. */
    private String fileName(JsonNode node, String where) {
        String name = text(node, "file_name", where);
        if (name == null) {
            return null;
        }
        String unix = name.replace('\\', '/');
        String last = unix.substring(unix.lastIndexOf('/') + 1);
        if (last.isBlank() || last.equals(".") || last.equals("..") || name.indexOf('\0') >= 0) {
            problems.add(where + ".file_name: " + InputText.quote(name) + " does not name an image file");
            return null;
        }
        return unix;
    }

    /** An optional image width or height: absent or 0 means "unknown" (the real image is measured anyway). */
    private Integer size(JsonNode node, String key, String where) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            problems.add(where + "." + key + ": not a whole number of pixels");
            return null;
        }
        return value.asInt();
    }

    private double[] bbox(JsonNode bbox, String where) {
        if (!bbox.isArray() || bbox.size() != 4) {
            problems.add(where + ": must be [x, y, width, height]");
            return null;
        }
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            JsonNode value = bbox.get(k);
            boolean pixels = value.isNumber() && Double.isFinite(value.asDouble())
                    && Math.abs(value.asDouble()) <= Integer.MAX_VALUE;
            if (!pixels) {
                problems.add(where + "[" + k + "]: not a number of pixels");
                return null;
            }
            v[k] = value.asDouble();
        }
        return v;
    }

    private void throwIfAny() throws AnnotationIoException {
        if (problems.isEmpty()) {
            return;
        }
        String shown = String.join("; ", problems.subList(0, Math.min(MAX_SHOWN, problems.size())));
        String more = problems.size() > MAX_SHOWN ? "; and " + (problems.size() - MAX_SHOWN) + " more" : "";
        throw AnnotationIoException.malformed(file, 0, "", "not a usable COCO file (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "; nothing was taken from it): " + shown + more);
    }
}
