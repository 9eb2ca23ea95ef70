package dev.labelj.assist.audit;

import dev.labelj.assist.Proposal;
import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-class precision, recall and AP50 of a model against the labels, added up image by image
 * (docs/adr/0161-ap50.md). Matching is per class, as the COCO evaluation does it: detections best first, at most
 * 100 per image and class, each takes the unmatched label of its class it overlaps most. Not thread-safe: one
 * run adds its images from one thread.
 */
public final class ClassMetrics {
    /** The COCO evaluation's detections per image and class. */
    static final int MAX_PER_IMAGE = 100;

    private final AuditOptions options;
    private final Map<String, Tally> tallies = new TreeMap<>();

    public ClassMetrics(AuditOptions options) {
        this.options = options;
    }

    /** Adds one image: its labels and every detection the model gave (down to the AP floor). */
    public void add(List<Box> labels, List<Proposal> detections) {
        TreeMap<String, List<Box>> labelsByClass = new TreeMap<>();
        TreeMap<String, List<Proposal>> detectionsByClass = new TreeMap<>();
        labels.forEach(b -> labelsByClass.computeIfAbsent(b.label(), k -> new ArrayList<>()).add(b));
        detections.forEach(p -> detectionsByClass.computeIfAbsent(p.box().label(), k -> new ArrayList<>()).add(p));
        TreeMap<String, Boolean> classes = new TreeMap<>();
        labelsByClass.keySet().forEach(c -> classes.put(c, true));
        detectionsByClass.keySet().forEach(c -> classes.put(c, true));
        for (String name : classes.keySet()) {
            List<Box> gts = labelsByClass.getOrDefault(name, List.of());
            List<Proposal> dts = bestFirst(detectionsByClass.getOrDefault(name, List.of()));
            Tally tally = tallies.computeIfAbsent(name, k -> new Tally());
            tally.labels += gts.size();
            boolean[] matched = match(dts, gts, AuditOptions.AP_IOU);
            for (int i = 0; i < dts.size(); i++) {
                tally.hits.add(new CocoAp.Hit(dts.get(i).score(), matched[i]));
            }
            List<Proposal> confident = dts.stream().filter(p -> p.score() >= options.confidence()).toList();
            tally.detections += confident.size();
            for (boolean hit : match(confident, gts, options.matchIou())) {
                tally.truePositives += hit ? 1 : 0;
            }
        }
    }

    /** Every class met so far, by name. */
    public List<ClassResult> results() {
        List<ClassResult> results = new ArrayList<>();
        tallies.forEach((name, t) -> results.add(new ClassResult(name, t.labels, t.detections, t.truePositives,
                CocoAp.averagePrecision(t.hits, t.labels))));
        return List.copyOf(results);
    }

    /** The mean AP50 over the classes that have labels (as the COCO evaluation leaves out absent ones). */
    public static double meanAp50(List<ClassResult> results) {
        return results.stream().filter(r -> r.labels() > 0).mapToDouble(ClassResult::ap50).average()
                .orElse(Double.NaN);
    }

    private static List<Proposal> bestFirst(List<Proposal> detections) {
        List<Proposal> sorted = new ArrayList<>(detections);
        sorted.sort(Comparator.comparingDouble(Proposal::score).reversed());
        return sorted.size() > MAX_PER_IMAGE ? sorted.subList(0, MAX_PER_IMAGE) : sorted;
    }

    /**
     * Which detections (best first) match a label: each takes the unmatched label it overlaps most, from
     * {@code threshold} up; of labels overlapping it equally, the later one (as the COCO evaluation's loop does).
     */
    static boolean[] match(List<Proposal> detections, List<Box> labels, double threshold) {
        boolean[] taken = new boolean[labels.size()];
        boolean[] matched = new boolean[detections.size()];
        for (int d = 0; d < detections.size(); d++) {
            Box box = detections.get(d).box();
            double best = Math.min(threshold, 1 - 1e-10);
            int at = -1;
            for (int g = 0; g < labels.size(); g++) {
                double iou = taken[g] ? -1 : box.iou(labels.get(g));
                if (iou >= best) {
                    best = iou;
                    at = g;
                }
            }
            if (at >= 0) {
                taken[at] = true;
                matched[d] = true;
            }
        }
        return matched;
    }

    /** What one class has collected so far. */
    private static final class Tally {
        private final List<CocoAp.Hit> hits = new ArrayList<>();
        private int labels;
        private int detections;
        private int truePositives;
    }
}
