package dev.labelj.ui.tools;

import dev.labelj.dataset.ConvertReport;
import dev.labelj.ui.support.Messages;
import java.util.stream.Collectors;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** What an export did: the counts {@code labelj convert} prints, where it wrote, and the first failures. */
final class ExportResult {
    private static final int SHOWN_FAILURES = 20;

    private ExportResult() {
    }

    static String text(ExportDialog.Choice choice, ConvertReport r) {
        String failures = r.failures().stream().limit(SHOWN_FAILURES).map(ConvertReport.Failure::message)
                .collect(Collectors.joining("\n"));
        return Messages.get("tools.exportDone", r.converted(), r.images(), r.withoutAnnotation(), r.kept(),
                r.failed(), ExportDialog.displayName(choice.format()), choice.outDir())
                + (failures.isEmpty() ? "" : "\n\n" + failures);
    }

    static void show(JFrame owner, ExportDialog.Choice choice, ConvertReport report) {
        JTextArea area = new JTextArea(text(choice, report), 12, 60);
        area.setName("exportResult");
        area.setEditable(false);
        // wrapped, so the folder written to is read whole, never cut at the dialog's edge
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        JOptionPane.showMessageDialog(owner, new JScrollPane(area), Messages.get("tools.exportTitle"),
                report.failed() > 0 || report.converted() == 0 ? JOptionPane.WARNING_MESSAGE
                        : JOptionPane.INFORMATION_MESSAGE);
    }
}
