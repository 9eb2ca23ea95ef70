package dev.labelj.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import dev.labelj.support.RestoreLookAndFeel;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.swing.Action;
import javax.swing.Icon;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RestoreLookAndFeel.class)
class ActionIconsTest {
    @Test
    void everyIconAnActionNamesIsAnSvgThatPaints() {
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            for (Map.Entry<ActionId, String> each : ActionIcons.names().entrySet()) {
                assertThat(ActionIcons.class.getClassLoader().getResource("dev/labelj/ui/icons/" + each.getValue()
                        + ".svg")).as(each.getValue()).isNotNull();
                for (int size : new int[] {ActionIcons.MENU_SIZE, ActionIcons.TOOLBAR_SIZE}) {
                    FlatSVGIcon icon = ActionIcons.icon(each.getKey(), size).orElseThrow();
                    assertThat(icon.hasFound()).as(each.getValue()).isTrue();
                    assertThat(icon.getIconWidth()).isEqualTo(size);
                    BufferedImage image = render(icon);
                    // a drawing, not a speck and not a filled square
                    assertThat(opaquePixels(image)).as(each.getValue() + " at " + size)
                            .isGreaterThan(size).isLessThan(size * size * 3 / 4);
                }
            }
        });
    }

    @Test
    void everySvgInTheFolderBelongsToACommand() throws URISyntaxException {
        URL folder = ActionIcons.class.getClassLoader().getResource("dev/labelj/ui/icons");
        assertThat(folder).isNotNull();
        Set<String> files = Arrays.stream(new File(folder.toURI()).list()).map(f -> f.replaceFirst("\\.svg$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).isEqualTo(new TreeSet<>(ActionIcons.names().values()));
    }

    @Test
    void aDefinedCommandCarriesItsIconForMenuAndToolbar() {
        GuiActionRunner.execute(() -> {
            AppActions actions = new AppActions();
            CommandAction save = actions.define(ActionId.SAVE, () -> { });
            CommandAction quit = actions.define(ActionId.QUIT, () -> { });
            assertThat(((Icon) save.getValue(Action.SMALL_ICON)).getIconWidth()).isEqualTo(ActionIcons.MENU_SIZE);
            assertThat(((Icon) save.getValue(Action.LARGE_ICON_KEY)).getIconWidth())
                    .isEqualTo(ActionIcons.TOOLBAR_SIZE);
            assertThat(quit.getValue(Action.SMALL_ICON)).isNull();
        });
    }

    @Test
    void theSameIconPaintsInTheNewThemesColoursAfterASwitch() {
        GuiActionRunner.execute(() -> {
            FlatSVGIcon next = ActionIcons.icon(ActionId.NEXT_IMAGE, 16).orElseThrow();
            FlatSVGIcon delete = ActionIcons.icon(ActionId.DELETE_BOX, 16).orElseThrow();
            FlatLightLaf.setup();
            int lightInk = inkLuminance(render(next));
            BufferedImage lightDelete = render(delete);
            FlatDarkLaf.setup();
            int darkInk = inkLuminance(render(next));
            BufferedImage darkDelete = render(delete);
            // light look: dark grey strokes; dark look: light grey strokes
            assertThat(lightInk).isLessThan(128);
            assertThat(darkInk).isGreaterThan(128);
            // the red cross follows the look too (pixel 14,2 lies on it)
            assertThat(lightDelete.getRGB(14, 2) >>> 24).isGreaterThan(100);
            assertThat(darkDelete.getRGB(14, 2)).isNotEqualTo(lightDelete.getRGB(14, 2));
            assertThat(red(darkDelete.getRGB(14, 2))).isGreaterThan(green(darkDelete.getRGB(14, 2)) + 60);
        });
    }

    private static BufferedImage render(Icon icon) {
        BufferedImage image = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return image;
    }

    private static int opaquePixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 128) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The mean brightness (0–255) of the nearly opaque pixels. */
    private static int inkLuminance(BufferedImage image) {
        long sum = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 200) {
                    sum += (red(argb) * 299L + green(argb) * 587L + (argb & 0xFF) * 114L) / 1000;
                    count++;
                }
            }
        }
        assertThat(count).isPositive();
        return (int) (sum / count);
    }

    private static int red(int argb) {
        return argb >> 16 & 0xFF;
    }

    private static int green(int argb) {
        return argb >> 8 & 0xFF;
    }
}
