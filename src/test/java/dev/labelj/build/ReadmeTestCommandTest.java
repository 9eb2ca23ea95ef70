package dev.labelj.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's test section is enough on a fresh Debian machine: the packages and the command CI uses. */
class ReadmeTestCommandTest {
    private static final Pattern CI_INSTALL = Pattern.compile("apt-get install[^\\n]*\\\\\\n\\s*([^\\n>]+)");
    private static final Pattern README_INSTALL = Pattern.compile("sudo apt-get install ([^\\n`]+)");

    private static List<String> words(String line) {
        return Arrays.stream(line.trim().split("\\s+")).filter(w -> !w.isBlank()).toList();
    }

    @Test
    void readmeListsEveryPackageCiInstallsForTheTests() throws Exception {
        String ci = Files.readString(Path.of(".ci/run"));
        String readme = Files.readString(Path.of("README.md"));
        Matcher ciPackages = CI_INSTALL.matcher(ci);
        assertThat(ciPackages.find()).as("the apt-get install line of .ci/run").isTrue();
        String tests = readme.substring(readme.indexOf("## Run all tests"));
        Matcher readmePackages = README_INSTALL.matcher(tests);
        assertThat(readmePackages.find()).as("an apt-get install line in README's test section").isTrue();
        assertThat(words(readmePackages.group(1))).containsExactlyInAnyOrderElementsOf(words(ciPackages.group(1)));
    }

    @Test
    void ciRunsExactlyTheReadmeTestCommand() throws Exception {
        String ci = Files.readString(Path.of(".ci/run"));
        String readme = Files.readString(Path.of("README.md"));
        String tests = readme.substring(readme.indexOf("## Run all tests"));
        String command = tests.lines().filter(l -> l.startsWith("xvfb-run")).findFirst().orElseThrow();
        assertThat(ci.lines()).contains(command);
    }
}
