package dev.labelj.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the user has been. Every list is newest first, de-duplicated and bounded, so the file stays
 * small however long the tool is used; the compact constructor enforces that for hand-edited files too.
 *
 * @param recent recently opened folders and images
 * @param lastImages the image last shown in each folder
 * @param window the main window's bounds, or null before the first close
 * @param dividers split-pane divider positions in pixels, by pane name
 * @param dialogDirs the last directory of each file dialog, by dialog name
 * @param models the model (ONNX file) Auto Label last used in each image folder, by folder
 * @param modelClasses what the user chose for model classes without a class of their name, by model file:
 *                     model class name to dataset class ("" for ignored)
 */
public record History(
        List<RecentEntry> recent,
        List<LastImage> lastImages,
        WindowBounds window,
        Map<String, Integer> dividers,
        Map<String, Path> dialogDirs,
        Map<String, Path> models,
        Map<String, Map<String, String>> modelClasses) {

    public static final int MAX_RECENT = 10;
    public static final int MAX_LAST_IMAGES = 200;
    public static final int MAX_NAMED = 32;

    private static final History EMPTY = new History(List.of(), List.of(), null, Map.of(), Map.of(), Map.of(), Map.of());

    public History {
        recent = distinctNewestFirst(recent, RecentEntry::path, MAX_RECENT);
        lastImages = distinctNewestFirst(lastImages, LastImage::folder, MAX_LAST_IMAGES);
        dividers = boundedSorted(dividers);
        dialogDirs = boundedSorted(dialogDirs);
        models = boundedSorted(models);
        modelClasses = boundedSorted(modelClasses);
    }

    public History(List<RecentEntry> recent, List<LastImage> lastImages, WindowBounds window,
                   Map<String, Integer> dividers, Map<String, Path> dialogDirs) {
        this(recent, lastImages, window, dividers, dialogDirs, Map.of(), Map.of());
    }

    public static History empty() {
        return EMPTY;
    }

    public Optional<RecentEntry> mostRecent() {
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(0));
    }

    public Optional<Path> lastImageIn(Path folder) {
        Path key = RecentEntry.normalise(folder);
        return lastImages.stream().filter(l -> l.folder().equals(key)).map(LastImage::image).findFirst();
    }

    public Optional<Integer> divider(String name) {
        return Optional.ofNullable(dividers.get(name));
    }

    public Optional<Path> dialogDir(String name) {
        return Optional.ofNullable(dialogDirs.get(name));
    }

    public History withRecent(RecentEntry entry) {
        return new History(prepend(entry, recent), lastImages, window, dividers, dialogDirs, models, modelClasses);
    }

    public History withLastImage(Path folder, Path image) {
        return new History(recent, prepend(new LastImage(folder, image), lastImages), window, dividers, dialogDirs,
                models, modelClasses);
    }

    public History withWindow(WindowBounds bounds) {
        return new History(recent, lastImages, bounds, dividers, dialogDirs, models, modelClasses);
    }

    public History withDivider(String name, int position) {
        return new History(recent, lastImages, window, put(dividers, name, position), dialogDirs, models,
                modelClasses);
    }

    public History withDialogDir(String name, Path dir) {
        return new History(recent, lastImages, window, dividers, put(dialogDirs, name, RecentEntry.normalise(dir)),
                models, modelClasses);
    }

    public Optional<Path> modelFor(Path folder) {
        return Optional.ofNullable(models.get(RecentEntry.normalise(folder).toString()));
    }

    public History withModel(Path folder, Path model) {
        return new History(recent, lastImages, window, dividers, dialogDirs,
                put(models, RecentEntry.normalise(folder).toString(), RecentEntry.normalise(model)), modelClasses);
    }

    /** The class choices made for {@code model} (model class name to dataset class, "" for ignored). */
    public Map<String, String> classesChosenFor(Path model) {
        return modelClasses.getOrDefault(RecentEntry.normalise(model).toString(), Map.of());
    }

    public History withClassesChosen(Path model, Map<String, String> chosen) {
        return new History(recent, lastImages, window, dividers, dialogDirs, models,
                put(modelClasses, RecentEntry.normalise(model).toString(),
                        Collections.unmodifiableMap(new TreeMap<>(chosen))));
    }

    private static <T> List<T> prepend(T first, List<T> rest) {
        List<T> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    /** Keeps the first occurrence of each key (the newest), drops entries without a key, caps the size. */
    private static <T, K> List<T> distinctNewestFirst(List<T> items, java.util.function.Function<T, K> key, int max) {
        if (items == null) {
            return List.of();
        }
        Map<K, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            if (item != null && key.apply(item) != null && byKey.size() < max) {
                byKey.putIfAbsent(key.apply(item), item);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Sorted by name so the file's key order is stable; nulls dropped; capped. */
    private static <V> Map<String, V> boundedSorted(Map<String, V> map) {
        if (map == null) {
            return Map.of();
        }
        TreeMap<String, V> sorted = new TreeMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                sorted.put(k, v);
            }
        });
        while (sorted.size() > MAX_NAMED) {
            sorted.pollLastEntry();
        }
        return Collections.unmodifiableMap(sorted);
    }
}
