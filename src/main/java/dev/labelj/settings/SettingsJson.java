package dev.labelj.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The settings file's JSON: {@code {"version": N, "settings": {...}, "history": {...}}}, indented, keys in
 * a fixed order, paths as plain strings. Reading upgrades old layouts, ignores unknown keys and fills
 * every missing key from the defaults.
 */
final class SettingsJson {
    static final int CURRENT_VERSION = 1;
    static final String DEFAULTS_FILE = "defaults.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(pathsAsPlainStrings())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private SettingsJson() {
    }

    static byte[] write(Snapshot snapshot) {
        try {
            return MAPPER.writeValueAsBytes(toTree(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as JSON", e);
        }
    }

    /** What a file holds, and the layout version it declares (0 when it has none). */
    record Contents(Snapshot snapshot, int version) {
    }

    /** Parses a whole file; throws on anything that is not a JSON object of the expected shape. */
    static Snapshot read(byte[] json) throws IOException {
        return parse(json).snapshot();
    }

    /** {@link #read}, with the version the file declared before it was upgraded. */
    static Contents parse(byte[] json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        if (tree == null || !tree.isObject()) {
            throw new IOException("expected a JSON object, found " + (tree == null ? "nothing" : tree.getNodeType()));
        }
        ObjectNode root = (ObjectNode) tree;
        int version = Migrations.versionOf(root);
        ObjectNode merged = mergeOnto(defaultsTree(), Migrations.upgrade(root));
        Settings settings = MAPPER.treeToValue(merged.get("settings"), Settings.class);
        History history = MAPPER.treeToValue(merged.get("history"), History.class);
        return new Contents(new Snapshot(settings, history), version);
    }

    /**
     * The defaults as the file holds them, from {@value #DEFAULTS_FILE} next to this class: writing them takes
     * Jackson about 40 ms on a cold JVM to learn the records, at the start of every launch with a settings file,
     * where reading them back takes a few (docs/adr/0178). A test keeps the file equal to what the defaults write.
     */
    static ObjectNode defaultsTree() throws IOException {
        try (InputStream in = SettingsJson.class.getResourceAsStream(DEFAULTS_FILE)) {
            if (in == null) {
                throw new IOException(DEFAULTS_FILE + " is missing from the build");
            }
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    /** What {@link #defaultsTree} must hold. */
    static ObjectNode writtenDefaults() {
        return toTree(Snapshot.defaults());
    }

    private static ObjectNode toTree(Snapshot snapshot) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", CURRENT_VERSION);
        root.set("settings", MAPPER.valueToTree(snapshot.settings()));
        root.set("history", MAPPER.valueToTree(snapshot.history()));
        return root;
    }

    /** Values from the file win; objects merge key by key; a null or absent value keeps the default. */
    private static ObjectNode mergeOnto(ObjectNode defaults, ObjectNode file) {
        Iterator<Map.Entry<String, JsonNode>> fields = file.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = defaults.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (current instanceof ObjectNode currentObject && value instanceof ObjectNode valueObject) {
                mergeOnto(currentObject, valueObject);
            } else {
                defaults.set(field.getKey(), value);
            }
        }
        return defaults;
    }

    private static SimpleModule pathsAsPlainStrings() {
        SimpleModule module = new SimpleModule("plain-paths");
        module.addSerializer(Path.class, ToStringSerializer.instance);
        module.addDeserializer(Path.class, new FromStringDeserializer<>(Path.class) {
            @Override
            protected Path _deserialize(String value, DeserializationContext context) {
                return Path.of(value);
            }
        });
        return module;
    }
}
