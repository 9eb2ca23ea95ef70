package dev.labelj.cli;

import dev.labelj.dataset.ClassEdit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labelj classes rename OLD NEW DIR [--labels DIR] [--dry-run]}. */
@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Give a class a new name in every annotation of DIR (YOLO: its line in classes.txt).")
final class ClassesRenameCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The class to rename.")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW", description = "Its new name (not in use yet; else use merge).")
    String newName;

    @Parameters(index = "2", paramLabel = "DIR", description = "Folder of images (scanned recursively).")
    Path dir;

    @Option(names = "--labels", paramLabel = "DIR",
            description = "Folder of the annotations (default: next to the images; YOLO: images/ -> labels/).")
    Path labels;

    @Option(names = "--dry-run", description = "Show what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        return ClassEditCli.execute(spec.commandLine(), dir, labels, () -> ClassEdit.rename(oldName, newName), dryRun);
    }
}
