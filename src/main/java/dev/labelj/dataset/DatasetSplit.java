package dev.labelj.dataset;

import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Splits a dataset into train/val/test, stratified by class and reproducible: each image is grouped by its
 * rarest class (images without boxes form one group), each group is shuffled with the seed, and its images are
 * dealt out so every group is split in the asked proportions. Images whose annotation cannot be read are left
 * out (validate names them).
 */
public final class DatasetSplit {
    private DatasetSplit() {
    }

    /** The split names in order ("train", "val", optionally "test") with their images. */
    public static Map<String, List<Path>> split(DatasetReader.Dataset dataset, Map<String, Double> ratios, long seed) {
        Map<String, Integer> classCounts = new HashMap<>();
        for (DatasetItem item : dataset.items()) {
            item.annotation().ifPresent(a -> a.boxes().forEach(b -> classCounts.merge(b.label(), 1, Integer::sum)));
        }
        Map<String, List<Path>> groups = new TreeMap<>();
        for (DatasetItem item : dataset.items()) {
            if (item.readError().isEmpty()) {
                groups.computeIfAbsent(rarestClass(item, classCounts), g -> new ArrayList<>()).add(item.image());
            }
        }
        Map<String, List<Path>> result = new LinkedHashMap<>();
        ratios.keySet().forEach(name -> result.put(name, new ArrayList<>()));
        List<String> names = new ArrayList<>(ratios.keySet());
        for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
            List<Path> images = new ArrayList<>(group.getValue());
            Collections.shuffle(images, new Random(seed ^ group.getKey().hashCode()));
            for (int k = 0; k < images.size(); k++) {
                result.get(names.get(slot((k + 0.5) / images.size(), names, ratios))).add(images.get(k));
            }
        }
        result.values().forEach(list -> list.sort(dev.labelj.image.ImageFolder.byRelativePath(dataset.root())));
        return result;
    }

    private static int slot(double position, List<String> names, Map<String, Double> ratios) {
        double cumulative = 0;
        for (int i = 0; i < names.size(); i++) {
            cumulative += ratios.get(names.get(i));
            if (position < cumulative) {
                return i;
            }
        }
        return names.size() - 1;
    }

    /** "" for an image without boxes; ties between equally rare classes go to the name first in order. */
    private static String rarestClass(DatasetItem item, Map<String, Integer> counts) {
        String rarest = "";
        int fewest = Integer.MAX_VALUE;
        for (Box box : item.annotation().map(a -> a.boxes()).orElse(List.of())) {
            int count = counts.get(box.label());
            if (count < fewest || count == fewest && box.label().compareTo(rarest) < 0) {
                rarest = box.label();
                fewest = count;
            }
        }
        return rarest.isEmpty() ? "" : "class:" + rarest;
    }
}
