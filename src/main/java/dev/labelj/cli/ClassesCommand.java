package dev.labelj.cli;

import picocli.CommandLine.Command;

/** {@code labelj classes rename|merge|undo}: change class names across a dataset folder, and take it back. */
@Command(name = "classes", mixinStandardHelpOptions = true,
        description = "Rename or merge classes in every annotation of a folder (VOC, YOLO, CreateML), or undo.",
        subcommands = {ClassesRenameCommand.class, ClassesMergeCommand.class, ClassesUndoCommand.class})
public final class ClassesCommand {
}
