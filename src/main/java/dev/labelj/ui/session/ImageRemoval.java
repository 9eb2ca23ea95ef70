package dev.labelj.ui.session;

import dev.labelj.io.AnnotationLocator;
import dev.labelj.image.ImageFolder;
import dev.labelj.io.Formats;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Delete Image and its undo (docs/adr/0081-delete-image-into-deleted-folder.md): the image and its own annotation
 * files move into a {@code .deleted} folder beside each of them, by atomic renames within that folder's file
 * system, so nothing is copied and nothing can be half-written. When one move fails the moves already made are
 * undone and the failure names the file and the reason.
 */
public final class ImageRemoval {
    /** The folder, beside each removed file, that holds it until Undo Delete Image. */
    public static final String FOLDER = ".deleted";

    /** One file moved: where it was and where it is now. */
    public record Move(Path from, Path to) {
    }

    /** The moves of one Delete Image, first the image. */
    public record Removal(Path image, List<Move> moves) {
        public Removal {
            moves = List.copyOf(moves);
        }
    }

    /** A move that could not be made; nothing was left moved. */
    public static final class RemovalException extends Exception {
        private final Path file;

        RemovalException(Path file, String reason) {
            super(file + ": " + reason);
            this.file = file;
        }

        public Path file() {
            return file;
        }

        public String reason() {
            return getMessage().substring(file.toString().length() + 2);
        }
    }

    private ImageRemoval() {
    }

    /**
     * The files Delete Image moves: the image and each format's own annotation of it that exists. Shared files (a
     * one-file CreateML export) hold other images' boxes too and stay; so does the annotation of an image with the
     * stem of another image beside it ({@code a.jpg} and {@code a.png} both map to {@code a.xml}).
     */
    public static List<Path> filesOf(Path image, AnnotationLocator locator) {
        Set<Path> files = new LinkedHashSet<>();
        files.add(image.toAbsolutePath().normalize());
        if (hasStemSibling(image)) {
            return List.copyOf(files);
        }
        Formats.all().forEach(format -> {
            Path own = locator.locate(image, format).toAbsolutePath().normalize();
            if (Files.isRegularFile(own)) {
                files.add(own);
            }
        });
        return List.copyOf(files);
    }

    /** Whether another image in the folder has this image's stem (one listing, once per delete). */
    private static boolean hasStemSibling(Path image) {
        Path absolute = image.toAbsolutePath().normalize();
        String stem = AnnotationLocator.stem(absolute.getFileName().toString());
        try (Stream<Path> siblings = Files.list(absolute.getParent())) {
            return siblings.anyMatch(other -> !other.equals(absolute) && ImageFolder.isImage(other)
                    && AnnotationLocator.stem(other.getFileName().toString()).equals(stem));
        } catch (IOException e) {
            // the folder cannot be listed: keep the annotations where they are rather than risk another's
            return true;
        }
    }

    /** Moves {@code files} (the image first) into their {@code .deleted} folders; all or none. */
    public static Removal remove(List<Path> files) throws RemovalException {
        List<Move> done = new ArrayList<>();
        for (Path file : files) {
            Path target = file.resolveSibling(FOLDER).resolve(file.getFileName());
            try {
                Files.createDirectories(target.getParent());
                move(file, target);
            } catch (IOException e) {
                undo(done);
                throw new RemovalException(file, reason(e));
            }
            done.add(new Move(file, target));
        }
        return new Removal(files.get(0), done);
    }

    /** Undo Delete Image: moves every file back; a file now in the way is never overwritten. */
    public static void restore(Removal removal) throws RemovalException {
        List<Move> back = new ArrayList<>();
        for (Move move : removal.moves()) {
            try {
                move(move.to(), move.from());
            } catch (IOException e) {
                undo(back);
                throw new RemovalException(move.from(), reason(e));
            }
            back.add(new Move(move.to(), move.from()));
        }
        removal.moves().forEach(move -> deleteIfEmpty(move.to().getParent()));
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Puts back moves already made, last first; a failure here leaves the file where the message said. */
    private static void undo(List<Move> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Move move = done.get(i);
            try {
                Files.move(move.to(), move.from(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // the file is still whole, in .deleted; the caller's message names the first failure
            }
            deleteIfEmpty(move.to().getParent());
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmpty) {
            // other deleted files are still in it: it stays
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is already at " + e.getMessage();
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return "it cannot be moved in one step there";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
