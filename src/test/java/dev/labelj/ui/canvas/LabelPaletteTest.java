package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A chosen colour wins over the derived one wherever boxes are painted; other labels keep theirs. */
class LabelPaletteTest {
    @Test
    void thePainterDrawsAChosenColourAndDerivesTheRest() {
        LabelPalette palette = LabelPalette.of(Map.of("cat", "#123456"));
        BufferedImage view = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = view.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        new BoxPainter(BoxPainter.Style.DEFAULT, palette).paintBoxes(g, ViewTransform.IDENTITY,
                List.of(Box.of("cat", 20, 20, 100, 100), Box.of("dog", 150, 20, 250, 100)), i -> true, i -> false, -1);
        g.dispose();
        assertThat(view.getRGB(20, 60) & 0xffffff).isEqualTo(0x123456);
        assertThat(view.getRGB(150, 60)).isEqualTo(LabelColors.of("dog").getRGB());
        assertThat(palette.isChosen("cat")).isTrue();
        assertThat(palette.isChosen("dog")).isFalse();
        assertThat(LabelPalette.hex(new Color(0x0a, 0xff, 0x80))).isEqualTo("#0aff80");
        assertThat(palette.translucent("cat", 70)).isEqualTo(new Color(0x12, 0x34, 0x56, 70));
    }

    private static final List<String> CLASSES = List.of("person", "cat", "dog", "bird", "horse", "car", "bus", "truck",
            "bicycle", "giraffe", "zebra");

    @Test
    void theFirstClassesOfTheListGetHuesFarApart() {
        LabelPalette palette = LabelPalette.of(Map.of(), CLASSES);

        assertThat(smallestHueGap(palette, CLASSES.subList(0, 5))).as("first five").isGreaterThan(50.0);
        assertThat(smallestHueGap(palette, CLASSES.subList(0, 8))).as("first eight").isGreaterThan(30.0);
        // the near pairs of a short session: dog and bicycle were both magenta, giraffe and zebra both green
        assertThat(hueGap(palette.of("dog"), palette.of("bicycle"))).isGreaterThan(30.0);
        assertThat(hueGap(palette.of("giraffe"), palette.of("zebra"))).isGreaterThan(30.0);
        for (String name : CLASSES) {
            float[] hsb = hsb(palette.of(name));
            assertThat(hsb[1]).as(name + " is not grey").isGreaterThan(0.6f);
            assertThat(hsb[2]).as(name + " is not dark").isGreaterThan(0.75f);
        }
    }

    @Test
    void aClassKeepsItsColourAsTheListGrowsAndOtherLabelsKeepTheDerivedOne() {
        LabelPalette early = LabelPalette.of(Map.of(), List.of("giraffe", "zebra"));
        LabelPalette later = LabelPalette.of(Map.of(), List.of("giraffe", "zebra", "lion"));

        assertThat(later.of("giraffe")).isEqualTo(early.of("giraffe"));
        assertThat(later.of("zebra")).isEqualTo(early.of("zebra"));
        assertThat(early.of("lion")).isEqualTo(LabelColors.of("lion"));
        assertThat(later.of("lion")).isNotEqualTo(LabelColors.of("lion"));
        assertThat(LabelPalette.of(Map.of(), List.of("zebra")).of("zebra")).as("by place in the list, not by name")
                .isEqualTo(early.of("giraffe"));
    }

    @Test
    void aChosenColourWinsOverTheClassColour() {
        LabelPalette palette = LabelPalette.of(Map.of("cat", "#123456"), CLASSES);

        assertThat(palette.of("cat")).isEqualTo(new Color(0x123456));
        assertThat(palette.of("dog")).isEqualTo(LabelPalette.of(Map.of(), CLASSES).of("dog"));
    }

    private static double smallestHueGap(LabelPalette palette, List<String> names) {
        double smallest = 360;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                smallest = Math.min(smallest, hueGap(palette.of(names.get(i)), palette.of(names.get(j))));
            }
        }
        return smallest;
    }

    /** How far apart two colours are on the hue circle, in degrees. */
    private static double hueGap(Color a, Color b) {
        double d = Math.abs(hsb(a)[0] - hsb(b)[0]) * 360;
        return Math.min(d, 360 - d);
    }

    private static float[] hsb(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
    }
}
