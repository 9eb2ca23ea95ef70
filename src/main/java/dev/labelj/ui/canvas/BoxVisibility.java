package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which boxes of the open image are hidden (labelImg's checkboxes in the box list, Hide All / Show All), and
 * below which score a model's proposals are (the review slider). View settings, not saved; the hidden boxes
 * are forgotten when another image opens, the score floor is kept.
 */
public final class BoxVisibility {
    private final Set<Integer> hidden = new HashSet<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private double proposalFloor;

    public boolean isVisible(int index) {
        return !hidden.contains(index);
    }

    /** Whether box {@code index} shows: not hidden, and not a proposal scored below the floor. */
    public boolean isShown(int index, Box box) {
        return isVisible(index) && (!box.isProposal() || box.proposal().getAsDouble() >= proposalFloor);
    }

    /** Proposals scored below {@code score} are hidden (and cannot be clicked); reviewed boxes always show. */
    public void setProposalFloor(double score) {
        if (score != proposalFloor) {
            proposalFloor = score;
            fire();
        }
    }

    public void setVisible(int index, boolean visible) {
        if (visible ? hidden.remove(index) : hidden.add(index)) {
            fire();
        }
    }

    public void hideAll(int boxCount) {
        for (int i = 0; i < boxCount; i++) {
            hidden.add(i);
        }
        fire();
    }

    public void showAll() {
        if (!hidden.isEmpty()) {
            hidden.clear();
            fire();
        }
    }

    /** The hidden indices, for the box list's checkboxes. */
    public Set<Integer> hidden() {
        return Set.copyOf(hidden);
    }

    /** Another image opened: every box shows again. */
    public void reset() {
        showAll();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
