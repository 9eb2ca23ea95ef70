package dev.labelj.bench;

import dev.labelj.cli.LabelJCommand;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine;

/**
 * The dataset commands on a generated folder of VOC files with tiny PNGs beside them (sizes come from the
 * image headers): {@code convert} VOC to YOLO, VOC to COCO, and {@code validate}, in files per second, each
 * the whole command as a person runs it (scan, read, write, summary). Run alone with
 * {@code java -cp ... dev.labelj.bench.DatasetBench [files] [runs]}, or as the {@code dataset} part of the
 * benchmark.
 */
public final class DatasetBench {
    private DatasetBench() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("labelj-dataset-bench");
        Table table = new Table();
        try {
            run(work, files, runs, table);
        } finally {
            table.print(System.out);
            deleteTree(work);
        }
    }

    static void run(Path work, int files, int runs, Table table) throws Exception {
        Path images = voc(work.resolve("images"), files);
        Path out = work.resolve("out");
        for (boolean fresh : new boolean[] {true, false}) {
            String how = fresh ? " (new JVM)" : " (warm)";
            time(table, runs, files, "convert VOC -> YOLO" + how, fresh, out,
                    "convert", "--from", "voc", "--to", "yolo", "--images", images.toString(), "--out", out.toString());
            time(table, runs, files, "convert VOC -> COCO" + how, fresh, out,
                    "convert", "--from", "voc", "--to", "coco", "--images", images.toString(), "--out", out.toString());
            time(table, runs, files, "validate" + how, fresh, out, "validate", images.toString());
            time(table, runs, files, "stats" + how, fresh, out, "stats", images.toString());
        }
    }

    /** {@code count} VOC files of 1-4 boxes, each beside a 64x48 PNG in one of ten subfolders. */
    static Path voc(Path folder, int count) throws Exception {
        Path png = Files.createDirectories(folder).resolve("tiny.bin");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR), "png", png.toFile());
        byte[] pixels = Files.readAllBytes(png);
        Files.delete(png);
        Random random = new Random(7);
        for (int i = 0; i < count; i++) {
            Path sub = Files.createDirectories(folder.resolve("part" + i % 10));
            Files.write(sub.resolve("img" + i + ".png"), pixels);
            StringBuilder xml = new StringBuilder("<annotation>\n  <folder>part").append(i % 10)
                    .append("</folder>\n  <filename>img").append(i).append(".png</filename>\n  <size>\n    <width>64"
                            + "</width>\n    <height>48</height>\n    <depth>3</depth>\n  </size>\n"
                            + "  <segmented>0</segmented>\n");
            for (int b = 0, n = 1 + random.nextInt(4); b < n; b++) {
                int x = random.nextInt(40);
                int y = random.nextInt(30);
                xml.append(String.format(Locale.ROOT, "  <object>\n    <name>class_%d</name>\n    <pose>Unspecified"
                        + "</pose>\n    <truncated>0</truncated>\n    <difficult>0</difficult>\n    <bndbox>\n"
                        + "      <xmin>%d</xmin>\n      <ymin>%d</ymin>\n      <xmax>%d</xmax>\n      <ymax>%d</ymax>\n"
                        + "    </bndbox>\n  </object>\n", random.nextInt(5), x, y, x + 5 + random.nextInt(19),
                        y + 5 + random.nextInt(13)));
            }
            Files.writeString(sub.resolve("img" + i + ".xml"), xml.append("</annotation>\n"));
        }
        return folder;
    }

    /**
     * One untimed run, then {@code runs} timed ones, each into a new output folder: in this JVM (warm), or
     * as a person runs the command, in a new JVM each time (start-up included).
     */
    private static void time(Table table, int runs, int files, String what, boolean fresh, Path out, String... args)
            throws Exception {
        Samples samples = new Samples();
        for (int i = 0; i <= runs; i++) {
            // a new output folder each run: deleting thousands of files just before a run slows the next
            // creations on a file system mounted with online discard
            String[] withOut = args.clone();
            for (int a = 0; a < withOut.length; a++) {
                if (withOut[a].equals(out.toString())) {
                    withOut[a] = out.resolveSibling(out.getFileName() + "-" + what.replaceAll("\\W+", "") + i)
                            .toString();
                }
            }
            long start = System.nanoTime();
            int exit = fresh ? inNewJvm(withOut) : execute(withOut);
            long nanos = System.nanoTime() - start;
            if (exit != 0) {
                throw new IllegalStateException(what + " exited " + exit);
            }
            if (i > 0) {
                samples.addNanos(nanos);
            }
        }
        double perSecond = files / (samples.median() / 1000);
        System.out.printf(Locale.ROOT, "%-22s %,8.0f files/s (median of %d, %d files)%n", what, perSecond, runs, files);
        table.add(what + " of " + files + " files: " + String.format(Locale.ROOT, "%,.0f files/s", perSecond),
                samples, "");
    }

    private static int inNewJvm(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the options the labelj launcher starts with (docs/adr/0070)
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "dev.labelj.cli.Main"));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return process.waitFor();
    }

    private static int execute(String... args) {
        CommandLine commandLine = LabelJCommand.commandLine();
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        if (exit != 0) {
            System.err.print(err);
        }
        return exit;
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
