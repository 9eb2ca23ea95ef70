package dev.labelj.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Comments cite decisions by their ADR file, and every cited ADR is in the repository. */
class DocReferencesTest {
    private static final Pattern ADR = Pattern.compile("docs/adr/(\\d{4}-[a-z0-9-]+\\.md)");

    private static List<Path> sources() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyCitedAdrExists() throws Exception {
        List<String> missing = new ArrayList<>();
        int cited = 0;
        for (Path file : sources()) {
            Matcher m = ADR.matcher(Files.readString(file));
            while (m.find()) {
                cited++;
                if (!Files.isRegularFile(Path.of("docs/adr").resolve(m.group(1)))) {
                    missing.add(file + " cites " + m.group());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(cited).isPositive();
    }

    @Test
    void noCommentCitesADecisionOfADocumentOutsideTheRepository() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            if (Files.readString(file).contains("ARCHITECTURE" + " decision")) {
                offenders.add(file.toString());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
