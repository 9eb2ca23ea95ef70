package dev.labelj.dataset;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers {@code labelj stats} prints. An image is labelled when it has at least one box, negative when
 * its annotation exists with no boxes (a YOLO empty file, a VOC file without objects), verified when the
 * annotation says so, unlabelled when no annotation was found, unreadable when its annotation is malformed.
 * Box sizes are the square root of the box's share of the image area, in COCO-like buckets.
 */
public record DatasetStats(int images, int labelled, int verified, int negative, int unlabelled, int unreadable,
                           int boxes, Map<String, Integer> boxesPerClass, int minBoxesPerImage,
                           double medianBoxesPerImage, int maxBoxesPerImage, Map<String, Integer> boxSizes,
                           double imbalance) {
    /** Buckets of sqrt(box area / image area): below 1/32, below 1/8, below 1/2, the rest. */
    static final List<String> SIZE_BUCKETS = List.of("tiny (<3%)", "small (3-12%)", "medium (12-50%)", "large (>=50%)");

    public static DatasetStats of(DatasetReader.Dataset dataset) {
        int labelled = 0;
        int verified = 0;
        int negative = 0;
        int unreadable = 0;
        Map<String, Integer> perClass = new TreeMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        SIZE_BUCKETS.forEach(b -> sizes.put(b, 0));
        List<Integer> perImage = new ArrayList<>();
        for (DatasetItem item : dataset.items()) {
            if (item.readError().isPresent()) {
                unreadable++;
            }
            if (item.annotation().isEmpty()) {
                continue;
            }
            ImageAnnotation annotation = item.annotation().get();
            verified += annotation.verified() ? 1 : 0;
            if (annotation.boxes().isEmpty()) {
                negative++;
            } else {
                labelled++;
            }
            perImage.add(annotation.boxes().size());
            for (Box box : annotation.boxes()) {
                perClass.merge(box.label(), 1, Integer::sum);
                item.size().or(annotation::size).ifPresent(size -> sizes.merge(bucket(box, size), 1, Integer::sum));
            }
        }
        int unlabelled = dataset.items().size() - labelled - negative - unreadable;
        Collections.sort(perImage);
        int boxes = perImage.stream().mapToInt(Integer::intValue).sum();
        return new DatasetStats(dataset.items().size(), labelled, verified, negative, unlabelled, unreadable, boxes,
                perClass, perImage.isEmpty() ? 0 : perImage.get(0), median(perImage),
                perImage.isEmpty() ? 0 : perImage.get(perImage.size() - 1), sizes, imbalance(perClass));
    }

    private static String bucket(Box box, ImageSize size) {
        double share = Math.sqrt(Math.max(0, (box.right() - box.left()) * (box.bottom() - box.top()))
                / ((double) size.width() * size.height()));
        int index = share < 1.0 / 32 ? 0 : share < 1.0 / 8 ? 1 : share < 0.5 ? 2 : 3;
        return SIZE_BUCKETS.get(index);
    }

    private static double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The most common class's box count over the rarest's (1 = balanced; 0 without boxes). */
    private static double imbalance(Map<String, Integer> perClass) {
        if (perClass.isEmpty()) {
            return 0;
        }
        int max = Collections.max(perClass.values());
        int min = Collections.min(perClass.values());
        return (double) max / min;
    }
}
