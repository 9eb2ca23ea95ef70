package dev.labelj.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The image pipeline benchmark (not a test): decode speed, key-press-to-paint latency in the real
 * window, folder scan and start-up time. Needs a display (run under Xvfb). Inputs are generated into
 * a temporary folder that is deleted at the end. Run: {@code mvn -Pbench -DskipTests package exec:exec}.
 * Arguments: the build directory (for the shaded jar used by the start-up measurement), then
 * optionally which parts to run, comma-separated: window,rss,decode,scan,startup,paint,outside,dataset,predict,audit,tighten,track
 * (default all).
 */
public final class ImagePipelineBenchmark {
    private ImagePipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        String parts = args.length > 1 ? args[1] : "window,rss,decode,scan,startup,paint,outside,dataset,predict,audit,tighten,track";
        Path work = Files.createTempDirectory("labelj-bench");
        PrintStream realErr = System.err;
        System.setErr(quietTimingLines(realErr));
        Table table = new Table();
        try {
            System.out.println("generating inputs in " + work);
            Path photo = BenchInputs.photo(work.resolve("photo.jpg"), Path.of("data/images/cat.jpg"));
            System.out.printf("4000x3000 JPEG: %.1f MB%n", Files.size(photo) / 1e6);
            if (parts.contains("window")) {
                WindowBench.run(BenchInputs.folderOf(work.resolve("browse"), photo, 60, "photo"), 60, table);
            }
            if (parts.contains("rss")) {
                RssBench.run(BenchInputs.folderOf(work.resolve("rss"), photo, 60, "photo"), 50, target);
            }
            if (parts.contains("decode")) {
                DecodeBench.run(photo, table);
            }
            if (parts.contains("scan")) {
                ScanBench.run(work.resolve("scan"), 100_000, table);
            }
            if (parts.contains("paint")) {
                PaintBench.run(photo, table);
            }
            if (parts.contains("outside")) {
                OutsideBench.run(photo, work, target);
            }
            if (parts.contains("dataset")) {
                DatasetBench.run(work.resolve("dataset"), 10_000, 5, table);
            }
            if (parts.contains("predict")) {
                PredictBench.run(target, photo, work, table);
            }
            if (parts.contains("audit")) {
                AuditBench.run(target, photo, work, table);
            }
            if (parts.contains("tighten")) {
                TightenBench.run(photo, table);
            }
            if (parts.contains("track")) {
                TrackBench.run(BenchInputs.photo(work.resolve("hd.jpg"), Path.of("data/images/cat.jpg"), 1920, 1080),
                        table);
            }
            if (parts.contains("startup")) {
                StartupBench.run(photo, work, target, table);
            }
        } finally {
            table.print(System.out);
            deleteTree(work);
            System.setErr(realErr);
        }
        System.exit(0);
    }

    /** The app's own "[timing]" lines are for the measurement, not for the console. */
    private static PrintStream quietTimingLines(PrintStream err) {
        return new PrintStream(new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                line.append((char) b);
                if (b == '\n') {
                    if (!line.toString().startsWith("[timing]")) {
                        err.print(line);
                    }
                    line.setLength(0);
                }
            }
        }, true);
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
