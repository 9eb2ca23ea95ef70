package dev.labelj.ui.tools;

import dev.labelj.assist.audit.ClassResult;
import dev.labelj.assist.audit.DisagreementKind;
import dev.labelj.dataset.AuditReport;
import dev.labelj.ui.support.Messages;
import java.util.Locale;
import java.util.Map;

/** The words above the Compare With Model table: counts per kind, then per-class precision, recall and AP50. */
final class AuditSummaryText {
    private AuditSummaryText() {
    }

    static String running(int done, int total, int disagreements) {
        return Messages.get("audit.running", done, total, disagreements);
    }

    /** The counts of a finished run, the counts per kind on a line of their own. */
    static String counts(AuditReport report) {
        return "<html>" + escape(plainCounts(report)).replace(" \u2014 ", "<br>") + "</html>";
    }

    private static String plainCounts(AuditReport report) {
        Map<DisagreementKind, Integer> counts = report.countsByKind();
        if (report.cancelled()) {
            return Messages.get("audit.cancelled", report.done(), report.total(), report.disagreements().size(),
                    counts.get(DisagreementKind.MISSING), counts.get(DisagreementKind.EXTRA),
                    counts.get(DisagreementKind.WRONG_CLASS), counts.get(DisagreementKind.LOOSE));
        }
        return Messages.get("audit.done", report.audited(), report.unlabelled(), report.failures().size(),
                report.disagreements().size(), counts.get(DisagreementKind.MISSING),
                counts.get(DisagreementKind.EXTRA), counts.get(DisagreementKind.WRONG_CLASS),
                counts.get(DisagreementKind.LOOSE));
    }

    /** An HTML table of the classes with the mean AP50, and the note on where a trainer's numbers differ. */
    static String classes(AuditReport report) {
        StringBuilder rows = new StringBuilder();
        for (ClassResult c : report.classes()) {
            rows.append("<tr><td>").append(escape(c.name())).append("</td><td align=right>").append(c.labels())
                    .append("</td><td align=right>").append(number(c.precision())).append("</td><td align=right>")
                    .append(number(c.recall())).append("</td><td align=right>").append(number(c.ap50()))
                    .append("</td></tr>");
        }
        return Messages.get("audit.classes", rows.toString(), number(report.meanAp50()),
                "<br>" + escape(Messages.get("audit.note")));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
