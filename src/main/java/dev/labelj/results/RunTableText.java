package dev.labelj.results;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The run table as CSV (for a spreadsheet) or a Markdown table (for a report or an issue). */
public final class RunTableText {
    private RunTableText() {
    }

    public static String csv(List<RunRow> rows) {
        StringBuilder text = new StringBuilder(String.join(",", header(rows))).append('\n');
        for (RunRow row : rows) {
            text.append(String.join(",", cells(row).stream().map(RunTableText::csvCell).toList())).append('\n');
        }
        return text.toString();
    }

    public static String markdown(List<RunRow> rows) {
        List<String> header = header(rows);
        StringBuilder text = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> text.append(h.equals("run") || h.equals("status") ? " --- |" : " ---: |"));
        text.append('\n');
        for (RunRow row : rows) {
            List<String> cells = cells(row).stream().map(c -> c.replace("|", "\\|")).toList();
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return text.toString();
    }

    /** Column names; the two main metrics are named for the runs' tasks ({@link MetricWords}). */
    public static List<String> header(List<RunRow> rows) {
        MetricWords words = MetricWords.of(rows);
        return List.of("run", "best epoch", "P", "R", words.first(), words.second(), "epochs", "status");
    }

    static List<String> cells(RunRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.name());
        cells.add(text(row.bestEpoch()));
        RunRow.METRICS.forEach(m -> cells.add(text(row.metric(m))));
        cells.add(row.epochsText());
        cells.add(row.statusWord());
        return cells;
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? Numbers.format(value.getAsDouble()) : "";
    }

    /** Quoted only when needed (a run folder named "a,b"), with quotes doubled, as RFC 4180 says. */
    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
