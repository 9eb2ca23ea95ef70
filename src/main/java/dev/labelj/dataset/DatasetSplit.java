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
 * dealt out so every group is split in the asked proportions while the whole meets its counts exactly
 * ({@link SplitTargets}: largest remainder, and every split at least one image when there are enough). Images
 * whose annotation cannot be read are left out (validate names them).
 */
public final class DatasetSplit {
    private DatasetSplit() {
    }

    /** The split names in order ("train", "val", optionally "test") with their images, and what fell short. */
    public record Result(Map<String, List<Path>> lists, List<String> warnings) {
        public Result {
            lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
            warnings = List.copyOf(warnings);
        }
    }

    public static Result split(DatasetReader.Dataset dataset, Map<String, Double> ratios, long seed) {
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
        int total = groups.values().stream().mapToInt(List::size).sum();
        int[] targets = SplitTargets.of(ratios, total);
        Map<String, List<Path>> result = new LinkedHashMap<>();
        ratios.keySet().forEach(name -> result.put(name, new ArrayList<>()));
        List<String> names = new ArrayList<>(ratios.keySet());
        List<List<Path>> ordered = new ArrayList<>(groups.values());
        ordered.sort(java.util.Comparator.comparingInt(List::size)); // rarest classes first, name order on ties
        for (List<Path> group : ordered) {
            List<Path> images = new ArrayList<>(group);
            Collections.shuffle(images, new Random(seed + images.size()));
            int[] inGroup = new int[names.size()];
            for (int k = 0; k < images.size(); k++) {
                int chosen = mostBehind(names, ratios, inGroup, k, result, targets);
                inGroup[chosen]++;
                result.get(names.get(chosen)).add(images.get(k));
            }
        }
        result.values().forEach(list -> list.sort(dev.labelj.image.ImageFolder.byRelativePath(dataset.root())));
        return new Result(result, SplitTargets.shortfalls(ratios, targets, total));
    }

    /**
     * Among the splits that still have room in their count, the one furthest below its share within the group;
     * ties (a group of one image) go to the split with the most room left for its size, so small groups still add
     * up to the counts.
     */
    private static int mostBehind(List<String> names, Map<String, Double> ratios, int[] inGroup, int assigned,
                                  Map<String, List<Path>> result, int[] targets) {
        int best = -1;
        double bestGroup = Double.NEGATIVE_INFINITY;
        double bestRoom = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < names.size(); i++) {
            int room = targets[i] - result.get(names.get(i)).size();
            if (room <= 0) {
                continue;
            }
            double group = ratios.get(names.get(i)) * (assigned + 1) - inGroup[i];
            double share = (double) room / targets[i];
            if (group > bestGroup + 1e-9 || Math.abs(group - bestGroup) <= 1e-9 && share > bestRoom) {
                best = i;
                bestGroup = group;
                bestRoom = share;
            }
        }
        return best;
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
