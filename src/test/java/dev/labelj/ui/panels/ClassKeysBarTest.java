package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.labelj.ui.support.Messages;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The number-key bar: which key gives which class, wrapped in the side panel's width, and the armed class. */
class ClassKeysBarTest {
    private static final List<String> NINE = List.of("person", "cat", "dog", "bird", "horse", "car", "bus", "truck",
            "bicycle");

    @BeforeAll
    static void look() {
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    @Test
    void saysEachKeysClassAndTheArmedOne() {
        String text = GuiActionRunner.execute(() -> {
            ClassKeysBar bar = new ClassKeysBar();
            bar.show(List.of("person", "traffic light", "dog"), Optional.of("dog"));
            return bar.plainText();
        });

        assertThat(text).isEqualTo("1 person  2 traffic light  3 dog " + Messages.get("classKeys.armed", "dog"));
    }

    @Test
    void onlyTheFirstNineClassesHaveKeys() {
        List<String> ten = new java.util.ArrayList<>(NINE);
        ten.add("boat");
        String text = GuiActionRunner.execute(() -> {
            ClassKeysBar bar = new ClassKeysBar();
            bar.show(ten, Optional.empty());
            return bar.plainText();
        });

        assertThat(text).endsWith("9 bicycle").doesNotContain("boat");
    }

    @Test
    void nothingToSayTakesNoHeight() {
        Dimension size = GuiActionRunner.execute(() -> new ClassKeysBar().getPreferredSize());

        assertThat(size.height).isEqualTo(2);
    }

    @Test
    void nineClassesWrapIntoLinesWithinThePanelWidthAndTheArmedNoteStartsALineOfItsOwn() {
        GuiActionRunner.execute(() -> {
            ClassKeysBar bar = new ClassKeysBar();
            bar.show(NINE, Optional.empty());
            int width = bar.getPreferredSize().width - 12;
            List<ClassKeysBar.Placed> keys = bar.layout(width);
            int keyLines = keys.get(keys.size() - 1).line() + 1;
            assertThat(keyLines).isGreaterThan(1);
            for (ClassKeysBar.Placed at : keys) {
                int wordWidth = bar.getFontMetrics(bar.getFont()).stringWidth(at.word().text());
                assertThat(at.x() + wordWidth).as(at.word().text()).isLessThanOrEqualTo(width);
            }
            int lineHeight = bar.getFontMetrics(bar.getFont()).getHeight();
            assertThat(bar.getPreferredSize().height).isEqualTo(keyLines * lineHeight + 2);

            bar.show(NINE, Optional.of("dog"));
            List<ClassKeysBar.Placed> armed = bar.layout(width);
            ClassKeysBar.Placed note = armed.get(NINE.size());
            assertThat(note.line()).isEqualTo(keyLines);
            assertThat(note.x()).isZero();
            assertThat(note.word().bold()).isTrue();
            assertThat(armed.get(2).word().underlined()).isTrue();
            assertThat(armed.get(1).word().underlined()).isFalse();
            assertThat(bar.getPreferredSize().height).isGreaterThan(keyLines * lineHeight + 2);
            return null;
        });
    }

    @Test
    void onceTheBarHasAWidthItsWordsWrapInThatWidthAndItsHeightFollows() {
        GuiActionRunner.execute(() -> {
            ClassKeysBar bar = new ClassKeysBar();
            bar.show(NINE, Optional.of("dog"));
            int lineHeight = bar.getFontMetrics(bar.getFont()).getHeight();
            int narrowHeight = bar.getPreferredSize().height;

            bar.setSize(2000, narrowHeight);

            // every key on one line, the note on the next
            assertThat(bar.getPreferredSize().height).isEqualTo(2 * lineHeight + 2).isLessThan(narrowHeight);
            assertThat(bar.layout(2000 - 12)).extracting(ClassKeysBar.Placed::line).containsOnly(0, 1);
            return null;
        });
    }

    @Test
    void paintsTheWordsAndUnderlinesTheArmedClass() {
        BufferedImage armed = paint(Optional.of("person"));
        BufferedImage plain = paint(Optional.empty());

        int ink = inked(plain, 0, plain.getHeight());
        assertThat(ink).as("text on the first line").isGreaterThan(50);
        // the underline is one row under the baseline of "1 person", the first word
        int lineHeight = GuiActionRunner.execute(() -> {
            ClassKeysBar bar = new ClassKeysBar();
            return bar.getFontMetrics(bar.getFont()).getAscent();
        });
        int underlineRow = lineHeight + 1;
        assertThat(run(armed, underlineRow)).as("underline under the armed class").isGreaterThan(20);
        assertThat(run(plain, underlineRow)).as("nothing armed").isLessThan(10);
    }

    private static BufferedImage paint(Optional<String> armed) {
        return GuiActionRunner.execute(() -> {
            ClassKeysBar bar = new ClassKeysBar();
            bar.show(NINE, armed);
            Dimension size = bar.getPreferredSize();
            bar.setSize(size);
            BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            bar.paint(g);
            g.dispose();
            return image;
        });
    }

    private static int inked(BufferedImage image, int fromRow, int toRow) {
        Color background = UIManager.getColor("Panel.background");
        int count = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (darker(image.getRGB(x, y), background)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The longest run of dark pixels in {@code row}, left of the second word. */
    private static int run(BufferedImage image, int row) {
        Color background = UIManager.getColor("Panel.background");
        int longest = 0;
        int current = 0;
        for (int x = 0; x < image.getWidth() / 2; x++) {
            current = darker(image.getRGB(x, row), background) ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    private static boolean darker(int rgb, Color background) {
        Color pixel = new Color(rgb);
        return pixel.getRed() + pixel.getGreen() + pixel.getBlue()
                < background.getRed() + background.getGreen() + background.getBlue() - 150;
    }
}
