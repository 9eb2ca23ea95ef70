package dev.labelj.dataset;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AtomicFiles;
import dev.labelj.model.ClassList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a split as YOLOv5 reads it: one {@code NAME.txt} per split listing image paths ({@code ./} paths are
 * relative to the list's folder, as YOLOv5 resolves them), and a {@code data.yaml} naming the lists and the
 * classes in id order, without an absolute {@code path:} (docs/adr/0105).
 */
public final class SplitFiles {
    private SplitFiles() {
    }

    public static void write(Path outDir, Map<String, List<Path>> split, ClassList classes) throws AnnotationIoException {
        Path out = outDir.toAbsolutePath().normalize();
        for (Map.Entry<String, List<Path>> entry : split.entrySet()) {
            StringBuilder list = new StringBuilder();
            for (Path image : entry.getValue()) {
                Path absolute = image.toAbsolutePath().normalize();
                list.append(absolute.startsWith(out) ? "./" + out.relativize(absolute).toString().replace('\\', '/')
                        : absolute.toString()).append('\n');
            }
            AtomicFiles.write(out.resolve(entry.getKey() + ".txt"), list.toString().getBytes(StandardCharsets.UTF_8));
        }
        // no path: key, so the dataset can move: Ultralytics then reads the lists beside this file; YOLOv5
        // resolves a missing or relative path against its own folder, so its users add the line below
        StringBuilder yaml = new StringBuilder("# train/val/test are relative to this file's folder. YOLOv5 needs")
                .append(" its absolute path; for it, uncomment:\n# path: ").append(quoted(out.toString())).append('\n');
        split.keySet().forEach(name -> yaml.append(name).append(": ").append(name).append(".txt\n"));
        // an empty block would be YAML's null, not an empty list of names
        yaml.append("nc: ").append(classes.size()).append('\n').append(classes.size() == 0 ? "names: {}\n" : "names:\n");
        for (int id = 0; id < classes.size(); id++) {
            yaml.append("  ").append(id).append(": ").append(quoted(classes.names().get(id))).append('\n');
        }
        AtomicFiles.write(out.resolve("data.yaml"), yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A YAML single-quoted scalar: any name, with ' doubled. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
