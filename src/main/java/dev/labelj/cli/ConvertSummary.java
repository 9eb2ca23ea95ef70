package dev.labelj.cli;

import dev.labelj.dataset.ConvertReport;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.InputText;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Prints what {@code convert} did: warnings and failures on stderr (control characters from file names and
 * contents escaped, so a file cannot drive the terminal), then one line on stdout whose counts add up to the
 * number of images.
 */
final class ConvertSummary {
    private final CommandLine commandLine;
    private final String from;
    private final String to;

    ConvertSummary(CommandLine commandLine, String from, String to) {
        this.commandLine = commandLine;
        this.from = from;
        this.to = to;
    }

    void print(ConvertReport report) {
        PrintWriter err = commandLine.getErr();
        for (AnnotationWarning warning : report.warnings()) {
            err.println("labelj convert: warning: " + InputText.escapeControls(warning.toString()));
        }
        for (ConvertReport.Failure failure : report.failures()) {
            err.println("labelj convert: " + InputText.escapeControls(failure.message()));
        }
        for (java.nio.file.Path kept : report.keptFiles()) {
            err.println("labelj convert: " + InputText.escapeControls(kept.toString())
                    + ": already exists and was kept as it is (add --overwrite to replace it)");
        }
        // a COCO file refused whole has no images counted, only its failure: "see above", not "none has one"
        if (report.converted() == 0 && report.kept() == 0
                && (report.images() > report.withoutAnnotation() || !report.failures().isEmpty())) {
            err.println("labelj convert: nothing was converted; see the messages above");
        } else if (report.converted() == 0 && report.kept() == 0) {
            err.println("labelj convert: none of the " + report.images() + " images has a " + from
                    + " annotation; check --from and --labels (a one-file CreateML export is found by its content)");
        }
        err.flush();
        PrintWriter out = commandLine.getOut();
        out.printf("Converted %d of %d images from %s to %s (%d without annotation, %d kept, %d failed).%n",
                report.converted(), report.images(), from, to, report.withoutAnnotation(), report.kept(),
                report.failed());
        int other = report.failures().size() - report.failed();
        if (other > 0) {
            out.printf("%d other problem(s) reported above.%n", other);
        }
        out.flush();
    }
}
