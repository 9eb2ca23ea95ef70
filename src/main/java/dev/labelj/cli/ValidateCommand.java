package dev.labelj.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.dataset.DatasetReader;
import dev.labelj.dataset.DatasetValidator;
import dev.labelj.dataset.Finding;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.InputText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code labelj validate DIR [--json]}: exit 0 without errors, 1 with errors (warnings alone are fine), 2 on bad arguments. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Find the labels that break training; exit 1 when errors were found.")
public final class ValidateCommand implements Callable<Integer> {
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
        List<Finding> findings;
        try {
            DatasetReader.Dataset read =
                    dataset.read(TerminalProgress.forConsole(spec.commandLine().getErr(), "reading"));
            findings = DatasetValidator.validate(read, dataset.classList());
        } catch (AnnotationIoException e) {
            return fail("cannot read class file: " + e.getMessage());
        }
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    toJson(findings, errors)));
        } else {
            for (Finding f : findings) {
                out.println(InputText.escapeControls(f.severity().name().toLowerCase(java.util.Locale.ROOT) + " "
                        + f.code() + ": " + (f.message().startsWith(f.file().toString()) ? f.message()
                        : f.file() + (f.line() > 0 ? ", line " + f.line() : "") + ": " + f.message())));
            }
            out.printf("%d error(s), %d warning(s)%n", errors, findings.size() - errors);
        }
        out.flush();
        return errors > 0 ? 1 : 0;
    }

    private static Map<String, Object> toJson(List<Finding> findings, long errors) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("errors", errors);
        json.put("warnings", findings.size() - errors);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            item.put("code", f.code());
            item.put("file", f.file().toString());
            item.put("line", f.line());
            item.put("box", f.box());
            item.put("message", f.message());
            list.add(item);
        }
        json.put("findings", list);
        return json;
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("labelj validate: " + InputText.escapeControls(message));
        err.flush();
        return LabelJCommand.EXIT_BAD_ARGUMENTS;
    }
}
