package dev.labelj.cli;

import dev.labelj.assist.ModelInfo;
import dev.labelj.assist.audit.ClassResult;
import dev.labelj.assist.audit.Disagreement;
import dev.labelj.assist.audit.DisagreementKind;
import dev.labelj.dataset.AuditReport;
import dev.labelj.io.InputText;
import dev.labelj.model.Box;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The {@code audit} report as text: one summary line, the per-class table, then one line per disagreement. */
final class AuditText {
    private final PrintWriter out;
    private final Path root;

    AuditText(PrintWriter out, Path root) {
        this.out = out;
        this.root = root.toAbsolutePath().normalize();
    }

    void print(AuditReport report, ModelInfo model) {
        Map<DisagreementKind, Integer> counts = report.countsByKind();
        out.printf(Locale.ROOT, "Audited %d images with %s (%s, %dx%d): %d disagreements (%d missing, %d extra,"
                        + " %d wrong class, %d loose); %d without labels left out, %d failed.%n",
                report.audited(), model.file().getFileName(), model.layout().displayName(), model.inputWidth(),
                model.inputHeight(), report.disagreements().size(), counts.get(DisagreementKind.MISSING),
                counts.get(DisagreementKind.EXTRA), counts.get(DisagreementKind.WRONG_CLASS),
                counts.get(DisagreementKind.LOOSE), report.unlabelled(), report.failures().size());
        printClasses(report);
        report.disagreements().forEach(this::printRow);
    }

    private void printClasses(AuditReport report) {
        out.printf(Locale.ROOT, "%-20s %7s %10s %9s %7s %7s%n", "class", "labels", "detections", "precision",
                "recall", "AP50");
        for (ClassResult c : report.classes()) {
            out.printf(Locale.ROOT, "%-20s %7d %10d %9s %7s %7s%n", InputText.escapeControls(c.name()), c.labels(),
                    c.detections(), number(c.precision()), number(c.recall()), number(c.ap50()));
        }
        out.printf(Locale.ROOT, "%-20s %7s %10s %9s %7s %7s%n", "all", "", "", "", "", number(report.meanAp50()));
        out.println("AP50: COCO-style 101-point, IoU 0.5, detections from 0.001 with NMS 0.7, on this folder;"
                + " a trainer reports it on its own validation split.");
    }

    private void printRow(Disagreement d) {
        String predicted = d.predictedClass().map(name -> name + " " + number(d.score())).orElse("-");
        String iou = d.label().isPresent() && d.predicted().isPresent() ? number(d.iou()) : "-";
        out.printf(Locale.ROOT, "%.3f %-11s %s  label %s  model %s  IoU %s  %s%n", d.rank(), kind(d.kind()),
                InputText.escapeControls(shown(d.image())), InputText.escapeControls(d.labelClass().orElse("-")),
                InputText.escapeControls(predicted), iou,
                corners(d.label().or(() -> d.predicted().map(p -> p.box())).orElseThrow()));
    }

    static String kind(DisagreementKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String corners(Box box) {
        return String.format(Locale.ROOT, "[%.0f %.0f %.0f %.0f]", box.xMin(), box.yMin(), box.xMax(), box.yMax());
    }

    private String shown(Path image) {
        Path absolute = image.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
