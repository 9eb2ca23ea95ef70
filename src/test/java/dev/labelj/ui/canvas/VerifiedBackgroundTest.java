package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.labelj.support.RestoreLookAndFeel;
import java.awt.Color;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A verified image's margin: labelImg's green in a light look, a dimmed green in a dark one. */
@ExtendWith(RestoreLookAndFeel.class)
class VerifiedBackgroundTest {
    @Test
    void lightKeepsLabelImgsGreenAndDarkDimsItButKeepsItGreen() {
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            assertThat(VerifiedBackground.under(UIManager.getColor("Panel.background")))
                    .isEqualTo(VerifiedBackground.LABELIMG_GREEN);
            FlatDarkLaf.setup();
            Color panel = UIManager.getColor("Panel.background");
            Color dark = VerifiedBackground.under(panel);
            assertThat(luminance(dark)).as("no glare").isLessThan(luminance(VerifiedBackground.LABELIMG_GREEN) / 2);
            assertThat(dark.getGreen() - panel.getGreen()).as("still plainly green").isGreaterThan(40);
            assertThat(dark.getGreen()).isGreaterThan(dark.getBlue() + 30);
        });
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
