package dev.labelj.dataset;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a class edit keeps what it changed: {@code DIR/.labelj/class-edits/<stamp>/}, one copy of each file as it
 * was ({@code <n>.bak}) and a record ({@code edit.txt}) of each file's path and the checksums of its bytes before
 * and after. The folder is hidden, so scans of the dataset never see it. {@code undone} marks an edit taken back.
 */
final class ClassEditBackups {
    static final String FOLDER = ".labelj/class-edits";
    static final String RECORD = "edit.txt";
    static final String UNDONE = "undone";
    private static final String HEADER = "labelj class edit 1";

    private ClassEditBackups() {
    }

    /** One file of an edit: its copy's number, its checksums before and after, where it lives. */
    record Entry(int number, String beforeSum, String afterSum, Path file) {
        String line() {
            return number + "\t" + beforeSum + "\t" + afterSum + "\t" + file.toUri();
        }

        static Entry parse(String line) {
            String[] fields = line.split("\t", 4);
            return new Entry(Integer.parseInt(fields[0]), fields[1], fields[2], Path.of(URI.create(fields[3])));
        }
    }

    static Path folder(Path root) {
        return root.resolve(FOLDER);
    }

    static String record(String description, List<Entry> entries) {
        StringBuilder text = new StringBuilder(HEADER).append('\t').append(description.replace('\n', ' ')).append('\n');
        entries.forEach(e -> text.append(e.line()).append('\n'));
        return text.toString();
    }

    /** The description and entries of the record in {@code editFolder}. */
    static List<Entry> entries(Path editFolder) throws IOException {
        List<String> lines = Files.readAllLines(editFolder.resolve(RECORD), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith(HEADER + "\t")) {
            throw new IOException(editFolder.resolve(RECORD) + ": not a class edit record");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                try {
                    entries.add(Entry.parse(lines.get(i)));
                } catch (RuntimeException e) {
                    throw new IOException(editFolder.resolve(RECORD) + ", line " + (i + 1) + ": not readable", e);
                }
            }
        }
        return entries;
    }

    static String description(Path editFolder) throws IOException {
        String first = Files.readAllLines(editFolder.resolve(RECORD), StandardCharsets.UTF_8).get(0);
        return first.substring(first.indexOf('\t') + 1);
    }

    /** The newest edit not yet undone; stamps sort by time. */
    static Optional<Path> latest(Path root) throws IOException {
        Path folder = folder(root);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> edits = Files.list(folder)) {
            return edits.filter(f -> Files.isRegularFile(f.resolve(RECORD)) && !Files.exists(f.resolve(UNDONE)))
                    .max(java.util.Comparator.comparing(f -> f.getFileName().toString()));
        }
    }

    static String sum(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
