package dev.labelj.results;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The run table as CSV (for a spreadsheet) or a Markdown table (for a report or an issue). */
public final class RunTableText {
    private static final List<String> HEADER = List.of("run", "best epoch", "P", "R", "mAP50 (top-1)", "mAP50-95 (top-5)",
            "epochs", "status");

    private RunTableText() {
    }

    public static String csv(List<RunRow> rows) {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (RunRow row : rows) {
            text.append(String.join(",", cells(row).stream().map(RunTableText::csvCell).toList())).append('\n');
        }
        return text.toString();
    }

    public static String markdown(List<RunRow> rows) {
        StringBuilder text = new StringBuilder("| ").append(String.join(" | ", HEADER)).append(" |\n|");
        HEADER.forEach(h -> text.append(h.equals("run") || h.equals("status") ? " --- |" : " ---: |"));
        text.append('\n');
        for (RunRow row : rows) {
            List<String> cells = cells(row).stream().map(c -> c.replace("|", "\\|")).toList();
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return text.toString();
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
