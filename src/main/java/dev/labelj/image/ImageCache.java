package dev.labelj.image;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Decoded images, bounded by the bytes of their pixels (not by count), filled by background decode
 * threads. The image the user asks for always goes first; prefetches of the neighbours in the
 * direction of travel follow, one at a time. A second thread takes only what the user asked for, so
 * a request never waits behind a prefetch that is already decoding. When the user jumps, queued work for images they left is cancelled
 * (a decode already running finishes and is kept, since it costs nothing more).
 *
 * <p>The bound counts native and heap bytes alike; an image dropped from the cache has its native
 * pixels freed at once (see {@link DecodedImage}), so native memory does not wait for a collection.
 */
public final class ImageCache implements AutoCloseable {
    /** How much of an image a request needs: a quick display copy, or full resolution. */
    public enum Detail { PREVIEW, FULL }

    /** Decodes one image at a detail; called on the cache's thread. */
    @FunctionalInterface
    public interface Decoder {
        DecodedImage decode(Path file, Detail detail) throws ImageLoadException;
    }

    private record Task(Path file, Detail detail, boolean prefetch, CompletableFuture<DecodedImage> result) {
        boolean covers(Path wanted, Detail wantedDetail) {
            return file.equals(wanted) && detail.compareTo(wantedDetail) >= 0;
        }
    }

    /** {@code bytes} as counted when stored (a later re-fit may change the image's own count). */
    private record Entry(DecodedImage image, Detail detail, long bytes) {
    }

    private final long maxBytes;
    private final int keepAtLeast;
    private final Decoder decoder;
    private final Map<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Deque<Task> queue = new ArrayDeque<>();
    private final List<Task> running = new ArrayList<>();
    private long bytesUsed;
    private boolean closed;

    public ImageCache(long maxBytes, Decoder decoder) {
        this(maxBytes, 0, decoder, true);
    }

    /**
     * {@code keepAtLeast}: the bound grows to that many images of the size just stored when they would not fit in
     * {@code maxBytes} (the image shown and the neighbours prefetched, on a screen large enough to need big copies).
     */
    public ImageCache(long maxBytes, int keepAtLeast, Decoder decoder) {
        this(maxBytes, keepAtLeast, decoder, true);
    }

    ImageCache(long maxBytes, Decoder decoder, boolean requestLane) {
        this(maxBytes, 0, decoder, requestLane);
    }

    /** {@code requestLane}: also start the thread that takes only requests (tests turn it off for a fixed order). */
    ImageCache(long maxBytes, int keepAtLeast, Decoder decoder, boolean requestLane) {
        this.maxBytes = maxBytes;
        this.keepAtLeast = keepAtLeast;
        this.decoder = decoder;
        startWorker("image-decode", false);
        if (requestLane) {
            startWorker("image-decode-request", true);
        }
    }

    private void startWorker(String name, boolean requestsOnly) {
        Thread worker = new Thread(() -> work(requestsOnly), name);
        worker.setDaemon(true);
        worker.start();
    }

    private Optional<Task> runningCovering(Path file, Detail detail) {
        return running.stream().filter(t -> t.covers(file, detail)).findFirst();
    }

    /** The cached image if it has at least this detail; never decodes. */
    public synchronized Optional<DecodedImage> cached(Path file, Detail atLeast) {
        Entry entry = entries.get(file);
        return entry != null && entry.detail().compareTo(atLeast) >= 0 ? Optional.of(entry.image()) : Optional.empty();
    }

    /**
     * The image the user wants now: from the cache, or decoded before anything else. Earlier
     * requests still waiting in the queue are stale and are cancelled.
     */
    public synchronized CompletableFuture<DecodedImage> request(Path file, Detail detail) {
        Optional<DecodedImage> hit = cached(file, detail);
        if (hit.isPresent()) {
            return CompletableFuture.completedFuture(hit.get());
        }
        queue.removeIf(t -> !t.prefetch() && !t.covers(file, detail) && t.result().cancel(false));
        Optional<Task> underway = runningCovering(file, detail);
        if (underway.isPresent()) {
            return underway.get().result();
        }
        Task existing = queue.stream().filter(t -> t.covers(file, detail)).findFirst().orElse(null);
        // a queued prefetch of this file is promoted: it now belongs to the user and goes first
        Task task = existing != null ? new Task(file, existing.detail(), false, existing.result())
                : new Task(file, detail, false, new CompletableFuture<>());
        queue.remove(existing);
        queue.addFirst(task);
        notifyAll();
        return task.result();
    }

    /**
     * Replaces the queued prefetches with these files, in this order (nearest first), at full detail.
     * Files already cached or already on their way are skipped.
     */
    public synchronized void prefetch(List<Path> files) {
        prefetch(files, Detail.FULL);
    }

    /** As {@link #prefetch(List)}, at this detail. */
    public synchronized void prefetch(List<Path> files, Detail detail) {
        queue.removeIf(t -> t.prefetch() && !files.contains(t.file()) && t.result().cancel(false));
        for (Path file : files) {
            boolean pending = runningCovering(file, detail).isPresent()
                    || queue.stream().anyMatch(t -> t.covers(file, detail));
            if (!pending && cached(file, detail).isEmpty()) {
                queue.addLast(new Task(file, detail, true, new CompletableFuture<>()));
            }
        }
        notifyAll();
    }

    /** Drops one image (e.g. its file changed on disk) and frees its native pixels. */
    public synchronized void evict(Path file) {
        Entry removed = entries.remove(file);
        if (removed != null) {
            bytesUsed -= removed.bytes();
            removed.image().release();
        }
    }

    /** Drops every image and cancels all queued work. */
    public synchronized void clear() {
        queue.forEach(t -> t.result().cancel(false));
        queue.clear();
        entries.values().forEach(e -> e.image().release());
        entries.clear();
        bytesUsed = 0;
    }

    public synchronized long bytesUsed() {
        return bytesUsed;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** True when nothing is being decoded or waiting to be. */
    public synchronized boolean isIdle() {
        return running.isEmpty() && queue.isEmpty();
    }

    /** Files whose decode is queued, in the order they will run (for tests and diagnostics). */
    public synchronized List<Path> queued() {
        return queue.stream().map(Task::file).toList();
    }

    @Override
    public synchronized void close() {
        closed = true;
        clear();
        notifyAll();
    }

    private void work(boolean requestsOnly) {
        while (true) {
            Task task = next(requestsOnly);
            if (task == null) {
                return;
            }
            try {
                DecodedImage image = decoder.decode(task.file(), task.detail());
                store(task, image);
                task.result().complete(image);
            } catch (ImageLoadException | RuntimeException | OutOfMemoryError e) {
                task.result().completeExceptionally(e);
            } finally {
                synchronized (this) {
                    running.remove(task);
                    notifyAll();
                }
            }
        }
    }

    /** The next task for a worker; a prefetch only when no other prefetch is decoding. */
    private synchronized Task next(boolean requestsOnly) {
        while (!closed) {
            Task task = firstRunnable(requestsOnly || running.stream().anyMatch(Task::prefetch));
            if (task == null) {
                waitForWork();
                continue;
            }
            queue.remove(task);
            Optional<DecodedImage> hit = cached(task.file(), task.detail());
            if (hit.isPresent()) {
                task.result().complete(hit.get());
            } else if (!task.result().isDone()) {
                running.add(task);
                return task;
            }
        }
        return null;
    }

    private Task firstRunnable(boolean requestsOnly) {
        for (Task task : queue) {
            if (!requestsOnly || !task.prefetch()) {
                return task;
            }
        }
        return null;
    }

    private void waitForWork() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private synchronized void store(Task task, DecodedImage image) {
        long size = image.pixelBytes();
        long bound = Math.max(maxBytes, keepAtLeast * size);
        Entry old = entries.get(task.file());
        if (size > bound || (old != null && old.detail().compareTo(task.detail()) > 0)) {
            return;
        }
        // a preview that needed no reduction is the full image
        Detail detail = image.isReduced() ? task.detail() : Detail.FULL;
        evict(task.file());
        entries.put(task.file(), new Entry(image, detail, size));
        bytesUsed += size;
        var eldest = entries.entrySet().iterator();
        while (bytesUsed > bound && eldest.hasNext()) {
            Map.Entry<Path, Entry> victim = eldest.next();
            bytesUsed -= victim.getValue().bytes();
            victim.getValue().image().release();
            eldest.remove();
        }
    }
}
