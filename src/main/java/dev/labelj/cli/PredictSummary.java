package dev.labelj.cli;

import dev.labelj.dataset.PredictTally;

import dev.labelj.assist.FolderRun;
import dev.labelj.assist.ModelInfo;
import dev.labelj.io.InputText;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Prints what {@code predict} did: each failure on stderr (file named, control characters escaped), then on
 * stdout one line whose counts add up to the images gone through, and the boxes per class.
 */
final class PredictSummary {
    private final CommandLine commandLine;
    private final ModelInfo model;

    PredictSummary(CommandLine commandLine, ModelInfo model) {
        this.commandLine = commandLine;
        this.model = model;
    }

    void print(PredictTally tally, FolderRun.Outcome outcome) {
        PrintWriter err = commandLine.getErr();
        for (String failure : tally.failures()) {
            err.println("labelj predict: " + InputText.escapeControls(failure));
        }
        err.flush();
        PrintWriter out = commandLine.getOut();
        out.printf("Predicted %d images with %s (%s, %dx%d): %d boxes written to %d images"
                        + " (%d already annotated, %d without boxes found, %d with nothing new, %d failed).%n",
                outcome.done(), model.file().getFileName(), model.layout().displayName(), model.inputWidth(),
                model.inputHeight(), tally.boxes(), tally.written(), tally.annotatedSkipped(), tally.withoutBoxes(),
                tally.unchanged(), tally.failures().size());
        if (!tally.boxesPerClass().isEmpty()) {
            out.println("Boxes per class: " + InputText.escapeControls(tally.boxesPerClass().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))) + ".");
        }
        out.flush();
    }
}
