package dev.labelj.io.coco;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.InputText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes COCO detection JSON. Written files carry what pycocotools and the trainers read:
 * {@code info}, {@code licenses}, {@code images} (id, file_name, width, height), {@code annotations} (id,
 * image_id, category_id, bbox, area = w*h, iscrowd 0, empty segmentation) and {@code categories}. Reading
 * needs only images, annotations and categories; anything else is ignored.
 */
public final class CocoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DECIMALS = 3;

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private CocoJson() {
    }

    public static byte[] write(CocoDataset dataset) throws JacksonException {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("info").put("description", "exported by LabelJ");
        root.putArray("licenses");
        ArrayNode images = root.putArray("images");
        for (CocoDataset.Image image : dataset.images()) {
            images.addObject().put("id", image.id()).put("file_name", image.fileName()).put("width", image.width())
                    .put("height", image.height());
        }
        ArrayNode annotations = root.putArray("annotations");
        for (CocoDataset.Annotation a : dataset.annotations()) {
            ObjectNode item = annotations.addObject().put("id", a.id()).put("image_id", a.imageId())
                    .put("category_id", a.categoryId());
            item.putArray("bbox").add(rounded(a.x())).add(rounded(a.y())).add(rounded(a.width())).add(rounded(a.height()));
            item.put("area", rounded(a.width() * a.height())).put("iscrowd", 0);
            item.putArray("segmentation");
        }
        ArrayNode categories = root.putArray("categories");
        for (CocoDataset.Category c : dataset.categories()) {
            categories.addObject().put("id", c.id()).put("name", c.name()).put("supercategory", "none");
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    public static CocoDataset read(Path file, byte[] bytes) throws AnnotationIoException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new AnnotationIoException(file, AnnotationIoException.Kind.MALFORMED, line, "",
                    "not valid JSON: " + InputText.escapeControls(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("images").isArray() || !root.path("categories").isArray()) {
            throw AnnotationIoException.malformed(file, 1, "", "not a COCO file: an object with images and categories");
        }
        List<CocoDataset.Image> images = new ArrayList<>();
        for (int i = 0; i < root.get("images").size(); i++) {
            JsonNode n = root.get("images").get(i);
            images.add(new CocoDataset.Image(id(file, n, "id", "images[" + i + "]"), text(file, n, "file_name",
                    "images[" + i + "]"), n.path("width").asInt(0), n.path("height").asInt(0)));
        }
        List<CocoDataset.Category> categories = new ArrayList<>();
        for (int i = 0; i < root.get("categories").size(); i++) {
            JsonNode n = root.get("categories").get(i);
            categories.add(new CocoDataset.Category(id(file, n, "id", "categories[" + i + "]"),
                    text(file, n, "name", "categories[" + i + "]")));
        }
        return new CocoDataset(images, categories, annotations(file, root.path("annotations")));
    }

    private static List<CocoDataset.Annotation> annotations(Path file, JsonNode list) throws AnnotationIoException {
        List<CocoDataset.Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String where = "annotations[" + i + "]";
            JsonNode bbox = n.path("bbox");
            if (!bbox.isArray() || bbox.size() != 4) {
                throw AnnotationIoException.malformed(file, 0, where + ".bbox", "must be [x, y, width, height]");
            }
            double[] v = new double[4];
            for (int k = 0; k < 4; k++) {
                if (!bbox.get(k).isNumber() || !Double.isFinite(bbox.get(k).asDouble())
                        || Math.abs(bbox.get(k).asDouble()) > Integer.MAX_VALUE) {
                    throw AnnotationIoException.malformed(file, 0, where + ".bbox", "holds a value that is not a number"
                            + " of pixels");
                }
                v[k] = bbox.get(k).asDouble();
            }
            annotations.add(new CocoDataset.Annotation(id(file, n, "id", where), id(file, n, "image_id", where),
                    id(file, n, "category_id", where), v[0], v[1], v[2], v[3]));
        }
        return annotations;
    }

    private static long id(Path file, JsonNode node, String key, String where) throws AnnotationIoException {
        JsonNode value = node.path(key);
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw AnnotationIoException.malformed(file, 0, where + "." + key, "missing or not a whole number");
        }
        return value.asLong();
    }

    private static String text(Path file, JsonNode node, String key, String where) throws AnnotationIoException {
        if (!node.path(key).isTextual()) {
            throw AnnotationIoException.malformed(file, 0, where + "." + key, "missing or not a string");
        }
        return node.get(key).asText();
    }

    private static BigDecimal rounded(double value) {
        BigDecimal v = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
