package dev.labelj.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An element a format carries that LabelJ does not model (VOC2007 {@code owner}, CVAT {@code attributes},
 * Roboflow {@code occluded}, person-layout {@code part}s...). Kept so that a re-save loses nothing.
 *
 * @param after the name of the modelled element it followed in the file ("" when it came first), so a
 *              writer can put it back at the same place
 */
public record ExtraElement(String name, Map<String, String> attributes, String text, List<ExtraElement> children,
                           String after) {
    public ExtraElement {
        Objects.requireNonNull(name, "name");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        text = text == null ? "" : text;
        children = List.copyOf(children);
        after = after == null ? "" : after;
    }

    public static ExtraElement leaf(String name, String text, String after) {
        return new ExtraElement(name, Map.of(), text, List.of(), after);
    }

    public ExtraElement withAfter(String newAfter) {
        return new ExtraElement(name, attributes, text, children, newAfter);
    }
}
