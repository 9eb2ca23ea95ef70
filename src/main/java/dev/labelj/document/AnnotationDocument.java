package dev.labelj.document;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The one mutable object for the open image: what is shown ({@code current}), what is on disk
 * ({@code saved}) and the undo history. Every user gesture is one call here and so one undoable edit;
 * every change reaches canvas, box list, title and actions as one {@link AnnotationEvent}.
 *
 * <p>Only the thread that created the document (the EDT) may change it: a save running on a worker hands
 * back the snapshot it wrote through {@link #markSaved}, so a late save can never clobber newer edits.
 * An annotation file that could not be read is shown through {@link #loadReadOnly}: every mutator then
 * refuses, so nothing can ever be saved over that file.
 */
public final class AnnotationDocument {
    /** Nudges further apart than this start a new undo step. */
    static final long MERGE_WINDOW_MILLIS = 1000;

    private final Thread owner = Thread.currentThread();
    private final LongSupplier clockMillis;
    private final EditHistory history = new EditHistory();
    private final List<Consumer<AnnotationEvent>> listeners = new CopyOnWriteArrayList<>();
    private ImageAnnotation current;
    private ImageAnnotation saved;
    private String readOnlyReason;
    private SwapEdit mergeable;
    private long mergeableAtMillis;

    public AnnotationDocument() {
        this(System::currentTimeMillis);
    }

    /** @param clockMillis a millisecond clock; tests pass their own to check the merge window */
    public AnnotationDocument(LongSupplier clockMillis) {
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
    }

    /** Opens an image's annotation as read from disk (or a new empty one): clean, editable, no history. */
    public void load(ImageAnnotation onDisk) {
        open(Objects.requireNonNull(onDisk, "onDisk"), null);
    }

    /**
     * Shows {@code shown} (typically an image with no boxes) for an annotation file that could not be
     * read; every mutator refuses until the next load, so the unreadable file is never overwritten.
     */
    public void loadReadOnly(ImageAnnotation shown, String reason) {
        open(Objects.requireNonNull(shown, "shown"), Objects.requireNonNull(reason, "reason"));
    }

    /** Closes the image: no annotation, no history. */
    public void clear() {
        checkThread();
        ImageAnnotation before = current;
        resetHistory();
        current = null;
        saved = null;
        readOnlyReason = null;
        fire(AnnotationEvent.Kind.CLEARED, before, null);
    }

    public boolean hasImage() {
        return current != null;
    }

    /** @throws IllegalStateException when no image is open (see {@link #hasImage()}) */
    public ImageAnnotation current() {
        requireImage();
        return current;
    }

    /** What is on disk (as loaded or last written). @throws IllegalStateException when no image is open */
    public ImageAnnotation saved() {
        requireImage();
        return saved;
    }

    /**
     * True when what is shown differs from what is on disk; never true with no image or read-only. The same
     * annotation (as just loaded or saved) is not compared: a record's first comparison in the process costs
     * several milliseconds, which the first picture would wait for.
     */
    public boolean isDirty() {
        return current != null && current != saved && !current.equals(saved);
    }

    public boolean isEditable() {
        return current != null && readOnlyReason == null;
    }

    /** Why the boxes cannot be edited (the reader's message naming the file), when read-only. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** One undoable edit replacing all boxes; nothing happens (no edit, no event) if they are unchanged. */
    public void replaceBoxes(List<Box> boxes, String editName) {
        requireEditable();
        change(current.withBoxes(boxes), editName, false);
    }

    /**
     * Like {@link #replaceBoxes}, but continues the previous edit when it was a merging edit of the same
     * name made less than a second ago with nothing in between: a burst of arrow-key nudges is one undo step.
     */
    public void replaceBoxesMerging(List<Box> boxes, String editName) {
        requireEditable();
        change(current.withBoxes(boxes), editName, true);
    }

    /** labelImg's Space: one undoable edit, nothing happens if the flag already has that value. */
    public void setVerified(boolean verified, String editName) {
        requireEditable();
        change(current.withVerified(verified), editName, false);
    }

    /**
     * Records that {@code written} is now on disk. The user may have edited while the save ran on a worker:
     * then {@code current} differs from {@code written} and the document stays dirty.
     *
     * @return false (and nothing changes) when {@code written} belongs to another image than the open one,
     *         i.e. a late save of an image the user has already left
     */
    public boolean markSaved(ImageAnnotation written) {
        requireEditable();
        if (!written.imageFile().equals(current.imageFile())) {
            return false;
        }
        ImageAnnotation before = saved;
        saved = written;
        mergeable = null;
        fire(AnnotationEvent.Kind.SAVED, before, written);
        return true;
    }

    public boolean canUndo() {
        return isEditable() && history.canUndo();
    }

    public boolean canRedo() {
        return isEditable() && history.canRedo();
    }

    /** The name of the edit {@link #undo()} would revert ("Move box"), for the menu item. */
    public Optional<String> undoName() {
        return canUndo() ? history.undoName() : Optional.empty();
    }

    public Optional<String> redoName() {
        return canRedo() ? history.redoName() : Optional.empty();
    }

    /** @throws IllegalStateException when there is nothing to undo */
    public void undo() {
        requireEditable();
        if (!history.canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        ImageAnnotation before = current;
        mergeable = null;
        history.undo();
        fire(AnnotationEvent.Kind.UNDO, before, current);
    }

    /** @throws IllegalStateException when there is nothing to redo */
    public void redo() {
        requireEditable();
        if (!history.canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        ImageAnnotation before = current;
        mergeable = null;
        history.redo();
        fire(AnnotationEvent.Kind.REDO, before, current);
    }

    public void addListener(Consumer<AnnotationEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<AnnotationEvent> listener) {
        listeners.remove(listener);
    }

    private void open(ImageAnnotation annotation, String reason) {
        checkThread();
        ImageAnnotation before = current;
        resetHistory();
        current = annotation;
        saved = annotation;
        readOnlyReason = reason;
        fire(AnnotationEvent.Kind.LOADED, before, annotation);
    }

    private void change(ImageAnnotation after, String editName, boolean merging) {
        Objects.requireNonNull(editName, "editName");
        if (after.equals(current)) {
            return;
        }
        ImageAnnotation before = current;
        long now = clockMillis.getAsLong();
        if (merging && continuesBurst(editName, now)) {
            mergeable.extendTo(after);
        } else {
            SwapEdit edit = new SwapEdit(editName, before, after, this::apply);
            history.addEdit(edit);
            mergeable = merging ? edit : null;
        }
        mergeableAtMillis = now;
        current = after;
        fire(AnnotationEvent.Kind.EDITED, before, after);
    }

    private boolean continuesBurst(String editName, long nowMillis) {
        return mergeable != null && mergeable.name().equals(editName)
                && nowMillis - mergeableAtMillis <= MERGE_WINDOW_MILLIS
                && history.nextToUndo().filter(last -> last == mergeable).isPresent();
    }

    /** Called by an edit's undo/redo; the event is fired by {@link #undo()} / {@link #redo()}. */
    private void apply(ImageAnnotation annotation) {
        current = annotation;
    }

    private void resetHistory() {
        history.discardAllEdits();
        mergeable = null;
    }

    private void fire(AnnotationEvent.Kind kind, ImageAnnotation before, ImageAnnotation after) {
        AnnotationEvent event = new AnnotationEvent(kind, before, after);
        for (Consumer<AnnotationEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    private void requireImage() {
        if (current == null) {
            throw new IllegalStateException("no image is open");
        }
    }

    private void requireEditable() {
        checkThread();
        requireImage();
        if (readOnlyReason != null) {
            throw new IllegalStateException("the boxes of this image are read-only: " + readOnlyReason);
        }
    }

    private void checkThread() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("the annotation document may only be changed on thread "
                    + owner.getName() + ", not " + Thread.currentThread().getName());
        }
    }
}
