package dev.labelj.cli;

import dev.labelj.io.Formats;
import java.util.Iterator;
import java.util.Locale;

/** The values {@code --format}, {@code --from} and {@code --to} accept: the ids of {@link Formats}. */
final class FormatNames implements Iterable<String> {
    static boolean isKnown(String name) {
        return Formats.byId(name).isPresent();
    }

    static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static String list() {
        return Formats.idList();
    }

    @Override
    public Iterator<String> iterator() {
        return Formats.ids().iterator();
    }
}
