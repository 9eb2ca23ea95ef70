package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Label colours: the same every session, different for common names, never grey or white. */
class LabelColorsTest {
    private static final List<String> COMMON = List.of("person", "bicycle", "car", "motorcycle", "airplane", "bus",
            "train", "truck", "boat", "traffic light", "dog", "cat", "bird", "horse", "sheep", "cow", "cell",
            "RBC", "WBC", "Platelets", "license-plate", "round_object", "face", "猫", "狗");

    @Test
    void aLabelAlwaysGetsTheSameColour() {
        // users learn their colours: these values must never change between versions or machines
        assertThat(LabelColors.of("dog")).isEqualTo(new Color(217, 62, 252));
        assertThat(LabelColors.of("person")).isEqualTo(new Color(179, 231, 73));
        assertThat(LabelColors.of("猫")).isEqualTo(new Color(29, 41, 230));
        assertThat(LabelColors.of(new String("person"))).isEqualTo(new Color(179, 231, 73));
        assertThat(LabelColors.translucent("dog", 70)).isEqualTo(new Color(217, 62, 252, 70));
    }

    @Test
    void commonNamesGetDifferentSaturatedColours() {
        Set<Integer> seen = new HashSet<>();
        for (String name : COMMON) {
            Color color = LabelColors.of(name);
            assertThat(seen.add(color.getRGB())).as(name + " differs from the others").isTrue();
            float[] hsb = Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null);
            assertThat(hsb[1]).as(name + " is not grey").isGreaterThan(0.6f);
            assertThat(hsb[2]).as(name + " is not dark").isGreaterThan(0.75f);
        }
        assertThat(hueDistance("dog", "cat") + hueDistance("car", "person") + hueDistance("RBC", "WBC"))
                .as("typical pairs are far apart on average, not a gradient of one hue").isGreaterThan(0.3);
    }

    private static double hueDistance(String a, String b) {
        float hueA = hue(LabelColors.of(a));
        float hueB = hue(LabelColors.of(b));
        double d = Math.abs(hueA - hueB);
        return Math.min(d, 1 - d);
    }

    private static float hue(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[0];
    }
}
