package dev.labelj.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many images each split gets in all: the shares of the whole rounded by largest remainder (so they add up
 * to the dataset), then every split at least one image when there are enough images for each to have one.
 * Rounding each group on its own gave 12 images at 0.8/0.2 a 12/0 split.
 */
final class SplitTargets {
    private SplitTargets() {
    }

    /** The image count of each split, in the order of {@code ratios}. */
    static int[] of(Map<String, Double> ratios, int images) {
        List<Double> shares = new ArrayList<>(ratios.values());
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        int[] counts = new int[shares.size()];
        double[] remainders = new double[shares.size()];
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = shares.get(i) / sum * images;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        for (; given < images; given++) {
            int largest = 0;
            for (int i = 1; i < counts.length; i++) {
                largest = remainders[i] > remainders[largest] + 1e-9 ? i : largest;
            }
            counts[largest]++;
            remainders[largest] = -1;
        }
        giveEachOne(counts);
        return counts;
    }

    /** Moves one image at a time from the largest split to an empty one, while the largest can spare it. */
    private static void giveEachOne(int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            int largest = 0;
            for (int k = 1; k < counts.length; k++) {
                largest = counts[k] > counts[largest] ? k : largest;
            }
            if (counts[i] == 0 && counts[largest] > 1) {
                counts[largest]--;
                counts[i]++;
            }
        }
    }

    /** What the user should know about a split that is empty or off its share by a whole image or more. */
    static List<String> shortfalls(Map<String, Double> ratios, int[] counts, int images) {
        List<String> warnings = new ArrayList<>();
        double sum = ratios.values().stream().mapToDouble(Double::doubleValue).sum();
        int i = 0;
        for (Map.Entry<String, Double> split : ratios.entrySet()) {
            double exact = split.getValue() / sum * images;
            if (counts[i] == 0 || Math.abs(counts[i] - exact) >= 1) {
                warnings.add(String.format(Locale.ROOT, "%s: %d of %d images (%.0f%%) instead of the asked %.0f%%;"
                        + " %d images cannot be split in these shares", split.getKey(), counts[i], images,
                        images == 0 ? 0.0 : 100.0 * counts[i] / images, 100 * split.getValue() / sum, images));
            }
            i++;
        }
        return warnings;
    }
}
