package dev.labelj.cli;

import dev.labelj.dataset.ClassEditResult;
import dev.labelj.dataset.ClassEditUndo;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.InputText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labelj classes undo DIR}: restores the files of the newest class edit, unless one changed since. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Take back the newest rename or merge in DIR; refused when a file it wrote changed since.")
final class ClassesUndoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder the edit was run on.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Optional<String> problem = PathArguments.firstEmpty(new String[] {"DIR"}, dir)
                .or(() -> PathArguments.folder("image folder", dir));
        if (problem.isPresent()) {
            return ClassEditCli.fail(spec.commandLine(), problem.get());
        }
        Optional<String> latest = ClassEditUndo.latest(dir);
        if (latest.isEmpty()) {
            return ClassEditCli.fail(spec.commandLine(), "no class edit to undo in " + dir);
        }
        ClassEditResult result;
        try {
            result = ClassEditUndo.undoLatest(dir);
        } catch (AnnotationIoException | IOException e) {
            return ClassEditCli.fail(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        ClassEditCli.printAll(out, "refused: ", result.skipped());
        out.println(InputText.escapeControls(result.skipped().isEmpty()
                ? "undid " + latest.get() + ": restored " + result.written() + " files"
                : "nothing was undone; " + latest.get() + " stays"));
        out.flush();
        return result.skipped().isEmpty() ? 0 : ConvertCommand.EXIT_SOME_FAILED;
    }
}
