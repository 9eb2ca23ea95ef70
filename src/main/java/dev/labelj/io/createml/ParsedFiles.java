package dev.labelj.io.createml;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ReadFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last CreateML file parsed, kept while it is unchanged on disk: a one-file export shared by thousands
 * of images would otherwise be parsed again for each of them (3,000 images and a 4 MB export took 101 s).
 * The entries are never handed out for changing, so one parse can serve several threads.
 */
final class ParsedFiles {
    private static volatile Parsed last;

    private ParsedFiles() {
    }

    /** The entries of a file and the index of each image name (the first entry of a name wins). */
    record Parsed(Path file, FileTime modified, long size, Object fileKey, ArrayNode entries,
                  Map<String, Integer> index) {
        Optional<Integer> indexOf(String imageName) {
            return Optional.ofNullable(index.get(imageName));
        }
    }

    static Parsed read(Path file) throws AnnotationIoException {
        Optional<BasicFileAttributes> attributes = attributes(file);
        Parsed cached = last;
        if (cached != null && attributes.isPresent() && cached.file().equals(file.toAbsolutePath())
                && cached.modified().equals(attributes.get().lastModifiedTime())
                && cached.size() == attributes.get().size()
                && java.util.Objects.equals(cached.fileKey(), attributes.get().fileKey())) {
            return cached;
        }
        ArrayNode entries = CreateMlJson.parseArray(file, ReadFiles.readAll(file));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String key : new String[] {"image", "imagefilename"}) {
                String name = entries.get(i).path(key).asText(null);
                if (name != null) {
                    index.putIfAbsent(name, i);
                }
            }
        }
        Parsed parsed = attributes.map(a -> new Parsed(file.toAbsolutePath(), a.lastModifiedTime(), a.size(),
                a.fileKey(), entries, Map.copyOf(index))).orElse(null);
        last = parsed;
        return parsed != null ? parsed : new Parsed(file, FileTime.fromMillis(0), -1, null, entries, index);
    }

    /** Called after this process wrote a file, so a write within one clock tick is never missed. */
    static void forget() {
        last = null;
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
