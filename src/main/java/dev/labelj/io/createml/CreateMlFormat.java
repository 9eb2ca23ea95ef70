package dev.labelj.io.createml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.BoxChecks;
import dev.labelj.io.EmptyLabels;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import dev.labelj.io.ReadFiles;
import dev.labelj.model.ImageAnnotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CreateML JSON in labelImg's layout: an array of {@code {image, verified, annotations}} entries; saving
 * re-writes the entry of this image in place (its spelling and unknown keys kept, see
 * {@link CreateMlEntryMerge}) or appends one, and keeps every other entry as it was. An unchanged entry
 * is not written at all.
 */
public final class CreateMlFormat implements AnnotationFormat {
    /** The one file Roboflow's CreateML export writes for a whole folder of images. */
    static final String SHARED_FILE = "_annotations.createml.json";

    @Override
    public String id() {
        return "createml";
    }

    @Override
    public String displayName() {
        return "CreateML";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public boolean oneImagePerFile() {
        return false;
    }

    @Override
    public Optional<Path> sharedFile(Path folder) {
        return SharedExports.find(folder, SHARED_FILE);
    }

    @Override
    public AnnotationRead read(Path file, ImageRef image, FormatOptions options) throws AnnotationIoException {
        ParsedFiles.Parsed parsed = ParsedFiles.read(file);
        String imageName = image.imageFile().getFileName().toString();
        int index = parsed.indexOf(imageName).orElse(-1);
        if (index < 0) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.NO_ENTRY,
                    "no entry for image " + imageName, null);
        }
        ImageAnnotation annotation = CreateMlJson.toAnnotation(file, index, parsed.entries().get(index), image);
        List<AnnotationWarning> warnings = new ArrayList<>(BoxChecks.problems(file, annotation));
        for (int i = 0; i < annotation.boxes().size(); i++) {
            warnings.addAll(EmptyLabels.check(file, 0, i + 1, annotation.boxes().get(i)));
        }
        return new AnnotationRead(annotation, warnings);
    }

    @Override
    public List<AnnotationWarning> write(Path file, ImageAnnotation annotation, FormatOptions options)
            throws AnnotationIoException {
        ArrayNode entries = entriesOf(file);
        if (merge(entries, annotation)) {
            save(file, entries, options);
        }
        // nothing changed: the file keeps its bytes
        return BoxChecks.problems(file, annotation, BoxChecks.SWAPPED_ORDERED);
    }

    /** The entries of many images merged into the file with one read and one write (a shared export of thousands). */
    @Override
    public void writeAll(Path file, List<ImageAnnotation> annotations, FormatOptions options)
            throws AnnotationIoException {
        ArrayNode entries = entriesOf(file);
        boolean changed = false;
        for (ImageAnnotation annotation : annotations) {
            changed |= merge(entries, annotation);
        }
        if (changed) {
            save(file, entries, options);
        }
    }

    private static ArrayNode entriesOf(Path file) throws AnnotationIoException {
        return Files.isRegularFile(file) ? CreateMlJson.parseArray(file, ReadFiles.readAll(file))
                : CreateMlJson.MAPPER.createArrayNode();
    }

    /** Puts the image's entry into {@code entries} (in place, or appended); false when it was already so. */
    private static boolean merge(ArrayNode entries, ImageAnnotation annotation) {
        int index = CreateMlJson.indexOf(entries, annotation.imageFileName());
        JsonNode existing = index >= 0 ? entries.get(index) : null;
        ObjectNode entry = existing instanceof ObjectNode old
                ? CreateMlEntryMerge.merge(old, annotation) : CreateMlJson.toEntry(annotation);
        if (entry.equals(existing)) {
            return false;
        }
        if (index >= 0) {
            entries.set(index, entry);
        } else {
            entries.add(entry);
        }
        return true;
    }

    private static void save(Path file, ArrayNode entries, FormatOptions options) throws AnnotationIoException {
        try {
            ParsedFiles.forget();
            AtomicFiles.write(file, CreateMlJson.MAPPER.writeValueAsBytes(entries), options.durability());
        } catch (JacksonException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.WRITE_FAILED,
                    "cannot build the JSON: " + e.getOriginalMessage(), e);
        }
    }
}
