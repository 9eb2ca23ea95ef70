package dev.labelj.ui.browse;

import dev.labelj.image.ImageLoadException;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.Locale;

/** Says in the user's language why an image cannot be shown, always naming the file. */
final class ImageErrors {
    private ImageErrors() {
    }

    static String describe(Path image, Throwable error) {
        String name = image.getFileName().toString();
        if (error instanceof ImageLoadException e) {
            return Messages.get("image.error." + e.reason().name().toLowerCase(Locale.ROOT), name, e.getMessage());
        }
        if (error instanceof OutOfMemoryError) {
            return Messages.get("image.error.too_large", name, error.toString());
        }
        return Messages.get("image.error.unexpected", name, String.valueOf(error));
    }
}
