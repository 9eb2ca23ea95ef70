package dev.labelj.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JToolBar;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

class CommandActionTest {
    @Test
    void undoNamesTheEditItWouldRevertInTheMenuButTheToolbarKeepsItsWord() {
        GuiActionRunner.execute(CommandActionTest::undoNames);
    }

    private static void undoNames() {
        AppActions actions = new AppActions();
        AtomicReference<Optional<String>> next = new AtomicReference<>(Optional.empty());
        CommandAction undo = actions.define(ActionId.UNDO, () -> { }, () -> next.get().isPresent());
        undo.nameAfter(next::get);
        assertThat(undo.getValue(Action.NAME)).isEqualTo("Undo");

        next.set(Optional.of("Move box"));
        actions.refresh();
        assertThat(undo.getValue(Action.NAME)).isEqualTo("Undo Move box");
        assertThat((String) undo.getValue(Action.SHORT_DESCRIPTION)).startsWith("Undo Move box").contains("Z)");

        JToolBar bar = Menus.toolBar(actions);
        JButton button = (JButton) Arrays.stream(bar.getComponents())
                .filter(c -> "tool.undo".equals(c.getName())).findFirst().orElseThrow();
        next.set(Optional.of("Delete box"));
        actions.refresh();
        assertThat(undo.getValue(Action.NAME)).isEqualTo("Undo Delete box");
        assertThat(button.getText()).isEqualTo("Undo");

        next.set(Optional.empty());
        actions.refresh();
        assertThat(undo.getValue(Action.NAME)).isEqualTo("Undo");
    }

    @Test
    void anActionWithAFixedNameKeepsItInTheToolbar() {
        GuiActionRunner.execute(CommandActionTest::fixedName);
    }

    private static void fixedName() {
        AppActions actions = new AppActions();
        actions.define(ActionId.SAVE, () -> { });
        Component save = Arrays.stream(Menus.toolBar(actions).getComponents())
                .filter(c -> "tool.save".equals(c.getName())).findFirst().orElseThrow();
        assertThat(((JButton) save).getText()).isEqualTo("Save");
    }
}
