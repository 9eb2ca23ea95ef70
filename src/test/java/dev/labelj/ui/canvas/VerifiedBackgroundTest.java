package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.labelj.support.RestoreLookAndFeel;
import java.awt.Color;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A verified image's margin: labelImg's green laid over the light grey as labelImg lays it (alpha 128), a dimmed
 * green in a dark look.
 */
@ExtendWith(RestoreLookAndFeel.class)
class VerifiedBackgroundTest {
    @Test
    void lightBlendsLabelImgsGreenWithTheGreyAndDarkDimsItButKeepsItGreen() {
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            Color grey = UIManager.getColor("Panel.background");
            Color light = VerifiedBackground.under(grey);
            Color green = VerifiedBackground.LABELIMG_GREEN;
            // labelImg paints QColor(184, 239, 38, 128) over its grey: half of each
            assertThat(light.getRed()).isCloseTo(half(grey.getRed(), green.getRed()), within(1));
            assertThat(light.getGreen()).isCloseTo(half(grey.getGreen(), green.getGreen()), within(1));
            assertThat(light.getBlue()).isCloseTo(half(grey.getBlue(), green.getBlue()), within(1));
            assertThat(saturation(light)).as("no saturated lime").isLessThan(saturation(green) * 0.6f);
            assertThat(light.getGreen()).as("still plainly green").isGreaterThan(light.getBlue() + 60);
            FlatDarkLaf.setup();
            Color panel = UIManager.getColor("Panel.background");
            Color dark = VerifiedBackground.under(panel);
            assertThat(luminance(dark)).as("no glare").isLessThan(luminance(VerifiedBackground.LABELIMG_GREEN) / 2);
            assertThat(dark.getGreen() - panel.getGreen()).as("still plainly green").isGreaterThan(40);
            assertThat(dark.getGreen()).isGreaterThan(dark.getBlue() + 30);
        });
    }

    private static int half(int under, int over) {
        return (int) Math.round(under + (over - under) * 128 / 255.0);
    }

    private static float saturation(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[1];
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
