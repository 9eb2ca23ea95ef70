package dev.labelj.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a run's results file from a CSV or a run folder, and the images a training wrote beside it. */
public final class RunFiles {
    /** The plots YOLOv5 and Ultralytics write at the end of training, most useful first. */
    private static final List<String> KNOWN_IMAGES = List.of("confusion_matrix.png",
            "confusion_matrix_normalized.png", "PR_curve.png", "BoxPR_curve.png", "MaskPR_curve.png",
            "PosePR_curve.png", "F1_curve.png", "BoxF1_curve.png", "MaskF1_curve.png", "PoseF1_curve.png",
            "P_curve.png", "BoxP_curve.png", "R_curve.png", "BoxR_curve.png", "results.png", "labels.jpg",
            "labels_correlogram.jpg");
    private static final int MAX_IMAGES = 40;

    private RunFiles() {
    }

    /** The file itself, or results.csv / results.txt / the first results*.csv inside a folder. */
    public static Path resolve(Path csvOrRunDir) throws IOException, ResultsReadException {
        if (Files.isRegularFile(csvOrRunDir)) {
            return csvOrRunDir;
        }
        if (!Files.isDirectory(csvOrRunDir)) {
            throw new NoSuchFileException(csvOrRunDir.toString());
        }
        for (String name : List.of("results.csv", "results.txt")) {
            Path candidate = csvOrRunDir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        try (Stream<Path> files = Files.list(csvOrRunDir)) {
            return files.filter(p -> p.getFileName().toString().matches("results.*\\.(csv|txt)"))
                    .filter(Files::isRegularFile).sorted().findFirst()
                    .orElseThrow(() -> new ResultsReadException(csvOrRunDir, 0,
                            "no results.csv or results.txt in this folder"));
        }
    }

    /**
     * The results files of every run in a folder of runs, newest first: {@code runs/train/} with
     * {@code exp}, {@code exp2} …, or {@code runs/} with Ultralytics' {@code detect/train*} one level
     * further down. A folder that is itself a run gives just its own file; none at all: empty.
     */
    public static List<Path> runsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Optional<Path> own = ownResults(folder);
        if (own.isPresent()) {
            return List.of(own.get());
        }
        List<Path> found = new ArrayList<>();
        for (Path child : subfolders(folder)) {
            Optional<Path> results = ownResults(child);
            if (results.isPresent()) {
                found.add(results.get());
            } else {
                for (Path grandchild : subfolders(child)) {
                    ownResults(grandchild).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparing(RunFiles::modified).reversed().thenComparing(Path::toString));
        return List.copyOf(found);
    }

    /** True for a folder of runs (no results file of its own): the viewer lists and watches it. */
    public static boolean isFolderOfRuns(Path path) {
        return Files.isDirectory(path) && ownResults(path).isEmpty();
    }

    private static Optional<Path> ownResults(Path folder) {
        return Stream.of("results.csv", "results.txt").map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static List<Path> subfolders(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** "exp2" for runs/train/exp2/results.csv; the file's stem for any other name. */
    public static String runName(Path file) {
        String fileName = file.getFileName().toString();
        Path parent = file.toAbsolutePath().getParent();
        if ((fileName.equals("results.csv") || fileName.equals("results.txt")) && parent != null
                && parent.getFileName() != null) {
            return parent.getFileName().toString();
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** PNG/JPEG files in the results file's folder: the known training plots first, then the rest by name. */
    public static List<Path> imagesBeside(Path resultsFile) {
        Path dir = resultsFile.toAbsolutePath().getParent();
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(RunFiles::isImage)
                    .sorted(Comparator.comparingInt(RunFiles::rank).thenComparing(p -> p.getFileName().toString()))
                    .limit(MAX_IMAGES).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isImage(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    private static int rank(Path path) {
        int index = KNOWN_IMAGES.indexOf(path.getFileName().toString());
        return index >= 0 ? index : KNOWN_IMAGES.size();
    }
}
