package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A verified image's margin: labelImg's green in a light look, a dimmed green in a dark one. */
class VerifiedBackgroundTest {
    private LookAndFeel before;

    @BeforeEach
    void rememberLook() {
        before = UIManager.getLookAndFeel();
    }

    @AfterEach
    void restoreLook() {
        GuiActionRunner.execute(() -> {
            try {
                UIManager.setLookAndFeel(before);
            } catch (UnsupportedLookAndFeelException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void lightKeepsLabelImgsGreenAndDarkDimsItButKeepsItGreen() {
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            assertThat(BoxCanvas.verifiedBackground(UIManager.getColor("Panel.background")))
                    .isEqualTo(BoxCanvas.VERIFIED_BACKGROUND);
            FlatDarkLaf.setup();
            Color panel = UIManager.getColor("Panel.background");
            Color dark = BoxCanvas.verifiedBackground(panel);
            assertThat(luminance(dark)).as("no glare").isLessThan(luminance(BoxCanvas.VERIFIED_BACKGROUND) / 2);
            assertThat(dark.getGreen() - panel.getGreen()).as("still plainly green").isGreaterThan(40);
            assertThat(dark.getGreen()).isGreaterThan(dark.getBlue() + 30);
        });
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
