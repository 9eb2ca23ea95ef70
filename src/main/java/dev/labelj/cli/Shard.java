package dev.labelj.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --shard I/N}: the I-th of N parts of a folder (1-based, as job arrays count), so N machines or array jobs
 * share one folder without overlap. Image k of the folder's natural order belongs to part {@code k mod N + 1}:
 * every part gets the same number of images within one, and subfolders are spread over all parts.
 */
record Shard(int index, int count) {
    static final Shard ALL = new Shard(1, 1);

    /** The shard, or empty when the text is not {@code I/N} with 1 <= I <= N. */
    static Optional<Shard> parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            int index = Integer.parseInt(parts[0].strip());
            int count = Integer.parseInt(parts[1].strip());
            return index >= 1 && index <= count ? Optional.of(new Shard(index, count)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    <T> List<T> of(List<T> all) {
        List<T> mine = new ArrayList<>();
        for (int k = index - 1; k < all.size(); k += count) {
            mine.add(all.get(k));
        }
        return mine;
    }
}
