package dev.labelj.ui.canvas;

import dev.labelj.ui.support.Messages;
import dev.labelj.model.Box;
import java.awt.Cursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The default tool: a click selects the box under the cursor (again on overlapping boxes: the next one under
 * it), Shift+click adds or removes one; a drag inside a selected box moves the selection, a drag on one of its
 * eight handles resizes it, a drag on empty canvas pans. Each drag is one undoable edit when released.
 */
final class SelectTool implements CanvasTool {
    /** How far from a handle's centre, in screen pixels, it can still be grabbed — at any zoom. */
    static final double GRAB_PX = 7;

    private final CanvasContext canvas;
    private Gesture gesture;
    private Cursor cursor = Cursor.getDefaultCursor();

    SelectTool(CanvasContext canvas) {
        this.canvas = canvas;
    }

    /** What the press started; a release with no drag in between is a click. */
    private sealed interface Gesture permits Move, Resize, Pan {
    }

    private record Move(List<Box> before, double startX, double startY, List<Box> preview, OptionalInt cycleTo)
            implements Gesture {
    }

    private record Resize(List<Box> before, int index, Handle handle, List<Box> preview) implements Gesture {
    }

    private record Pan(double lastViewX, double lastViewY) implements Gesture {
    }

    @Override
    public void pressed(CanvasMouse mouse) {
        gesture = null;
        if (!mouse.left()) {
            return;
        }
        List<Box> boxes = canvas.boxes();
        Optional<Resize> resize = handleUnder(mouse, boxes);
        if (resize.isPresent()) {
            gesture = resize.get();
            return;
        }
        List<Integer> under = visibleUnder(mouse, boxes);
        if (under.isEmpty()) {
            if (!mouse.shift()) {
                canvas.selection().clear();
            }
            gesture = new Pan(mouse.viewX(), mouse.viewY());
            return;
        }
        if (mouse.shift()) {
            canvas.selection().toggle(under.get(0));
            return;
        }
        OptionalInt already = under.stream().filter(canvas.selection()::contains).mapToInt(Integer::intValue)
                .findFirst();
        OptionalInt cycleTo = OptionalInt.empty();
        if (already.isPresent()) {
            // pressed on a selected box: a drag moves the selection, a click steps to the next box under it
            cycleTo = BoxHits.nextUnder(under, already);
        } else {
            canvas.selection().select(under.get(0));
        }
        gesture = new Move(boxes, mouse.imageX(), mouse.imageY(), null, cycleTo);
        if (mouse.clicks() == 2) {
            gesture = null;
            canvas.editLabel(already.orElse(under.get(0)));
        }
    }

    @Override
    public void dragged(CanvasMouse mouse) {
        if (gesture instanceof Pan pan) {
            canvas.pan(mouse.viewX() - pan.lastViewX(), mouse.viewY() - pan.lastViewY());
            gesture = new Pan(mouse.viewX(), mouse.viewY());
        } else if (gesture instanceof Move move && canvas.isEditable()) {
            List<Box> moved = BoxGeometry.nudged(move.before(), canvas.selection().indices(),
                    mouse.imageX() - move.startX(), mouse.imageY() - move.startY(), canvas.imageWidth(),
                    canvas.imageHeight());
            gesture = new Move(move.before(), move.startX(), move.startY(), moved, OptionalInt.empty());
            canvas.changed();
        } else if (gesture instanceof Resize resize && canvas.isEditable()) {
            List<Box> resized = new ArrayList<>(resize.before());
            resized.set(resize.index(), BoxGeometry.resized(resize.before().get(resize.index()), resize.handle(),
                    mouse.imageX(), mouse.imageY(), canvas.imageWidth(), canvas.imageHeight()));
            gesture = new Resize(resize.before(), resize.index(), resize.handle(), resized);
            canvas.changed();
        }
    }

    @Override
    public void released(CanvasMouse mouse) {
        Gesture finished = gesture;
        gesture = null;
        if (finished instanceof Move move) {
            if (move.preview() != null) {
                canvas.commit(move.preview(), Messages.get("edit.moveBox"));
            } else if (move.cycleTo().isPresent()) {
                canvas.selection().select(move.cycleTo().getAsInt());
            }
        } else if (finished instanceof Resize resize && resize.preview() != null) {
            canvas.commit(resize.preview(), Messages.get("edit.resizeBox"));
        }
        canvas.changed();
    }

    @Override
    public void moved(CanvasMouse mouse) {
        Optional<Resize> resize = handleUnder(mouse, canvas.boxes());
        Cursor wanted = resize.map(r -> Cursor.getPredefinedCursor(r.handle().cursorType()))
                .orElseGet(() -> visibleUnder(mouse, canvas.boxes()).stream().anyMatch(canvas.selection()::contains)
                        ? Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR) : Cursor.getDefaultCursor());
        if (wanted != cursor) {
            cursor = wanted;
            canvas.changed();
        }
    }

    @Override
    public void cancel() {
        gesture = null;
        canvas.changed();
    }

    @Override
    public Optional<List<Box>> preview() {
        if (gesture instanceof Move move && move.preview() != null) {
            return Optional.of(move.preview());
        }
        if (gesture instanceof Resize resize && resize.preview() != null) {
            return Optional.of(resize.preview());
        }
        return Optional.empty();
    }

    @Override
    public boolean placesPoint() {
        return gesture instanceof Resize;
    }

    @Override
    public double[] draftSize() {
        if (gesture instanceof Resize resize && resize.preview() != null) {
            Box box = resize.preview().get(resize.index());
            return new double[] {box.right() - box.left(), box.bottom() - box.top()};
        }
        return null;
    }

    @Override
    public Cursor cursor() {
        return cursor;
    }

    /** A handle of a selected, visible box under the cursor; the topmost box wins. */
    private Optional<Resize> handleUnder(CanvasMouse mouse, List<Box> boxes) {
        List<Integer> selected = canvas.selection().indices();
        for (int i = selected.size() - 1; i >= 0; i--) {
            int index = selected.get(i);
            if (index >= boxes.size() || !canvas.isVisible(index)) {
                continue;
            }
            Optional<Handle> handle = BoxHits.handleAt(boxes.get(index), canvas.transform(), mouse.viewX(),
                    mouse.viewY(), GRAB_PX);
            if (handle.isPresent()) {
                return Optional.of(new Resize(boxes, index, handle.get(), null));
            }
        }
        return Optional.empty();
    }

    private List<Integer> visibleUnder(CanvasMouse mouse, List<Box> boxes) {
        return BoxHits.boxesAt(boxes, mouse.imageX(), mouse.imageY()).stream().filter(canvas::isVisible).toList();
    }
}
