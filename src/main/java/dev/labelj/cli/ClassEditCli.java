package dev.labelj.cli;

import dev.labelj.dataset.ClassEdit;
import dev.labelj.dataset.ClassEditPlan;
import dev.labelj.dataset.ClassEditPlanner;
import dev.labelj.dataset.ClassEditResult;
import dev.labelj.dataset.ClassEditRun;
import dev.labelj.dataset.ConvertReport;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.InputText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What {@code classes rename} and {@code classes merge} share: check the folders, print the preview, write unless
 * {@code --dry-run}, say where the backup is. Exit 0 when every file was changed, 1 when some were left alone, 2
 * for bad arguments or an edit that cannot be done (a rename to a name in use).
 */
final class ClassEditCli {
    private ClassEditCli() {
    }

    static int execute(CommandLine command, Path dir, Path labels, EditSupplier edit, boolean dryRun)
            throws IOException {
        String name = command.getCommandName();
        Optional<String> problem = PathArguments.firstEmpty(new String[] {"DIR", "--labels"}, dir, labels)
                .or(() -> PathArguments.folder("image folder", dir))
                .or(() -> labels == null ? Optional.empty() : PathArguments.folder("label folder", labels));
        if (problem.isPresent()) {
            return fail(command, problem.get());
        }
        ClassEdit classEdit;
        try {
            classEdit = edit.get();
        } catch (IllegalArgumentException e) {
            return fail(command, e.getMessage());
        }
        ClassEditPlan plan = ClassEditPlanner.plan(dir, Optional.ofNullable(labels), classEdit);
        if (plan.blocked().isPresent()) {
            return fail(command, plan.blocked().get());
        }
        PrintWriter out = command.getOut();
        out.println(InputText.escapeControls(classEdit.describe() + ": " + plan.summary()));
        plan.classLists().forEach(list -> out.println(InputText.escapeControls("class list: " + list)));
        printAll(out, "left alone: ", plan.refused());
        if (dryRun || plan.changes().isEmpty()) {
            out.println(dryRun ? "dry run: nothing was written" : "nothing to write");
            out.flush();
            return plan.refused().isEmpty() ? 0 : ConvertCommand.EXIT_SOME_FAILED;
        }
        return write(command, dir, plan);
    }

    private static int write(CommandLine command, Path dir, ClassEditPlan plan) {
        ClassEditResult result;
        try {
            result = ClassEditRun.run(dir, plan);
        } catch (AnnotationIoException e) {
            return fail(command, "cannot keep a backup, nothing was changed: " + e.getMessage());
        }
        PrintWriter out = command.getOut();
        printAll(out, "skipped: ", result.skipped());
        out.println(InputText.escapeControls("wrote " + result.written() + " of " + plan.changes().size()
                + " files; the old ones are in " + result.backup().orElseThrow() + " (labelj classes undo " + dir + ")"));
        out.flush();
        return plan.refused().isEmpty() && result.skipped().isEmpty() ? 0 : ConvertCommand.EXIT_SOME_FAILED;
    }

    /** Builds the edit from the arguments; a name that cannot be a class throws IllegalArgumentException. */
    interface EditSupplier {
        ClassEdit get();
    }

    static void printAll(PrintWriter out, String prefix, List<ConvertReport.Failure> failures) {
        failures.forEach(f -> out.println(InputText.escapeControls(prefix + f.message())));
    }

    static int fail(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println("labelj classes " + command.getCommandName() + ": " + InputText.escapeControls(message));
        err.flush();
        return LabelJCommand.EXIT_BAD_ARGUMENTS;
    }
}
