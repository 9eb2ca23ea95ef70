package dev.labelj.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.document.AnnotationEvent.Kind;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Undo/redo sequences, dirty logic, read-only refusal and events of the one mutable document. */
class AnnotationDocumentTest {
    private static final Box CAT = Box.of("cat", 10, 10, 50, 50);
    private static final Box DOG = Box.of("dog", 60, 20, 90, 80);
    private static final ImageAnnotation ON_DISK =
            ImageAnnotation.of(Path.of("a.jpg"), new ImageSize(100, 100, 3), List.of(CAT));

    private final AtomicLong clock = new AtomicLong(10_000);
    private final AnnotationDocument document = new AnnotationDocument(clock::get);
    private final List<AnnotationEvent> events = new ArrayList<>();

    AnnotationDocumentTest() {
        document.addListener(events::add);
    }

    @Test
    void beforeTheFirstLoadThereIsNoImageAndNothingIsDirty() {
        assertThat(document.hasImage()).isFalse();
        assertThat(document.isDirty()).isFalse();
        assertThat(document.isEditable()).isFalse();
        assertThat(document.canUndo()).isFalse();
        assertThatThrownBy(document::current).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> document.replaceBoxes(List.of(), "Delete box"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void loadingIsCleanAndEveryGestureIsOneUndoStep() {
        document.load(ON_DISK);
        assertThat(document.isDirty()).isFalse();
        assertThat(events).containsExactly(new AnnotationEvent(Kind.LOADED, null, ON_DISK));

        document.replaceBoxes(List.of(CAT, DOG), "Draw box");
        document.replaceBoxes(List.of(CAT.withLabel("tiger"), DOG), "Edit label");
        assertThat(document.isDirty()).isTrue();
        assertThat(document.undoName()).contains("Edit label");

        document.undo();
        assertThat(document.current().boxes()).containsExactly(CAT, DOG);
        assertThat(events.get(events.size() - 1).kind()).isEqualTo(Kind.UNDO);
        assertThat(events.get(events.size() - 1).after().boxes()).containsExactly(CAT, DOG);
        assertThat(document.redoName()).contains("Edit label");

        document.undo();
        assertThat(document.current()).isEqualTo(ON_DISK);
        assertThat(document.isDirty()).as("back to what is on disk").isFalse();
        assertThat(document.canUndo()).isFalse();

        document.redo();
        document.redo();
        assertThat(document.current().boxes()).containsExactly(CAT.withLabel("tiger"), DOG);
        assertThat(events.get(events.size() - 1)).isEqualTo(new AnnotationEvent(Kind.REDO,
                ON_DISK.withBoxes(List.of(CAT, DOG)), ON_DISK.withBoxes(List.of(CAT.withLabel("tiger"), DOG))));
        assertThat(document.canRedo()).isFalse();
        assertThatThrownBy(document::redo).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnchangedReplacementIsNoEditAndNoEvent() {
        document.load(ON_DISK);
        events.clear();
        document.replaceBoxes(List.of(CAT), "Move box");
        document.setVerified(false, "Verify");
        assertThat(events).isEmpty();
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void verifiedIsUndoableAndMakesTheDocumentDirty() {
        document.load(ON_DISK);
        document.setVerified(true, "Verify image");
        assertThat(document.current().verified()).isTrue();
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.current().verified()).isFalse();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void loadingAnotherImageClearsTheHistory() {
        document.load(ON_DISK);
        document.replaceBoxes(List.of(), "Delete box");
        ImageAnnotation other = ON_DISK.withImageFile(Path.of("b.jpg"));
        document.load(other);
        assertThat(document.canUndo()).isFalse();
        assertThat(document.isDirty()).isFalse();
        assertThat(events.get(events.size() - 1).before().boxes()).as("what was shown before").isEmpty();
    }

    @Test
    void aNudgeBurstIsOneUndoStep() {
        document.load(ON_DISK);
        for (int step = 1; step <= 5; step++) {
            clock.addAndGet(150);
            document.replaceBoxesMerging(List.of(CAT.withCorners(10 + step, 10, 50 + step, 50)), "Nudge");
        }
        assertThat(events).filteredOn(e -> e.kind() == Kind.EDITED).hasSize(5);
        document.undo();
        assertThat(document.current()).isEqualTo(ON_DISK);
        assertThat(document.canUndo()).isFalse();
        document.redo();
        assertThat(document.current().boxes()).containsExactly(CAT.withCorners(15, 10, 55, 50));
    }

    @Test
    void aPauseAnotherEditAnUndoOrASaveEndsTheBurst() {
        document.load(ON_DISK);
        nudgeTo(11);
        clock.addAndGet(1001);
        nudgeTo(12); // too late: a second step
        nudgeTo(13);
        document.replaceBoxes(List.of(CAT.withCorners(13, 10, 53, 50), DOG), "Draw box");
        nudgeTo(14); // after another edit: a new step
        document.markSaved(document.current());
        nudgeTo(15);

        assertThat(undoAll()).containsExactly("Nudge", "Nudge", "Draw box", "Nudge", "Nudge");

        document.load(ON_DISK);
        nudgeTo(11);
        document.undo();
        nudgeTo(12); // after an undo, never folded into an older edit
        document.undo();
        assertThat(document.current()).isEqualTo(ON_DISK);
    }

    @Test
    void mergingOnlyJoinsEditsOfTheSameName() {
        document.load(ON_DISK);
        nudgeTo(11);
        document.replaceBoxesMerging(List.of(CAT.withCorners(11, 10, 60, 50)), "Resize by key");
        assertThat(undoAll()).containsExactly("Resize by key", "Nudge");
    }

    @Test
    void markSavedKeepsDirtyWhenTheUserEditedDuringTheSave() {
        document.load(ON_DISK);
        document.replaceBoxes(List.of(CAT, DOG), "Draw box");
        ImageAnnotation snapshot = document.current();
        document.replaceBoxes(List.of(DOG), "Delete box"); // while the worker writes the snapshot
        assertThat(document.markSaved(snapshot)).isTrue();
        assertThat(document.saved()).isEqualTo(snapshot);
        assertThat(document.isDirty()).isTrue();
        assertThat(events.get(events.size() - 1)).isEqualTo(new AnnotationEvent(Kind.SAVED, ON_DISK, snapshot));
        document.undo();
        assertThat(document.isDirty()).as("undone back to the saved snapshot").isFalse();
        assertThat(document.canUndo()).as("the history survives a save").isTrue();
    }

    @Test
    void aLateSaveOfAnotherImageIsIgnored() {
        document.load(ON_DISK.withImageFile(Path.of("b.jpg")));
        document.replaceBoxes(List.of(), "Delete box");
        assertThat(document.markSaved(ON_DISK)).isFalse();
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void aReadOnlyDocumentShowsBoxesButRefusesEveryChange() {
        document.loadReadOnly(ON_DISK, "a.xml, line 3: unclosed element");
        assertThat(document.current()).isEqualTo(ON_DISK);
        assertThat(document.isEditable()).isFalse();
        assertThat(document.readOnlyReason()).contains("a.xml, line 3: unclosed element");
        List<Runnable> mutators = List.of(
                () -> document.replaceBoxes(List.of(), "Delete box"),
                () -> document.replaceBoxesMerging(List.of(), "Nudge"),
                () -> document.setVerified(true, "Verify"),
                () -> document.markSaved(ON_DISK),
                document::undo,
                document::redo);
        for (Runnable mutator : mutators) {
            assertThatThrownBy(mutator::run).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("read-only");
        }
        assertThat(document.current()).isEqualTo(ON_DISK);
        assertThat(document.isDirty()).isFalse();

        document.load(ON_DISK);
        assertThat(document.isEditable()).isTrue();
        assertThat(document.readOnlyReason()).isEmpty();
    }

    @Test
    void clearClosesTheImage() {
        document.load(ON_DISK);
        document.replaceBoxes(List.of(), "Delete box");
        document.clear();
        assertThat(document.hasImage()).isFalse();
        assertThat(document.isDirty()).isFalse();
        assertThat(document.canUndo()).isFalse();
        assertThat(events.get(events.size() - 1)).isEqualTo(new AnnotationEvent(Kind.CLEARED,
                ON_DISK.withBoxes(List.of()), null));
    }

    @Test
    void onlyTheOwnerThreadMayChangeIt() throws Exception {
        document.load(ON_DISK);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                document.replaceBoxes(List.of(), "Delete box");
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "worker");
        worker.start();
        worker.join();
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("worker");
        assertThat(document.current()).isEqualTo(ON_DISK);
    }

    @Test
    void aRemovedListenerHearsNothing() {
        List<AnnotationEvent> heard = new ArrayList<>();
        java.util.function.Consumer<AnnotationEvent> listener = heard::add;
        document.addListener(listener);
        document.load(ON_DISK);
        document.removeListener(listener);
        document.replaceBoxes(List.of(), "Delete box");
        assertThat(heard).hasSize(1);
    }

    private void nudgeTo(double xMin) {
        clock.addAndGet(100);
        document.replaceBoxesMerging(List.of(CAT.withCorners(xMin, 10, xMin + 40, 50)), "Nudge");
    }

    private List<String> undoAll() {
        List<String> names = new ArrayList<>();
        while (document.canUndo()) {
            names.add(document.undoName().orElseThrow());
            document.undo();
        }
        return names;
    }
}
