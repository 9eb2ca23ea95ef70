package dev.labelj.assist;

import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Interpolate (docs/adr/0165-following-boxes-across-frames.md): boxes of one label on two annotated frames k images
 * apart get boxes moved in equal steps on the images between, added only to images that have no box of that
 * label. Where a label has several boxes on both frames, each box is paired with the nearest one of its label on
 * the other frame (centres, measured in box sizes), nearest pairs first; a box left without a partner gets none.
 */
public final class Interpolation {
    /** Pairs further apart than this many box sizes are two different objects, not one that moved. */
    static final double MAX_DISTANCE = 3.0;

    private Interpolation() {
    }

    /** A box on the first frame and its partner on the last. */
    record Pair(Box first, Box last) {
    }

    /**
     * The boxes to add to each image between {@code first} and {@code last}: {@code between.get(i)} holds the boxes
     * already on the i-th image between them; the answer's i-th list is what to add there.
     */
    public static List<List<Box>> fill(List<Box> first, List<Box> last, List<List<Box>> between) {
        List<Pair> pairs = pairs(first, last);
        int steps = between.size() + 1;
        List<List<Box>> added = new ArrayList<>();
        for (int i = 0; i < between.size(); i++) {
            Set<String> present = new HashSet<>();
            between.get(i).forEach(box -> present.add(box.label()));
            double t = (i + 1) / (double) steps;
            List<Box> here = new ArrayList<>();
            for (Pair pair : pairs) {
                if (!present.contains(pair.first().label())) {
                    here.add(at(pair, t));
                }
            }
            added.add(List.copyOf(here));
        }
        return List.copyOf(added);
    }

    static List<Pair> pairs(List<Box> first, List<Box> last) {
        List<Pair> candidates = new ArrayList<>();
        for (Box a : first) {
            for (Box b : last) {
                if (a.label().equals(b.label()) && distance(a, b) <= MAX_DISTANCE) {
                    candidates.add(new Pair(a, b));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(pair -> distance(pair.first(), pair.last())));
        Set<Box> usedFirst = new HashSet<>();
        Set<Box> usedLast = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!usedFirst.contains(pair.first()) && !usedLast.contains(pair.last())) {
                usedFirst.add(pair.first());
                usedLast.add(pair.last());
                pairs.add(pair);
            }
        }
        return pairs;
    }

    /** Centre distance over the mean of the two boxes' longer sides. */
    private static double distance(Box a, Box b) {
        double dx = (a.left() + a.right()) / 2 - (b.left() + b.right()) / 2;
        double dy = (a.top() + a.bottom()) / 2 - (b.top() + b.bottom()) / 2;
        double size = (Math.max(a.right() - a.left(), a.bottom() - a.top())
                + Math.max(b.right() - b.left(), b.bottom() - b.top())) / 2;
        return Math.hypot(dx, dy) / Math.max(1e-9, size);
    }

    private static Box at(Pair pair, double t) {
        Box a = pair.first();
        Box b = pair.last();
        return a.reviewed().withCorners(a.left() + t * (b.left() - a.left()), a.top() + t * (b.top() - a.top()),
                a.right() + t * (b.right() - a.right()), a.bottom() + t * (b.bottom() - a.bottom()));
    }
}
