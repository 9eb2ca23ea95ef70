package dev.labelj.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.dataset.DatasetReader;
import dev.labelj.dataset.DatasetStats;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.InputText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code labelj stats DIR [--json]}: counts of images, boxes per class, boxes per image, box sizes. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the images, labels, boxes per class and box sizes of a dataset.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions dataset;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Optional<String> problem = dataset.problem();
        if (problem.isPresent()) {
            return fail(problem.get());
        }
        DatasetReader.Dataset read;
        try {
            read = dataset.read(TerminalProgress.forConsole(spec.commandLine().getErr(), "reading"));
        } catch (AnnotationIoException e) {
            return fail("cannot read class file: " + e.getMessage());
        }
        DatasetStats stats = DatasetStats.of(read);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(stats)));
        } else {
            printText(out, stats);
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(DatasetStats s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("images", s.images());
        json.put("labelled", s.labelled());
        json.put("verified", s.verified());
        json.put("negative", s.negative());
        json.put("unlabelled", s.unlabelled());
        json.put("unreadable", s.unreadable());
        json.put("boxes", s.boxes());
        json.put("boxes_per_class", s.boxesPerClass());
        Map<String, Object> perImage = new LinkedHashMap<>();
        perImage.put("min", s.minBoxesPerImage());
        perImage.put("median", s.medianBoxesPerImage());
        perImage.put("max", s.maxBoxesPerImage());
        json.put("boxes_per_image", perImage);
        json.put("box_sizes", s.boxSizes());
        json.put("imbalance", s.imbalance());
        return json;
    }

    private static void printText(PrintWriter out, DatasetStats s) {
        out.printf("images:     %d (%d labelled, %d negative, %d unlabelled, %d unreadable; %d verified)%n",
                s.images(), s.labelled(), s.negative(), s.unlabelled(), s.unreadable(), s.verified());
        out.printf("boxes:      %d (per image: min %d, median %s, max %d)%n", s.boxes(), s.minBoxesPerImage(),
                number(s.medianBoxesPerImage()), s.maxBoxesPerImage());
        out.println("per class:");
        s.boxesPerClass().forEach((name, count) -> out.printf("  %-20s %d%n", InputText.shown(name), count));
        out.println("box sizes (side relative to the image):");
        s.boxSizes().forEach((bucket, count) -> out.printf("  %-20s %d%n", bucket, count));
        out.printf("imbalance:  %s (most common class / rarest)%n", number(s.imbalance()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("labelj stats: " + InputText.escapeControls(message));
        err.flush();
        return LabelJCommand.EXIT_BAD_ARGUMENTS;
    }
}
