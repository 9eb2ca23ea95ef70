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
}
