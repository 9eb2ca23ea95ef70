package dev.labelj.cli;

import dev.labelj.dataset.ConvertReport;
import dev.labelj.dataset.ConvertRequest;
import dev.labelj.dataset.FormatConverter;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.Formats;
import dev.labelj.io.InputText;
import dev.labelj.model.ClassList;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code labelj convert}: rewrites the annotations of a folder of images in another format. Exit 0 when
 * every annotation converted, 1 when some files failed (each named on stderr), 2 on bad arguments.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert the annotations of a folder of images to another format.")
public final class ConvertCommand implements Callable<Integer> {
    static final int EXIT_SOME_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Format of the existing annotations: ${COMPLETION-CANDIDATES}, coco.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Format to write: ${COMPLETION-CANDIDATES}, coco (one annotations.json in --out).")
    String to;

    @Option(names = "--images", required = true, paramLabel = "DIR",
            description = "Folder of images (scanned recursively).")
    Path images;

    @Option(names = "--labels", paramLabel = "DIR",
            description = "Folder of the existing annotations (default: next to the images; YOLO: images/ -> labels/);"
                    + " for coco the JSON file, or a folder holding annotations.json.")
    Path labels;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the converted annotations.")
    Path out;

    @Option(names = "--overwrite",
            description = "Replace annotation files that already exist in the output folder (default: keep them and report each).")
    boolean overwrite;

    @Option(names = "--in-place",
            description = "Allow --out to be the image or label folder itself (default: refused, so a typo never writes into the input).")
    boolean inPlace;

    @Option(names = "--classes", paramLabel = "FILE",
            description = "Class names, one per line: used when a YOLO folder has no classes.txt.")
    Path classes;

    @Override
    public Integer call() {
        Optional<String> problem = validate();
        if (problem.isPresent()) {
            return fail(problem.get());
        }
        ClassList classList;
        try {
            classList = classes == null ? ClassList.EMPTY : ClassListFile.read(classes);
        } catch (AnnotationIoException e) {
            return fail("cannot read class file: " + e.getMessage());
        }
        ConvertReport report;
        try {
            report = CocoConversions.isCoco(from) || CocoConversions.isCoco(to)
                    ? new CocoConversions(images, labels, out, classList, overwrite).run(from, to)
                    : FormatConverter.convert(new ConvertRequest(Formats.byId(from).orElseThrow(),
                            Formats.byId(to).orElseThrow(), images, Optional.ofNullable(labels), out, classList,
                            overwrite), TerminalProgress.forConsole(spec.commandLine().getErr()));
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        if (report.images() == 0 && report.failures().isEmpty()) {
            return fail("no images found in " + images);
        }
        new ConvertSummary(spec.commandLine(), from, to).print(report);
        // converting nothing is not a success; a kept file is reported too, so scripts notice it
        return report.allConverted() && report.kept() == 0 && report.converted() > 0 ? 0 : EXIT_SOME_FAILED;
    }

    private Optional<String> validate() {
        for (String format : new String[] {from, to}) {
            if (!FormatNames.isKnown(format) && !CocoConversions.isCoco(format)) {
                return Optional.of("unknown format " + InputText.quote(format) + " (expected one of "
                        + FormatNames.list() + ", coco)");
            }
        }
        Optional<String> empty = PathArguments.firstEmpty(
                new String[] {"--images", "--labels", "--out", "--classes"}, images, labels, out, classes);
        if (empty.isPresent()) {
            return empty;
        }
        Optional<String> folders = PathArguments.folder("image folder", images)
                .or(() -> labels == null || CocoConversions.isCoco(from) ? Optional.empty()
                        : PathArguments.folder("label folder", labels));
        if (folders.isPresent()) {
            return folders;
        }
        if (!inPlace && (PathArguments.same(out, images) || labels != null && PathArguments.same(out, labels))) {
            return Optional.of("--out is an input folder (" + out + "); add --in-place to write there");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of("output is not a folder: " + out);
        }
        if (classes != null && !Files.isRegularFile(classes)) {
            return Optional.of("class file not found: " + classes);
        }
        return Optional.empty();
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("labelj convert: " + InputText.escapeControls(message));
        err.println("Try 'labelj convert --help' for usage.");
        err.flush();
        return LabelJCommand.EXIT_BAD_ARGUMENTS;
    }
}
