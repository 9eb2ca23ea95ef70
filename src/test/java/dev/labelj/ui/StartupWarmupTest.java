package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.ui.actions.ActionIcons;
import org.junit.jupiter.api.Test;

class StartupWarmupTest {
    @Test
    void everyCommandIconIsParsedBeforeTheWindowPaints() {
        assertThat(StartupWarmup.warmIcons()).isEqualTo(ActionIcons.names().size());
    }
}
