package dev.labelj.dataset;

import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For each box, the first earlier box of its label that it overlaps by more than a threshold (IoU), without
 * comparing every pair: a file of 100,000 boxes took minutes. An overlap above t needs the intersection wider
 * than t times either width, so a partner's left edge lies within (1-t)/t of the box's width of its own; boxes
 * are sorted by left edge per label and only that window is looked at. Identical boxes are looked at once, as
 * the first of them, so a file repeating one box thousands of times stays linear.
 */
final class NearDuplicates {
    private NearDuplicates() {
    }

    /** One distinct box and the index of its first occurrence. */
    private record Distinct(Box box, int first) {
    }

    /** {@code result[i]} is the smallest {@code j < i} with the same label and IoU above {@code threshold}, or -1. */
    static int[] firstRepeats(List<Box> boxes, double threshold) {
        Map<List<Object>, Integer> firsts = new LinkedHashMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            firsts.putIfAbsent(key(boxes.get(i)), i);
        }
        Map<String, List<Distinct>> byLabel = new HashMap<>();
        firsts.forEach((key, first) -> byLabel.computeIfAbsent(boxes.get(first).label(), l -> new ArrayList<>())
                .add(new Distinct(boxes.get(first), first)));
        Map<String, Distinct[]> sorted = new HashMap<>();
        byLabel.forEach((label, list) -> sorted.put(label, list.stream()
                .sorted(Comparator.comparingDouble(d -> d.box().left())).toArray(Distinct[]::new)));
        int[] result = new int[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            result[i] = firstPartner(boxes.get(i), i, sorted.get(boxes.get(i).label()), threshold);
        }
        return result;
    }

    private static int firstPartner(Box box, int index, Distinct[] candidates, double threshold) {
        double width = box.right() - box.left();
        double reach = width * (1 - threshold) / threshold + 1e-9 * Math.max(1, Math.abs(box.left()));
        int best = -1;
        for (int k = lowerBound(candidates, box.left() - reach); k < candidates.length; k++) {
            Distinct other = candidates[k];
            if (other.box().left() > box.left() + reach) {
                break;
            }
            boolean earlier = other.first() < index && (best < 0 || other.first() < best);
            if (earlier && other.box().iou(box) > threshold) {
                best = other.first();
            }
        }
        return best;
    }

    private static int lowerBound(Distinct[] sorted, double left) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].box().left() < left) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static List<Object> key(Box box) {
        return Arrays.asList(box.label(), box.left(), box.top(), box.right(), box.bottom());
    }
}
