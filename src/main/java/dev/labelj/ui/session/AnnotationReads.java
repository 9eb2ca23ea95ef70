package dev.labelj.ui.session;

import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Annotations read ahead for the images around the one shown, keyed by image path, so that D/A can load the next
 * image's boxes in the same event (and paint) as its pixels. A read counts only for the same {@link SessionFiles}
 * (folder, save dir, format, class file) and image size it was made with; any save drops every read, since a
 * YOLO save may also name new classes in the classes.txt other images share. Neighbours are read again each time
 * they are prefetched, so a read is at most one navigation old. Only the EDT calls these methods.
 */
final class AnnotationReads {
    /** A few images either side: what the pipeline prefetches, with room for a step back. */
    static final int LIMIT = 8;

    private record Entry(SessionFiles files, ImageSize size, CompletableFuture<AnnotationOpener.Opened> read) {
        boolean isFor(SessionFiles wantedFiles, ImageSize wantedSize) {
            return files.equals(wantedFiles) && size.equals(wantedSize) && !read.isCompletedExceptionally();
        }
    }

    /** Reads one image's annotation (on the reader thread). */
    interface Reader {
        AnnotationOpener.Opened read(SessionFiles files, Path image, ImageSize size);
    }

    private final Executor reader;
    private final Reader read;
    private final Map<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Entry> eldest) {
            return size() > LIMIT;
        }
    };

    AnnotationReads(Executor reader) {
        this(reader, AnnotationOpener::read);
    }

    AnnotationReads(Executor reader, Reader read) {
        this.reader = reader;
        this.read = read;
    }

    /** Starts reading {@code image}'s annotation in the background, unless a read for it is still under way. */
    void readAhead(SessionFiles files, Path image, ImageSize size) {
        Entry entry = entries.get(image);
        if (entry != null && entry.isFor(files, size) && !entry.read().isDone()) {
            return;
        }
        entries.put(image, new Entry(files, size, start(files, image, size)));
    }

    /** The read made ahead for this image, files and size (finished or under way), if there is one. */
    Optional<CompletableFuture<AnnotationOpener.Opened>> find(SessionFiles files, Path image, ImageSize size) {
        Entry entry = entries.get(image);
        return entry != null && entry.isFor(files, size) ? Optional.of(entry.read()) : Optional.empty();
    }

    /** A new read on the reader thread, remembered like a read made ahead. */
    CompletableFuture<AnnotationOpener.Opened> read(SessionFiles files, Path image, ImageSize size) {
        CompletableFuture<AnnotationOpener.Opened> read = start(files, image, size);
        entries.put(image, new Entry(files, size, read));
        return read;
    }

    /** Something was written: what was read before may be out of date. */
    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private CompletableFuture<AnnotationOpener.Opened> start(SessionFiles files, Path image, ImageSize size) {
        Supplier<AnnotationOpener.Opened> work = () -> read.read(files, image, size);
        return CompletableFuture.supplyAsync(work, reader);
    }
}
