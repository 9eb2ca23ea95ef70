package dev.labelj.ui;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageFolder;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.ui.support.Background;
import dev.labelj.ui.support.StartupTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import javax.swing.SwingUtilities;

/**
 * The folder being browsed and the image shown. Scanning and decoding run on worker threads; results
 * come back to the EDT, and a result for an image the user has already left is dropped.
 * Only the EDT calls the public methods.
 */
public final class ImageBrowser {
    /** What the window needs to hear; called on the EDT. */
    public interface Listener {
        void imagesChanged(Path root, List<Path> images);

        void loading(int index, Path image);

        void imageShown(int index, DecodedImage image);

        void imageFailed(int index, Path image, String message);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private final ExecutorService scanner = Background.singleThread("scan");
    private final ExecutorService decoder = Background.singleThread("decode");
    private List<Path> images = List.of();
    private int index = -1;
    private long generation;
    private Function<Path, Optional<Path>> rememberedImage = folder -> Optional.empty();
    private Path opened;

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Where opening a folder lands when no start image is given: the image remembered for that folder. */
    public void setRememberedImage(Function<Path, Optional<Path>> lookup) {
        rememberedImage = lookup;
    }

    /** Opens a folder (scanned recursively) or a single image. */
    public void open(Path path) {
        open(path, null);
    }

    /** Opens a folder or image and shows {@code startAt} if it is among its images (null: remembered, else first). */
    public void open(Path path, Path startAt) {
        long ticket = ++generation;
        Path dirOrFile = path.toAbsolutePath().normalize();
        scanner.execute(() -> {
            Path root = Files.isDirectory(dirOrFile) ? dirOrFile : dirOrFile.getParent();
            List<Path> found = Files.isDirectory(dirOrFile) ? ImageFolder.scan(dirOrFile) : List.of(dirOrFile);
            StartupTrace.mark("scanned " + found.size() + " images");
            SwingUtilities.invokeLater(() -> {
                if (ticket == generation) {
                    opened = dirOrFile;
                    showFolder(root, found, startAt);
                }
            });
        });
    }

    private void showFolder(Path root, List<Path> found, Path startAt) {
        images = List.copyOf(found);
        index = -1;
        listeners.forEach(l -> l.imagesChanged(root, images));
        if (!images.isEmpty()) {
            Path wanted = startAt != null ? startAt.toAbsolutePath().normalize() : rememberedImage.apply(root).orElse(null);
            goTo(wanted == null ? 0 : Math.max(0, images.indexOf(wanted)));
        }
    }

    /** The folder or image last opened (absolute, normalised), or null before the first open. */
    public Path opened() {
        return opened;
    }

    public void next() {
        if (index + 1 < images.size()) {
            goTo(index + 1);
        }
    }

    public void previous() {
        if (index > 0) {
            goTo(index - 1);
        }
    }

    public void goTo(int newIndex) {
        if (newIndex < 0 || newIndex >= images.size() || newIndex == index) {
            return;
        }
        index = newIndex;
        long ticket = ++generation;
        Path image = images.get(newIndex);
        listeners.forEach(l -> l.loading(newIndex, image));
        decoder.execute(() -> decode(ticket, newIndex, image));
    }

    private void decode(long ticket, int imageIndex, Path image) {
        if (ticket != generation) {
            return;
        }
        try {
            DecodedImage decoded = ImageLoader.load(image);
            deliver(ticket, l -> l.imageShown(imageIndex, decoded));
        } catch (ImageLoadException e) {
            deliver(ticket, l -> l.imageFailed(imageIndex, image, e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError e) {
            String reason = image.getFileName() + ": " + e;
            deliver(ticket, l -> l.imageFailed(imageIndex, image, reason));
        }
    }

    private void deliver(long ticket, java.util.function.Consumer<Listener> event) {
        SwingUtilities.invokeLater(() -> {
            if (ticket == generation) {
                listeners.forEach(event);
            }
        });
    }

    public List<Path> images() {
        return images;
    }

    public int index() {
        return index;
    }

    public boolean hasNext() {
        return index + 1 < images.size();
    }

    public boolean hasPrevious() {
        return index > 0;
    }
}
