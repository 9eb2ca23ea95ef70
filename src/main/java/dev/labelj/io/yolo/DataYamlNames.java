package dev.labelj.io.yolo;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.InputText;
import dev.labelj.io.ReadFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The {@code names:} of an Ultralytics/YOLOv5 {@code data.yaml}, read by a YAML 1.2 parser (docs/adr/0103): a list
 * in any YAML form ({@code ['a', 'b']} over several lines, {@code - a}, anchors and aliases) or an id mapping
 * ({@code 0: a}; a gap keeps the later ids where they are). This is the one reader of data.yaml. A file that is
 * not YAML, holds a key twice, or whose names are not names is an error naming the file, line and place.
 */
final class DataYamlNames {
    /** data.yaml files are a few kB; the limits make a hostile one fail fast (docs/adr/0052). */
    private static final int MAX_CODE_POINTS = 1024 * 1024;
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 64;

    private DataYamlNames() {
    }

    /** The names in id order, or empty when the file has no {@code names} key. */
    static Optional<List<String>> read(Path file) throws AnnotationIoException {
        String text = ClassListFile.decode(file, ReadFiles.readAll(file));
        return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static Optional<List<String>> parse(Path file, String text) throws AnnotationIoException {
        Object document = load(file, text);
        if (document == null) {
            return Optional.empty();
        }
        if (!(document instanceof Map<?, ?> top)) {
            throw malformed(file, 0, "is not a YAML mapping of keys (names:, train:, ...)");
        }
        if (!top.containsKey("names")) {
            return Optional.empty();
        }
        Object names = top.get("names");
        if (names instanceof List<?> list) {
            return Optional.of(fromList(file, list));
        }
        if (names instanceof Map<?, ?> map) {
            return Optional.of(fromMapping(file, map));
        }
        throw malformed(file, 0, "names is neither a list nor an id mapping (0: name)");
    }

    private static List<String> fromList(Path file, List<?> list) throws AnnotationIoException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            names.add(name(file, list.get(i), "names[" + i + "]"));
        }
        return names;
    }

    private static List<String> fromMapping(Path file, Map<?, ?> map) throws AnnotationIoException {
        TreeMap<Integer, String> byId = new TreeMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String place = "names." + entry.getKey();
            if (!(entry.getKey() instanceof Number id) || !isClassId(id)) {
                throw malformed(file, 0, InputText.quote(place) + ": a names key must be a class id 0.."
                        + YoloLabels.MAX_CLASS_ID);
            }
            byId.put(id.intValue(), name(file, entry.getValue(), place));
        }
        List<String> names = new ArrayList<>();
        for (int id = 0; !byId.isEmpty() && id <= byId.lastKey(); id++) {
            names.add(byId.getOrDefault(id, YoloLabels.placeholder(id)));
        }
        return names;
    }

    private static boolean isClassId(Number id) {
        boolean whole = id instanceof Integer || id instanceof Long;
        return whole && id.longValue() >= 0 && id.longValue() <= YoloLabels.MAX_CLASS_ID;
    }

    /** A scalar as written ({@code 12} and {@code true} are names too); a list or mapping is not a name. */
    private static String name(Path file, Object value, String place) throws AnnotationIoException {
        if (value == null || value instanceof List<?> || value instanceof Map<?, ?>) {
            throw malformed(file, 0, place + " is " + (value == null ? "empty" : "not a single name"));
        }
        return value.toString();
    }

    private static Object load(Path file, String text) throws AnnotationIoException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(MAX_CODE_POINTS).build();
        try {
            checkDepth(file, settings, text);
            return new Load(settings).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(Mark::getLine).orElse(-1) + 1;
            throw malformed(file, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw malformed(file, 0, "not a usable YAML file: " + e.getMessage());
        }
    }

    /** The composer recurses once per level: a file nested thousands deep must stop before the stack does. */
    private static void checkDepth(Path file, LoadSettings settings, String text) throws AnnotationIoException {
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
        int depth = 0;
        while (parser.hasNext()) {
            Event event = parser.next();
            if (event.getEventId() == Event.ID.MappingStart || event.getEventId() == Event.ID.SequenceStart) {
                depth++;
                if (depth > MAX_DEPTH) {
                    int line = event.getStartMark().map(Mark::getLine).orElse(-1) + 1;
                    throw malformed(file, line, "nested more than " + MAX_DEPTH + " levels deep: not a data.yaml");
                }
            } else if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            }
        }
    }

    private static AnnotationIoException malformed(Path file, int line, String message) {
        return AnnotationIoException.malformed(file, line, "", message);
    }
}
