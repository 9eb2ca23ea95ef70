package dev.labelj.io.createml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the one-file CreateML export of a folder by its content, not only by Roboflow's name: Apple's
 * Create ML tutorial keeps {@code annotations.json} beside the images. A candidate is a {@code .json} file
 * that is no image's own file (no other file shares its stem) and whose start is an array of entries naming
 * images. The answer is remembered per folder until the folder changes.
 */
final class SharedExports {
    private static final int HEAD_BYTES = 4096;
    private static final Pattern LOOKS_LIKE_CREATE_ML =
            Pattern.compile("^\\uFEFF?\\s*\\[\\s*(\\{\\s*\"(image|imagefilename|annotations?)\"|])", Pattern.DOTALL);
    private static final Map<Path, Found> FOUND = new ConcurrentHashMap<>();

    private SharedExports() {
    }

    private record Found(FileTime folderModified, Optional<Path> file) {
    }

    static Optional<Path> find(Path folder, String preferredName) {
        Path preferred = folder.resolve(preferredName);
        if (Files.isRegularFile(preferred)) {
            return Optional.of(preferred);
        }
        try {
            FileTime modified = Files.getLastModifiedTime(folder);
            Found found = FOUND.get(folder);
            if (found == null || !found.folderModified().equals(modified)) {
                found = new Found(modified, scan(folder));
                FOUND.put(folder, found);
            }
            return found.file();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> scan(Path folder) throws IOException {
        Set<String> otherStems = new HashSet<>();
        TreeSet<Path> jsons = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".json")) {
                    jsons.add(entry);
                } else {
                    otherStems.add(stem(name));
                }
            }
        }
        for (Path json : jsons) {
            if (!otherStems.contains(stem(json.getFileName().toString())) && Files.isRegularFile(json)
                    && looksLikeCreateMl(json)) {
                return Optional.of(json);
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeCreateMl(Path json) {
        try (InputStream in = Files.newInputStream(json)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            return LOOKS_LIKE_CREATE_ML.matcher(head).find();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
