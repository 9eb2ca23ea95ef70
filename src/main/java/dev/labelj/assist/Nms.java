package dev.labelj.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy per-class non-maximum suppression, as Ultralytics runs it: best score first, a box is dropped when it
 * overlaps an already kept box of its own class by more than the IoU threshold; boxes of different classes
 * never suppress each other. At most {@code maxDetections} are kept.
 */
final class Nms {
    private Nms() {
    }

    static List<Candidate> perClass(List<Candidate> candidates, double iouThreshold, int maxDetections) {
        List<Candidate> sorted = bestFirst(candidates);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : sorted) {
            if (kept.size() == maxDetections) {
                break;
            }
            if (!overlapsKept(candidate, kept, iouThreshold)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** Without suppression (models that already did it): best first, at most {@code maxDetections}. */
    static List<Candidate> bestOnly(List<Candidate> candidates, int maxDetections) {
        List<Candidate> sorted = bestFirst(candidates);
        return List.copyOf(sorted.subList(0, Math.min(maxDetections, sorted.size())));
    }

    private static List<Candidate> bestFirst(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return sorted;
    }

    private static boolean overlapsKept(Candidate candidate, List<Candidate> kept, double iouThreshold) {
        for (Candidate other : kept) {
            if (other.modelClass() == candidate.modelClass() && candidate.iou(other) > iouThreshold) {
                return true;
            }
        }
        return false;
    }
}
