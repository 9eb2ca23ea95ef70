package dev.labelj.ui.canvas;

/**
 * What the canvas says in words instead of, or over, the picture: a message (why the image cannot be shown), the
 * first-start hint, and whether an image is loading. Painted by {@link ViewNotes}.
 */
final class CanvasNotes {
    private String message;
    private String hint;
    private boolean busy;

    /** No message, nothing loading (a picture is shown, or nothing is open). */
    void clear() {
        message = null;
        busy = false;
    }

    void showMessage(String text) {
        message = text;
        busy = false;
    }

    void setHint(String text) {
        hint = text;
    }

    /** True when that changed what is shown. */
    boolean setBusy(boolean isBusy) {
        boolean changed = busy != isBusy;
        busy = isBusy;
        return changed;
    }

    String message() {
        return message;
    }

    String hint() {
        return hint;
    }

    boolean busy() {
        return busy;
    }
}
