package dev.labelj.ui.canvas;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The colour of each label: the one the user chose for it, else its class's (by place in the session's class
 * list), else the one derived from its name ({@link LabelColors}). The canvas and the box list read the same
 * palette, so a swatch is its boxes' colour.
 */
public final class LabelPalette {
    public static final LabelPalette DERIVED = new LabelPalette(Map.of(), Map.of());

    private final Map<String, Color> chosen;
    private final Map<String, Color> byClass;

    private LabelPalette(Map<String, Color> chosen, Map<String, Color> byClass) {
        this.chosen = Map.copyOf(chosen);
        this.byClass = Map.copyOf(byClass);
    }

    /** The palette of the settings' chosen colours ({@code #rrggbb} by label). */
    public static LabelPalette of(Map<String, String> chosenColors) {
        return new LabelPalette(parse(chosenColors), Map.of());
    }

    private static Map<String, Color> parse(Map<String, String> chosenColors) {
        Map<String, Color> colors = new HashMap<>();
        chosenColors.forEach((label, hex) -> colors.put(label, new Color(Integer.parseInt(hex.substring(1), 16))));
        return colors;
    }

    /**
     * The palette of the settings' chosen colours and the session's class list: each class is coloured by its
     * place in the list ({@link LabelColors#ofClass}), which is add-only, so a class keeps its colour from image
     * to image; labels outside the list keep the colour derived from their name.
     */
    public static LabelPalette of(Map<String, String> chosenColors, List<String> classNames) {
        Map<String, Color> byClass = new HashMap<>();
        for (int i = 0; i < classNames.size(); i++) {
            byClass.putIfAbsent(classNames.get(i), LabelColors.ofClass(i));
        }
        return new LabelPalette(parse(chosenColors), byClass);
    }

    /** {@code color} as the settings file keeps it: {@code #rrggbb}. */
    public static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xffffff);
    }

    /** The opaque outline colour of {@code label}: chosen, else its class's, else derived from the name. */
    public Color of(String label) {
        Color color = chosen.get(label);
        if (color == null) {
            color = byClass.get(label);
        }
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
