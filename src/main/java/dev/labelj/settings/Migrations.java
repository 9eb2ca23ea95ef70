package dev.labelj.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * The one place older layouts of the settings file are brought up to {@link SettingsJson#CURRENT_VERSION},
 * one version step at a time, on the JSON tree before it is bound to records.
 *
 * <p>Version 0 is a flat object without a {@code version} key that uses labelImg's setting names
 * ({@code autosave}, {@code singleclass}, {@code paintlabel}, {@code draw/square}, {@code labelFileFormat},
 * {@code recentFiles}, {@code savedir}, {@code lastOpenDir}), so a labelImg user's settings dumped as
 * JSON carry over. Version 1 is the current layout. A file from a newer version is read as far as
 * its keys are known; the store then leaves that file as it is (see {@link LoadProblem.Kind#NEWER_VERSION}).
 */
final class Migrations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> V0_FORMATS = Map.of(
            "1", "voc", "pascal_voc", "voc", "2", "yolo", "yolo", "yolo", "3", "createml", "create_ml", "createml");

    private Migrations() {
    }

    static int versionOf(ObjectNode root) {
        JsonNode version = root.get("version");
        return version != null && version.canConvertToInt() ? version.asInt() : 0;
    }

    static ObjectNode upgrade(ObjectNode root) {
        ObjectNode current = root;
        if (versionOf(current) == 0) {
            current = fromVersion0(current);
        }
        current.put("version", Math.max(versionOf(current), SettingsJson.CURRENT_VERSION));
        return current;
    }

    private static ObjectNode fromVersion0(ObjectNode old) {
        ObjectNode settings = NODES.objectNode();
        copyBoolean(old, "autosave", settings, "autoSave");
        copyBoolean(old, "singleclass", settings, "singleClassMode");
        copyBoolean(old, "paintlabel", settings, "displayLabels");
        copyBoolean(old, "draw/square", settings, "drawSquares");
        JsonNode format = old.get("labelFileFormat");
        if (format != null && format.isValueNode()) {
            String id = V0_FORMATS.get(format.asText().toLowerCase(Locale.ROOT));
            if (id != null) {
                settings.put("saveFormat", id);
            }
        }
        ObjectNode history = NODES.objectNode();
        history.set("recent", recentFromVersion0(old));
        String lastOpenDir = old.path("lastOpenDir").asText("");
        if (!lastOpenDir.isBlank()) {
            history.set("dialogDirs", NODES.objectNode().put("openDir", lastOpenDir));
        }
        ObjectNode upgraded = NODES.objectNode();
        upgraded.put("version", 1);
        upgraded.set("settings", settings);
        upgraded.set("history", history);
        return upgraded;
    }

    /** labelImg keeps one global save dir; it belongs with the folder opened last. */
    private static ArrayNode recentFromVersion0(ObjectNode old) {
        ArrayNode recent = NODES.arrayNode();
        String saveDir = old.path("savedir").asText("");
        for (JsonNode file : old.path("recentFiles")) {
            if (file.isTextual() && !file.asText().isBlank()) {
                ObjectNode entry = recent.addObject().put("path", file.asText());
                if (recent.size() == 1 && !saveDir.isBlank()) {
                    entry.put("saveDir", saveDir);
                }
            }
        }
        return recent;
    }

    private static void copyBoolean(ObjectNode from, String oldName, ObjectNode to, String newName) {
        JsonNode value = from.get(oldName);
        if (value != null && value.isBoolean()) {
            to.put(newName, value.booleanValue());
        }
    }
}
