package dev.labelj.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's result table: one row per measurement, with labelImg's figure where there is one. */
final class Table {
    private record Row(String what, Samples samples, String reference) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String what, Samples samples, String reference) {
        rows.add(new Row(what, samples, reference));
    }

    void print(PrintStream out) {
        out.println();
        out.printf("| %-58s | %4s | %9s | %9s | %-22s |%n", "measurement", "n", "median ms", "p95 ms", "labelImg");
        out.printf("|%s|%s|%s|%s|%s|%n", "-".repeat(60), "-".repeat(6), "-".repeat(11), "-".repeat(11), "-".repeat(24));
        for (Row row : rows) {
            out.printf("| %-58s | %4d | %9.1f | %9.1f | %-22s |%n", row.what(), row.samples().count(),
                    row.samples().median(), row.samples().percentile(95), row.reference());
        }
        out.println();
    }
}
