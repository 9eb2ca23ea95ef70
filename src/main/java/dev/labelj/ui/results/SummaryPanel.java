package dev.labelj.ui.results;

import dev.labelj.charts.RunPalette;
import dev.labelj.results.FitnessRule;
import dev.labelj.results.Numbers;
import dev.labelj.results.ResultsWarning;
import dev.labelj.results.RunSummary;
import dev.labelj.results.TrainingRun;
import dev.labelj.ui.support.Messages;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JEditorPane;

/** Per run: best epoch and its metrics, epochs run against planned, how it ended, and the warnings. */
final class SummaryPanel extends JEditorPane {
    private static final int MAX_WARNINGS = 8;

    SummaryPanel() {
        super("text/html", "");
        setName("summary");
        setEditable(false);
        putClientProperty(HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    }

    void show(List<TrainingRun> runs, Optional<FitnessRule> rule) {
        show(runs, rule, List.of());
    }

    /** {@code failures}: why each input that could not be read was left out, listed first. */
    void show(List<TrainingRun> runs, Optional<FitnessRule> rule, List<String> failures) {
        StringBuilder html = new StringBuilder("<html><body style='margin:6px'>");
        if (!failures.isEmpty()) {
            html.append("<p><font color='#c00000'><b>")
                    .append(escape(Messages.get("results.summary.unreadable", failures.size()))).append("</b><br>");
            failures.forEach(f -> html.append("&nbsp;&nbsp;").append(escape(f)).append("<br>"));
            html.append("</font></p>");
        }
        if (runs.isEmpty() && failures.isEmpty()) {
            html.append(escape(Messages.get("results.empty")));
        }
        for (int i = 0; i < runs.size(); i++) {
            TrainingRun run = runs.get(i);
            appendRun(html, RunSummary.of(run, rule.orElse(FitnessRule.defaultFor(run))), RunPalette.run(i));
        }
        setText(html.append("</body></html>").toString());
        setCaretPosition(0);
    }

    private static void appendRun(StringBuilder html, RunSummary summary, Color color) {
        TrainingRun run = summary.run();
        html.append("<p><b><font color='").append(hex(color)).append("'>\u25A0</font> ")
                .append(escape(run.name())).append("</b><br>")
                .append(escape(Messages.get("results.summary.format", run.format().id(), run.task().id(), run.rows())))
                .append("<br>");
        if (run.rows() > 0) {
            String planned = summary.epochsPlanned().isPresent()
                    ? Messages.get("results.summary.planned", summary.epochsPlanned().getAsInt()) : "";
            html.append(escape(Messages.get("results.summary.epochs", Numbers.format(run.epoch(0)),
                    Numbers.format(run.epoch(run.rows() - 1)), summary.epochsRun(), planned))).append("<br>")
                    .append(escape(Messages.get("results.status." + summary.status().name().toLowerCase(Locale.ROOT))))
                    .append("<br>");
        }
        run.values("time").filter(t -> t.length > 0 && Double.isFinite(t[t.length - 1])).ifPresent(time ->
                html.append(escape(Messages.get("results.summary.time",
                        String.format(Locale.ROOT, "%.2f", time[time.length - 1] / 3600.0)))).append("<br>"));
        summary.best().ifPresent(best -> {
            html.append("<b>").append(escape(Messages.get("results.summary.best", Numbers.format(best.epoch()),
                    String.format(Locale.ROOT, "%.5f", best.fitness())))).append("</b><br>");
            summary.firstBest().filter(first -> first.row() != best.row()).ifPresent(first -> html
                    .append(escape(Messages.get("results.summary.firstBest", Numbers.format(first.epoch()))))
                    .append("<br>"));
            summary.metricsAtBest().forEach((column, value) -> html.append("&nbsp;&nbsp;").append(escape(column))
                    .append(" = ").append(escape(Numbers.format(value))).append("<br>"));
        });
        appendWarnings(html, run.warnings());
        html.append("</p>");
    }

    private static void appendWarnings(StringBuilder html, List<ResultsWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        html.append("<font color='#b35900'>").append(escape(Messages.get("results.summary.warnings", warnings.size())))
                .append("<br>");
        warnings.stream().limit(MAX_WARNINGS)
                .forEach(w -> html.append("&nbsp;&nbsp;").append(escape(w.toString())).append("<br>"));
        html.append("</font>");
    }

    private static String hex(Color color) {
        return String.format("#%06x", color.getRGB() & 0xFFFFFF);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
