package dev.labelj.cli;

import dev.labelj.dataset.ClassEdit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labelj classes merge A B ... --into C DIR [--labels DIR] [--dry-run]}. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Give the boxes of classes A, B ... the class C in every annotation of DIR"
                + " (YOLO: their ids become C's; every other id stays).")
final class ClassesMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CLASS... DIR",
            description = "The classes to merge, then the folder of images (scanned recursively).")
    List<String> arguments;

    @Option(names = "--into", required = true, paramLabel = "C", description = "The class they become.")
    String into;

    @Option(names = "--labels", paramLabel = "DIR",
            description = "Folder of the annotations (default: next to the images; YOLO: images/ -> labels/).")
    Path labels;

    @Option(names = "--dry-run", description = "Show what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        if (arguments.size() < 2) {
            // one arity for names and folder: options may stand between them, which splits a stricter arity
            return ClassEditCli.fail(spec.commandLine(), "give the classes to merge, then the folder of images");
        }
        Path dir = Path.of(arguments.get(arguments.size() - 1));
        List<String> sources = arguments.subList(0, arguments.size() - 1);
        return ClassEditCli.execute(spec.commandLine(), dir, labels, () -> ClassEdit.merge(sources, into), dryRun);
    }
}
