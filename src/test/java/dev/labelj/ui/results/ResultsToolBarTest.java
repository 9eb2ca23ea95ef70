package dev.labelj.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.ui.actions.ActionIcons;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.SwingConstants;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

class ResultsToolBarTest {
    @Test
    void openAddAndExportShowTheirMenuSizedIconBesideTheirWord() {
        GuiActionRunner.execute(() -> {
            AppActions actions = new AppActions();
            ResultsToolBar bar = new ResultsToolBar(actions.define(ActionId.RESULTS_OPEN, () -> { }),
                    actions.define(ActionId.RESULTS_ADD, () -> { }),
                    actions.define(ActionId.RESULTS_EXPORT, () -> { }), (smooth, log, rule, align) -> { },
                    live -> { });
            for (String name : new String[] {"openRun", "addRun", "exportGrid"}) {
                JButton button = (JButton) Arrays.stream(bar.getComponents()).filter(c -> name.equals(c.getName()))
                        .findFirst().orElseThrow();
                assertThat(button.getIcon()).as(name).isNotNull();
                assertThat(button.getIcon().getIconWidth()).isEqualTo(ActionIcons.MENU_SIZE);
                assertThat(button.getText()).isNotBlank();
                assertThat(button.getHorizontalTextPosition()).isEqualTo(SwingConstants.TRAILING);
            }
        });
    }
}
