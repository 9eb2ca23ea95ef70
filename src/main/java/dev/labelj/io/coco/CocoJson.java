package dev.labelj.io.coco;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

/**
 * Reads and writes COCO detection JSON. Written files carry what pycocotools and the trainers read:
 * {@code info}, {@code licenses}, {@code images} (id, file_name, width, height), {@code annotations} (id,
 * image_id, category_id, bbox, area = w*h, iscrowd 0, empty segmentation) and {@code categories}. Reading
 * needs only images, annotations and categories; anything else is ignored.
 */
public final class CocoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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

    /**
     * Parses strictly (no trailing content, no key twice in one object; any UTF encoding) and checks the structure
     * once, so a wrong file is one error naming every problem, never a quietly changed dataset.
     */
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
        return CocoStructure.check(file, root);
    }

    /** Whether {@code bytes} (UTF-8, -16 or -32, as the reader detects) start a JSON object, as COCO files do. */
    public static boolean startsAnObject(byte[] bytes) {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            return parser.nextToken() == JsonToken.START_OBJECT;
        } catch (IOException e) {
            return false;
        }
    }

    private static BigDecimal rounded(double value) {
        BigDecimal v = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
