package dev.labelj.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The settings file and the in-memory state it mirrors. Every change schedules a save a moment later on
 * a background thread (changes in a burst share one write); writes are atomic, so a kill at any instant
 * leaves the old file or the new one. A file that cannot be used is moved aside and defaults are used.
 * Safe to call from any thread; the calls that change state only swap an immutable snapshot.
 */
public final class SettingsStore {
    public static final long SAVE_DELAY_MILLIS = 300;
    /**
     * Far above any file LabelJ writes (bounded history lists: kilobytes); anything larger is not read, so a wrong
     * file can never fill the memory at every start.
     */
    public static final long MAX_FILE_BYTES = 8L << 20;

    /** The read-ahead started at launch, until the load of its file takes it. Guarded by the class. */
    private static ReadAhead readAhead;

    private final Path file;
    private final ScheduledExecutorService saver;
    private final List<Consumer<IOException>> saveFailureListeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();
    private Snapshot current = Snapshot.defaults();
    private long changes;
    private long savedChanges;
    private ScheduledFuture<?> pending;
    private LoadProblem loadProblem;
    private boolean savingBlocked;
    private boolean closed;
    private CompletableFuture<Void> closing;
    private volatile Consumer<Thread> writeObserver = thread -> { };
    private boolean tookReadAhead;

    private record ReadAhead(Path file, CompletableFuture<Optional<Parsed>> parsed) {
    }

    /** What a read-ahead found: the bytes it read and what they hold. */
    private record Parsed(byte[] bytes, SettingsJson.Contents contents) {
    }

    private SettingsStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.saver = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "settings-save");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads {@code file} (missing → defaults; unusable → moved aside, defaults, {@link #loadProblem()}). */
    public static SettingsStore load(Path file) {
        SettingsStore store = new SettingsStore(file);
        store.readFromDisk();
        return store;
    }

    /**
     * Reads and parses {@code file} on a thread of its own and changes nothing; the first {@link #load} of the same
     * file takes what it parsed when the file still holds the same bytes. On a cold JVM the parse is about 100 ms of
     * every launch that has a settings file, which the launch can spend while the display connects
     * (docs/adr/0178). Completes with true when the file was there and parsed; what cannot be used is left to the
     * load, which sets it aside and says so.
     */
    public static CompletableFuture<Boolean> readAhead(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        CompletableFuture<Optional<Parsed>> parsed = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                parsed.complete(parse(normalised));
            } finally {
                parsed.complete(Optional.empty());
            }
        }, "settings-read-ahead");
        thread.setDaemon(true);
        synchronized (SettingsStore.class) {
            readAhead = new ReadAhead(normalised, parsed);
        }
        thread.start();
        return parsed.thenApply(Optional::isPresent);
    }

    private static Optional<Parsed> parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = SettingsFileBytes.read(file, MAX_FILE_BYTES);
            return Optional.of(new Parsed(bytes, SettingsJson.parse(bytes)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The read-ahead of {@code file}, waited for, if one was started; each is taken once. */
    private static Optional<Parsed> takeReadAhead(Path file) {
        ReadAhead taken;
        synchronized (SettingsStore.class) {
            if (readAhead == null || !readAhead.file().equals(file)) {
                return Optional.empty();
            }
            taken = readAhead;
            readAhead = null;
        }
        return taken.parsed().join();
    }

    /**
     * Moves the file aside as {@code settings.json.bak-<timestamp>} so the next load starts from defaults.
     * Returns the backup, or empty if there was no file.
     */
    public static Optional<Path> resetFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(SettingsPaths.notARegularFile(file));
        }
        return Optional.of(SideFiles.moveAside(file, "bak"));
    }

    private void readFromDisk() {
        Optional<Parsed> ahead = takeReadAhead(file);
        SideFiles.deleteStaleTemps(file);
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            // a folder, device or pipe: opening a pipe would wait forever, and moving any of them breaks something
            savingBlocked = true;
            loadProblem = new LoadProblem(LoadProblem.Kind.NOT_A_FILE, file, null, "not a regular file");
            return;
        }
        byte[] bytes;
        try {
            bytes = SettingsFileBytes.read(file, MAX_FILE_BYTES);
        } catch (SettingsFileBytes.TooLargeException e) {
            setAside(LoadProblem.Kind.TOO_LARGE, e.getMessage());
            return;
        } catch (IOException e) {
            setAside(LoadProblem.Kind.UNREADABLE, e.toString());
            return;
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            setAside(LoadProblem.Kind.EMPTY, "empty file");
            return;
        }
        try {
            Optional<SettingsJson.Contents> parsedAhead = ahead.filter(p -> Arrays.equals(p.bytes(), bytes))
                    .map(Parsed::contents);
            tookReadAhead = parsedAhead.isPresent();
            SettingsJson.Contents contents = tookReadAhead ? parsedAhead.get() : SettingsJson.parse(bytes);
            current = contents.snapshot();
            int version = contents.version();
            if (version > SettingsJson.CURRENT_VERSION) {
                // Saving would drop every key this version does not know; use the file read-only instead.
                savingBlocked = true;
                loadProblem = new LoadProblem(LoadProblem.Kind.NEWER_VERSION, file, null, "version " + version);
            }
        } catch (IOException | RuntimeException e) {
            setAside(LoadProblem.Kind.MALFORMED, e.getMessage());
        }
    }

    private void setAside(LoadProblem.Kind kind, String detail) {
        Path movedTo = null;
        try {
            movedTo = SideFiles.moveAside(file, "corrupt");
        } catch (IOException e) {
            // Keep the user's file as it is: nothing is saved over it during this run.
            savingBlocked = true;
        }
        loadProblem = new LoadProblem(kind, file, movedTo, detail);
    }

    public Path file() {
        return file;
    }

    /** Whether the load used what a {@link #readAhead} parsed (tests). */
    boolean tookReadAhead() {
        return tookReadAhead;
    }

    public Optional<LoadProblem> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    public synchronized Snapshot snapshot() {
        return current;
    }

    public Settings settings() {
        return snapshot().settings();
    }

    public History history() {
        return snapshot().history();
    }

    public void updateSettings(UnaryOperator<Settings> change) {
        replace(s -> s.withSettings(change.apply(s.settings())));
    }

    public void updateHistory(UnaryOperator<History> change) {
        replace(s -> s.withHistory(change.apply(s.history())));
    }

    private synchronized void replace(UnaryOperator<Snapshot> change) {
        Snapshot next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        current = next;
        changes++;
        if (pending != null) {
            pending.cancel(false);
        }
        if (!saver.isShutdown()) {
            pending = saver.schedule(this::saveQuietly, SAVE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Forgets history, or everything, keeping a copy of the current file as
     * {@code settings.json.bak-<timestamp>}; saved at once. Returns the backup if there was a file.
     *
     * @throws SavingBlockedException if the file is left alone this run; nothing is reset then
     */
    public Optional<Path> reset(ResetScope scope) throws IOException {
        synchronized (this) {
            if (savingBlocked) {
                throw new SavingBlockedException(loadProblem);
            }
        }
        flush();
        Optional<Path> backup = Optional.empty();
        if (Files.isRegularFile(file)) {
            backup = Optional.of(SideFiles.copyAside(file, "bak"));
        }
        replace(s -> scope == ResetScope.EVERYTHING ? Snapshot.defaults() : s.withHistory(History.empty()));
        flush();
        return backup;
    }

    /** Writes pending changes now, on the calling thread. */
    public void flush() throws IOException {
        synchronized (writeLock) {
            Snapshot toWrite;
            long version;
            synchronized (this) {
                if (savedChanges == changes || savingBlocked || closed) {
                    return;
                }
                toWrite = current;
                version = changes;
            }
            AtomicSave.write(file, SettingsJson.write(toWrite));
            writeObserver.accept(Thread.currentThread());
            synchronized (this) {
                savedChanges = Math.max(savedChanges, version);
            }
        }
    }

    /** Tests count the writes and see which thread made them. */
    void observeWrites(Consumer<Thread> observer) {
        writeObserver = observer;
    }

    /** Called with the error when a background save fails (the next change tries again). */
    public void onSaveFailure(Consumer<IOException> listener) {
        saveFailureListeners.add(listener);
    }

    private void saveQuietly() {
        try {
            flush();
        } catch (IOException e) {
            saveFailureListeners.forEach(l -> l.accept(e));
        }
    }

    /** Saves what is pending and stops the background thread; later changes are kept in memory only. */
    public void close() throws IOException {
        try {
            closeInBackground().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * {@link #close()} on the store's own save thread, so the caller (the EDT) does not wait for the disk.
     * Calling it again returns the same close.
     */
    public synchronized CompletableFuture<Void> closeInBackground() {
        if (closing == null) {
            if (pending != null) {
                pending.cancel(false);
            }
            closing = new CompletableFuture<>();
            saver.execute(this::finalSave);
            saver.shutdown();
        }
        return closing;
    }

    private void finalSave() {
        try {
            flush();
            synchronized (this) {
                closed = true;
            }
            closing.complete(null);
        } catch (IOException | RuntimeException e) {
            closing.completeExceptionally(e);
        }
    }
}
