package dev.labelj.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ordered class names of a dataset. Add-only: an id, once given, never moves, so label files
 * written earlier keep pointing at the same names.
 */
public record ClassList(List<String> names) {
    public static final ClassList EMPTY = new ClassList(List.of());

    public ClassList {
        names = List.copyOf(names);
    }

    public static ClassList of(String... names) {
        return new ClassList(List.of(names));
    }

    public int size() {
        return names.size();
    }

    /** The id of {@code name}, or -1. The first occurrence wins when a file lists a name twice. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    public Optional<String> nameOf(int id) {
        return id >= 0 && id < names.size() ? Optional.of(names.get(id)) : Optional.empty();
    }

    /** This list with {@code name} appended unless it is already present. */
    public ClassList plus(String name) {
        if (names.contains(name)) {
            return this;
        }
        List<String> more = new ArrayList<>(names);
        more.add(name);
        return new ClassList(more);
    }

    /** This list with each of {@code more} appended in order, skipping names already present. */
    public ClassList plusAll(List<String> more) {
        List<String> merged = new ArrayList<>(names);
        for (String name : more) {
            if (!merged.contains(name)) {
                merged.add(name);
            }
        }
        return merged.size() == names.size() ? this : new ClassList(merged);
    }

    public boolean startsWith(ClassList prefix) {
        return names.size() >= prefix.names.size() && names.subList(0, prefix.names.size()).equals(prefix.names);
    }
}
