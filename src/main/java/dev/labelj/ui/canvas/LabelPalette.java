package dev.labelj.ui.canvas;

import java.awt.Color;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The colour of each label: the one the user chose for it, else the one derived from its name
 * ({@link LabelColors}). The canvas and the box list read the same palette, so a swatch is its boxes' colour.
 */
public final class LabelPalette {
    public static final LabelPalette DERIVED = new LabelPalette(Map.of());

    private final Map<String, Color> chosen;

    private LabelPalette(Map<String, Color> chosen) {
        this.chosen = Map.copyOf(chosen);
    }

    /** The palette of the settings' chosen colours ({@code #rrggbb} by label). */
    public static LabelPalette of(Map<String, String> chosenColors) {
        Map<String, Color> colors = new HashMap<>();
        chosenColors.forEach((label, hex) -> colors.put(label, new Color(Integer.parseInt(hex.substring(1), 16))));
        return new LabelPalette(colors);
    }

    /** {@code color} as the settings file keeps it: {@code #rrggbb}. */
    public static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xffffff);
    }

    /** The opaque outline colour of {@code label}. */
    public Color of(String label) {
        Color color = chosen.get(label);
        return color != null ? color : LabelColors.of(label);
    }

    /** The colour of {@code label} with {@code alpha} (0-255), for fills. */
    public Color translucent(String label, int alpha) {
        Color color = of(label);
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    public boolean isChosen(String label) {
        return chosen.containsKey(label);
    }
}
