package dev.labelj.document;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;
import javax.swing.event.EventListenerList;

/**
 * Which boxes are selected, by index into the document's box list, shared by the canvas and the box list
 * so the two can never disagree. Indices, not boxes: two equal box records (a duplicate placed on top of
 * its original) would collide in any lookup by value. Listeners hear only real changes, so two views
 * syncing to each other cannot loop.
 */
public final class BoxSelection {
    private final EventListenerList listeners = new EventListenerList();
    private List<Integer> indices = List.of();

    /** Selects exactly {@code newIndices} (duplicates ignored). */
    public void set(Collection<Integer> newIndices) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer index : newIndices) {
            if (Objects.requireNonNull(index, "index") < 0) {
                throw new IllegalArgumentException("box index must not be negative: " + index);
            }
            sorted.add(index);
        }
        List<Integer> next = List.copyOf(sorted);
        if (!next.equals(indices)) {
            indices = next;
            fireChanged();
        }
    }

    /** Selects only box {@code index}. */
    public void select(int index) {
        set(List.of(index));
    }

    /** Adds or removes one box (Ctrl+click). */
    public void toggle(int index) {
        TreeSet<Integer> next = new TreeSet<>(indices);
        if (!next.remove(index)) {
            next.add(index);
        }
        set(next);
    }

    public void clear() {
        set(List.of());
    }

    /** Drops indices that no longer name a box, after boxes were deleted or an undo removed them. */
    public void retainWithin(int boxCount) {
        set(indices.stream().filter(i -> i < boxCount).toList());
    }

    public boolean contains(int index) {
        return indices.contains(index);
    }

    /** The selected indices in ascending order, immutable. */
    public List<Integer> indices() {
        return indices;
    }

    /** The selected index when exactly one box is selected (what edit-label and nudge act on). */
    public OptionalInt single() {
        return indices.size() == 1 ? OptionalInt.of(indices.get(0)) : OptionalInt.empty();
    }

    public boolean isEmpty() {
        return indices.isEmpty();
    }

    public void addChangeListener(ChangeListener listener) {
        listeners.add(ChangeListener.class, listener);
    }

    public void removeChangeListener(ChangeListener listener) {
        listeners.remove(ChangeListener.class, listener);
    }

    private void fireChanged() {
        ChangeEvent event = new ChangeEvent(this);
        for (ChangeListener listener : listeners.getListeners(ChangeListener.class)) {
            listener.stateChanged(event);
        }
    }
}
