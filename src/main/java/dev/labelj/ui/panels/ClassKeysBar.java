package dev.labelj.ui.panels;

import com.formdev.flatlaf.util.UIScale;
import dev.labelj.ui.support.Messages;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * Which class each number key gives ("1 dog  2 person …"), and, while a number key has armed a class for
 * the next box drawn, which one: a number pressed with no box selected must not look like it did nothing.
 * The words are painted here and wrap within the side panel's width; an HTML label did the same but took
 * 15-28 ms of the start on the EDT to make its first HTML view (docs/adr/0175).
 */
public final class ClassKeysBar extends JPanel {
    /** The text wraps inside this width, in points, until the bar has a width of its own (the side panel's). */
    private static final int WRAP_WIDTH = 190;
    private static final int KEYS = 9;
    /** A no-break space: a key's number and its class stay on one line. */
    private static final String KEEP = "\u00a0";
    private List<String> shownNames = List.of();
    private Optional<String> shownArmed = Optional.empty();

    /** One word as painted: bold and underlined for the armed class; a line break before the armed note. */
    record Word(String text, boolean bold, boolean underlined, boolean newLine, int gapAfter) {
    }

    /** Where a word goes: its left edge, and its line (0 for the first). */
    record Placed(Word word, int x, int line) {
    }

    public ClassKeysBar() {
        setBorder(BorderFactory.createEmptyBorder(0, 6, 2, 6));
        setName("classKeys");
        show(List.of(), Optional.empty());
        // the words wrap in the width the bar gets: a new width may need another number of lines
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (getHeight() != getPreferredSize().height) {
                    revalidate();
                }
            }
        });
    }

    /** The classes in list order (the first nine have keys) and the class armed for the next box, if any. */
    public void show(List<String> classes, Optional<String> armed) {
        shownNames = List.copyOf(classes.subList(0, Math.min(KEYS, classes.size())));
        shownArmed = armed;
        setToolTipText(Messages.get("classKeys.tip"));
        getAccessibleContext().setAccessibleName(plainText());
        revalidate();
        repaint();
    }

    /** After a language switch. */
    public void relabel() {
        show(shownNames, shownArmed);
    }

    /** What the bar says now, as plain text (tests, and the accessible name). */
    public String plainText() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < shownNames.size(); i++) {
            keys.add(keyText(i).replace(KEEP, " "));
        }
        String text = String.join("  ", keys);
        return shownArmed.map(label -> (text + " " + Messages.get("classKeys.armed", label)).strip()).orElse(text);
    }

    /** The words in order; {@code gapAfter} counts spaces: three between keys, one inside the note. */
    List<Word> words() {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < shownNames.size(); i++) {
            boolean chosen = shownArmed.isPresent() && shownArmed.get().equals(shownNames.get(i));
            words.add(new Word(keyText(i), chosen, chosen, false, 3));
        }
        shownArmed.ifPresent(label -> {
            String[] parts = Messages.get("classKeys.armed", label).split(" ");
            for (int i = 0; i < parts.length; i++) {
                words.add(new Word(parts[i], true, false, i == 0, i + 1 < parts.length ? 1 : 0));
            }
        });
        return words;
    }

    /** Each word's place when lines may be {@code width} pixels wide: a word that does not fit starts a line. */
    List<Placed> layout(int width) {
        List<Placed> placed = new ArrayList<>();
        int x = 0;
        int line = 0;
        for (Word word : words()) {
            FontMetrics metrics = getFontMetrics(fontOf(word));
            int wordWidth = metrics.stringWidth(word.text());
            boolean first = placed.isEmpty();
            if (!first && (word.newLine() || x + wordWidth > width)) {
                line++;
                x = 0;
            }
            placed.add(new Placed(word, x, line));
            x += wordWidth + word.gapAfter() * metrics.charWidth(' ');
        }
        return placed;
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets insets = getInsets();
        List<Placed> placed = layout(wrapWidth());
        int lines = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).line() + 1;
        int lineHeight = getFontMetrics(getFont()).getHeight();
        return new Dimension(UIScale.scale(WRAP_WIDTH) + insets.left + insets.right,
                lines * lineHeight + insets.top + insets.bottom);
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(UIManager.getColor("Label.foreground"));
            Insets insets = getInsets();
            FontMetrics plain = getFontMetrics(getFont());
            int lineHeight = plain.getHeight();
            for (Placed at : layout(wrapWidth())) {
                Font font = fontOf(at.word());
                g2.setFont(font);
                int x = insets.left + at.x();
                int baseline = insets.top + at.line() * lineHeight + plain.getAscent();
                BasicGraphicsUtils.drawString(this, g2, at.word().text(), x, baseline);
                if (at.word().underlined()) {
                    int width = getFontMetrics(font).stringWidth(at.word().text());
                    g2.drawLine(x, baseline + 1, x + width - 1, baseline + 1);
                }
            }
        } finally {
            g2.dispose();
        }
    }

    private String keyText(int index) {
        return (index + 1) + KEEP + shownNames.get(index).replace(" ", KEEP);
    }

    /** The width the words may fill: the bar's own once it has one. */
    private int wrapWidth() {
        Insets insets = getInsets();
        int own = getWidth() - insets.left - insets.right;
        return own > 0 ? own : UIScale.scale(WRAP_WIDTH);
    }

    private Font fontOf(Word word) {
        return word.bold() ? getFont().deriveFont(Font.BOLD) : getFont();
    }
}
