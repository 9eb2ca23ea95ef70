package dev.labelj.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Picks the classes.txt a YOLO label file shares with its dataset, so that every image of a folder tree gets
 * its ids from one list. Flat folders keep labelImg's behaviour (the format's own search next to the label
 * file, and a new classes.txt created there); a label file in a subfolder of the label root uses the nearest
 * classes.txt between its folder and the root, else the root's (created there on the first save), so two
 * subfolders can never grow two different id lists.
 */
final class YoloClassFile {
    static final String CLASSES_TXT = "classes.txt";
    /** Datasets keep classes.txt up to two folders above the labels (the format's reader looks there too). */
    private static final int LEVELS_ABOVE_ROOT = 2;

    private YoloClassFile() {
    }

    static FormatOptions optionsFor(Path labelFile, Path labelRoot, FormatOptions options) {
        if (options.datasetClassFile().isPresent()) {
            return options;
        }
        Path folder = labelFile.toAbsolutePath().normalize().getParent();
        Path root = labelRoot.toAbsolutePath().normalize();
        if (folder == null || folder.equals(root) || !folder.startsWith(root)) {
            return options;
        }
        return options.withDatasetClassFile(between(folder, root).orElse(root.resolve(CLASSES_TXT)));
    }

    /**
     * The nearest existing classes.txt from {@code folder} up to {@code root}: the list a save appends to. One
     * above the root is never that list (it may be the user's predefined class file, docs/adr/0101); its names
     * start the root's new list instead.
     */
    static Optional<Path> between(Path folder, Path root) {
        for (Path at = folder; at != null && at.startsWith(root); at = at.getParent()) {
            if (Files.isRegularFile(at.resolve(CLASSES_TXT))) {
                return Optional.of(at.resolve(CLASSES_TXT));
            }
        }
        return Optional.empty();
    }

    /** The classes.txt whose names a label in {@code folder} is read with: {@link #between}, then up to two above. */
    static Optional<Path> existing(Path folder, Path root) {
        Optional<Path> list = between(folder, root);
        if (list.isPresent()) {
            return list;
        }
        Path at = root.getParent();
        for (int i = 0; i < LEVELS_ABOVE_ROOT && at != null; i++, at = at.getParent()) {
            if (Files.isRegularFile(at.resolve(CLASSES_TXT))) {
                return Optional.of(at.resolve(CLASSES_TXT));
            }
        }
        return Optional.empty();
    }
}
