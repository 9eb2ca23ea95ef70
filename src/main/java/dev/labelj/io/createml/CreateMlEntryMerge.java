package dev.labelj.io.createml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-writes the entry an image already has, in place: keys LabelJ does not model (an entry's
 * {@code source}, a box's {@code confidence}) stay where they were, the entry keeps its own spelling
 * ({@code image}/{@code annotations} or {@code imagefilename}/{@code annotation}), and a box that did not
 * change keeps its item exactly, so an unchanged annotation gives an equal entry.
 */
final class CreateMlEntryMerge {
    /** Half of the last written decimal: a coordinate closer than this was not moved. */
    private static final double SAME_PX = 0.00005;

    private CreateMlEntryMerge() {
    }

    static ObjectNode merge(ObjectNode existing, ImageAnnotation annotation) {
        String boxesKey = existing.has("annotations") || !existing.has("annotation") ? "annotations" : "annotation";
        String imageKey = existing.has("image") ? "image" : "imagefilename";
        ArrayNode boxes = mergeBoxes(existing.path(boxesKey), annotation.boxes());
        boolean verifiedUnchanged = existing.path("verified").asBoolean(false) == annotation.verified();
        ObjectNode entry = CreateMlJson.MAPPER.createObjectNode();
        existing.fields().forEachRemaining(field -> {
            String key = field.getKey();
            if (key.equals(boxesKey)) {
                entry.set(key, boxes);
            } else if (key.equals("verified") && !verifiedUnchanged) {
                entry.put(key, annotation.verified());
            } else {
                entry.set(key, field.getValue());
            }
            if (key.equals(imageKey) && !existing.has("verified") && annotation.verified()) {
                entry.put("verified", true); // labelImg's place for it
            }
        });
        if (!existing.has(boxesKey)) {
            entry.set(boxesKey, boxes);
        }
        return entry;
    }

    /**
     * A box equal to an old item keeps that item; a moved box takes over the first unused old item with its
     * label (so its own keys survive the move); any other box gets a new item.
     */
    private static ArrayNode mergeBoxes(JsonNode oldItems, List<Box> boxes) {
        List<ObjectNode> unused = new ArrayList<>();
        oldItems.forEach(item -> {
            if (item.isObject()) {
                unused.add((ObjectNode) item);
            }
        });
        ObjectNode[] items = new ObjectNode[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            items[i] = takeFirst(unused, boxes.get(i), true);
        }
        ArrayNode merged = CreateMlJson.MAPPER.createArrayNode();
        for (int i = 0; i < boxes.size(); i++) {
            if (items[i] != null) {
                merged.add(items[i]);
                continue;
            }
            ObjectNode sameLabel = takeFirst(unused, boxes.get(i), false);
            merged.add(sameLabel == null ? CreateMlJson.toItem(boxes.get(i)) : moved(sameLabel, boxes.get(i)));
        }
        return merged;
    }

    private static ObjectNode takeFirst(List<ObjectNode> unused, Box box, boolean samePlace) {
        for (ObjectNode item : unused) {
            if (box.label().equals(item.path("label").asText(null)) && (!samePlace || samePlace(item, box))) {
                unused.remove(item);
                return item;
            }
        }
        return null;
    }

    private static boolean samePlace(JsonNode item, Box box) {
        JsonNode c = item.path("coordinates");
        return near(c.path("x").asDouble(Double.NaN), (box.left() + box.right()) / 2)
                && near(c.path("y").asDouble(Double.NaN), (box.top() + box.bottom()) / 2)
                && near(c.path("width").asDouble(Double.NaN), box.right() - box.left())
                && near(c.path("height").asDouble(Double.NaN), box.bottom() - box.top());
    }

    private static boolean near(double written, double now) {
        return Math.abs(written - now) < SAME_PX;
    }

    private static ObjectNode moved(ObjectNode old, Box box) {
        ObjectNode item = old.deepCopy();
        ObjectNode fresh = CreateMlJson.toItem(box);
        JsonNode oldCoordinates = item.path("coordinates");
        ObjectNode coordinates = oldCoordinates.isObject() ? (ObjectNode) oldCoordinates
                : item.putObject("coordinates");
        fresh.get("coordinates").fields().forEachRemaining(f -> coordinates.set(f.getKey(), f.getValue()));
        return item;
    }
}
