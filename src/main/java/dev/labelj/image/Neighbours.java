package dev.labelj.image;

import java.util.ArrayList;
import java.util.List;

/** Which images to prefetch around the current one: mostly ahead in the direction the user travels. */
public final class Neighbours {
    /** Images decoded ahead in the direction of travel. */
    public static final int AHEAD = 2;

    private Neighbours() {
    }

    /**
     * Indices to prefetch, nearest first: {@link #AHEAD} ahead in the direction of travel, then one
     * behind (the user often steps back once). {@code direction} is +1 (D), -1 (A) or 0 (a jump,
     * treated as forward).
     */
    public static List<Integer> toPrefetch(int index, int direction, int count) {
        int step = direction < 0 ? -1 : 1;
        List<Integer> order = new ArrayList<>();
        for (int k = 1; k <= AHEAD; k++) {
            addIfInside(order, index + step * k, count);
        }
        addIfInside(order, index - step, count);
        return order;
    }

    private static void addIfInside(List<Integer> order, int i, int count) {
        if (i >= 0 && i < count) {
            order.add(i);
        }
    }
}
