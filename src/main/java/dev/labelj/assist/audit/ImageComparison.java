package dev.labelj.assist.audit;

import dev.labelj.assist.Proposal;
import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Compares one image's saved labels with the model's detections (docs/adr/0160-label-audit.md). Confident
 * detections, best score first, each take the not yet matched label they overlap most (IoU at least the match
 * threshold), a label of their own class before one of another; so a label's match is the best-scoring detection
 * on it. A label matched across classes is a wrong class, one matched less tightly than 0.75 a loose box, an
 * unmatched label an extra box, and an unmatched confident detection that overlaps no label a missing box.
 */
public final class ImageComparison {
    /** A label of a class the model does not know: taken by no detection, reported as nothing. */
    private static final int IGNORED = -2;
    private static final int UNMATCHED = -1;

    private ImageComparison() {
    }

    /** The disagreements of one image, most likely mistakes first; none when labels and model agree. */
    public static List<Disagreement> compare(Path image, List<Box> labels, List<Proposal> proposals,
            AuditOptions options) {
        return compare(image, labels, proposals, options, name -> true);
    }

    /**
     * As {@link #compare(Path, List, List, AuditOptions)}, judging only labels of the classes the model knows
     * ({@code known}): of a class it was never taught it has no opinion, so such labels are neither matched nor
     * extra.
     */
    public static List<Disagreement> compare(Path image, List<Box> labels, List<Proposal> proposals,
            AuditOptions options, Predicate<String> known) {
        List<Proposal> confident = new ArrayList<>(proposals.stream()
                .filter(p -> p.score() >= options.confidence()).toList());
        confident.sort(Comparator.comparingDouble(Proposal::score).reversed());
        int[] matchOf = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            matchOf[i] = known.test(labels.get(i).label()) ? UNMATCHED : IGNORED;
        }
        List<Disagreement> found = new ArrayList<>();
        for (Proposal detection : unmatchedAfterMatching(image, labels, confident, matchOf, options, found)) {
            if (maxIou(detection.box(), labels) < options.matchIou()) {
                found.add(new Disagreement(image, DisagreementKind.MISSING, -1, Optional.empty(),
                        Optional.of(detection), 0, detection.score()));
            }
        }
        List<Proposal> free = proposals.stream().filter(p -> !confidentAndMatched(p, confident, matchOf)).toList();
        for (int i = 0; i < labels.size(); i++) {
            if (matchOf[i] == UNMATCHED) {
                found.add(extra(image, i, labels.get(i), free, options));
            }
        }
        found.sort(Disagreement.MOST_LIKELY_FIRST);
        return List.copyOf(found);
    }

    /**
     * Matches the confident detections (best first) to labels, filling {@code matchOf} and adding the matched
     * pairs that disagree to {@code found}; returns the detections left without a label.
     */
    private static List<Proposal> unmatchedAfterMatching(Path image, List<Box> labels, List<Proposal> confident,
            int[] matchOf, AuditOptions options, List<Disagreement> found) {
        List<Proposal> unmatched = new ArrayList<>();
        for (int d = 0; d < confident.size(); d++) {
            Proposal detection = confident.get(d);
            int label = bestLabel(detection, labels, matchOf, options.matchIou(), true);
            if (label < 0) {
                label = bestLabel(detection, labels, matchOf, options.matchIou(), false);
            }
            if (label >= 0) {
                matchOf[label] = d;
                matched(image, label, labels.get(label), detection, options).ifPresent(found::add);
            } else {
                unmatched.add(detection);
            }
        }
        return unmatched;
    }

    private static Optional<Disagreement> matched(Path image, int index, Box label, Proposal detection,
            AuditOptions options) {
        double iou = detection.box().iou(label);
        if (!detection.box().label().equals(label.label())) {
            return Optional.of(new Disagreement(image, DisagreementKind.WRONG_CLASS, index, Optional.of(label),
                    Optional.of(detection), iou, detection.score()));
        }
        if (iou < AuditOptions.TIGHT_IOU) {
            double looseness = (AuditOptions.TIGHT_IOU - iou) / AuditOptions.TIGHT_IOU;
            return Optional.of(new Disagreement(image, DisagreementKind.LOOSE, index, Optional.of(label),
                    Optional.of(detection), iou, detection.score() * looseness));
        }
        return Optional.empty();
    }

    /**
     * An unmatched label: the more sure the model is that nothing is there, the higher it ranks. Its rank is one
     * less the best score of a detection left unmatched (any class, even below the confidence floor) that overlaps
     * it by the match threshold; a detection another label took does not vouch for this one (a duplicate label).
     */
    private static Disagreement extra(Path image, int index, Box label, List<Proposal> free, AuditOptions options) {
        double near = 0;
        for (Proposal p : free) {
            if (p.box().iou(label) >= options.matchIou()) {
                near = Math.max(near, p.score());
            }
        }
        return new Disagreement(image, DisagreementKind.EXTRA, index, Optional.of(label), Optional.empty(), 0,
                1 - near);
    }

    private static int bestLabel(Proposal detection, List<Box> labels, int[] matchOf, double threshold,
            boolean sameClass) {
        int best = -1;
        double bestIou = threshold;
        for (int i = 0; i < labels.size(); i++) {
            Box label = labels.get(i);
            if (matchOf[i] != UNMATCHED || sameClass && !label.label().equals(detection.box().label())) {
                continue;
            }
            double iou = detection.box().iou(label);
            if (iou >= bestIou && (best < 0 || iou > bestIou)) {
                best = i;
                bestIou = iou;
            }
        }
        return best;
    }

    private static boolean confidentAndMatched(Proposal p, List<Proposal> confident, int[] matchOf) {
        for (int d : matchOf) {
            if (d >= 0 && confident.get(d) == p) {
                return true;
            }
        }
        return false;
    }

    private static double maxIou(Box box, List<Box> labels) {
        double best = 0;
        for (Box label : labels) {
            best = Math.max(best, box.iou(label));
        }
        return best;
    }
}
