package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines start the window warm-up before picocli has parsed them. */
class MainTest {
    @Test
    void theLauncherOpensTheWindowButSubcommandsHelpAndVersionDoNot() {
        assertThat(Main.opensMainWindow(new String[0])).isTrue();
        assertThat(Main.opensMainWindow(new String[] {"data/images", "classes.txt"})).isTrue();
        assertThat(Main.opensMainWindow(new String[] {"--trace-timing", "data/images"})).isTrue();
        assertThat(Main.opensMainWindow(new String[] {"convert", "--from", "voc"})).isFalse();
        assertThat(Main.opensMainWindow(new String[] {"results", "run1"})).isFalse();
        assertThat(Main.opensMainWindow(new String[] {"summary", "run1"})).isFalse();
        assertThat(Main.opensMainWindow(new String[] {"plot", "run1"})).isFalse();
        assertThat(Main.opensMainWindow(new String[] {"help"})).isFalse();
        assertThat(Main.opensMainWindow(new String[] {"data/images", "--help"})).isFalse();
        assertThat(Main.opensMainWindow(new String[] {"-V"})).isFalse();
        assertThat(Main.opensMainWindow(new String[] {"--settings", "s.json", "convert", "--from", "voc"})).isFalse();
    }

    @Test
    void everyRegisteredSubcommandIsKnownToMainSoItNeverOpensTheWindow() {
        // Main keeps its own list (building the full command line costs start-up time); it must not fall behind
        for (String name : LabelJCommand.commandLine().getSubcommands().keySet()) {
            assertThat(Main.opensMainWindow(new String[] {name, "x"})).as(name).isFalse();
        }
    }

    @Test
    void theNoDisplayMessageNamesEveryHeadlessSubcommand() {
        for (String name : LabelJCommand.commandLine().getSubcommands().keySet()) {
            if (!name.equals("help") && !name.equals("results")) {
                assertThat(DisplayCheck.HEADLESS_COMMANDS).as(name).contains(name);
            }
        }
    }
}
