package dev.labelj.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.ui.support.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * README's shortcut table is the one {@link ShortcutTable} generates from {@link ActionId}, so it cannot go
 * stale. After changing a key or adding a command, regenerate it:
 * {@code mvn -o -q test -Dtest=ShortcutsReadmeTest -Dreadme.update=true}.
 */
class ShortcutsReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final UnaryOperator<String> ENGLISH = key -> Messages.in(Locale.ROOT, key);

    @Test
    void readmeShowsTheTableGeneratedFromTheActions() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(ShortcutTable.START);
        int end = readme.indexOf(ShortcutTable.END);
        assertThat(start).as("README has the shortcuts:start marker").isNotNegative();
        assertThat(end).as("README has the shortcuts:end marker after the start").isGreaterThan(start);
        String printed = readme.substring(start, end + ShortcutTable.END.length());
        String generated = ShortcutTable.markdown(ENGLISH);
        if (Boolean.getBoolean("readme.update") && !printed.equals(generated)) {
            Files.writeString(README, readme.replace(printed, generated), StandardCharsets.UTF_8);
            printed = generated;
        }
        assertThat(printed).as("README's shortcut table; regenerate with -Dreadme.update=true").isEqualTo(generated);
    }

    @Test
    void everyCommandWithAKeyIsInTheTableWithAllItsKeys() {
        String generated = ShortcutTable.markdown(ENGLISH);
        for (ActionId id : ActionId.values()) {
            for (javax.swing.KeyStroke key : id.keyStrokes()) {
                assertThat(generated).as(id.name()).contains("`" + ActionId.describe(key) + "`");
            }
        }
        assertThat(generated).contains("| `Ctrl+Z` | Undo | Undo the last change to the boxes |")
                .contains("| `Ctrl+Shift+O` | Add Run\u2026 |")
                .contains("| `Ctrl+Plus` / `Ctrl+Shift+Equals` / `Ctrl+NumPad +` | Zoom In |")
                .contains("| `Ctrl+Y` | Format: \u2026 |")
                .contains("**Annotation window**").contains("**Training results viewer**");
        // commands without a key are not shortcuts
        assertThat(generated).doesNotContain("| Training Results\u2026 |").doesNotContain("Follow System");
    }

    @Test
    void rowsFollowTheLanguageTheyAreGivenAndPipesAreEscaped() {
        UnaryOperator<String> chinese = key -> Messages.in(Locale.SIMPLIFIED_CHINESE, key);
        assertThat(ShortcutTable.rows(ActionId.Scope.MAIN, chinese))
                .filteredOn(row -> row.id() == ActionId.SHORTCUTS).singleElement()
                .satisfies(row -> assertThat(row.name()).isEqualTo("\u952e\u76d8\u5feb\u6377\u952e"))
                .satisfies(row -> assertThat(row.keyText()).isEqualTo("F1"));
        UnaryOperator<String> piped = key -> key.equals("action.undo.tip") ? "a | b" : ENGLISH.apply(key);
        assertThat(ShortcutTable.markdown(piped)).contains("| a \\| b |");
    }
}
