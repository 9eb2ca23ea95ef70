package dev.labelj.settings;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The user's preferences. {@link #defaults()} is the one place defaults are written down; the compact
 * constructor repairs missing or out-of-range values (a hand-edited file), so every instance is usable.
 *
 * @param saveFormat annotation format id ("voc", "yolo", "createml"); checked by the caller against the
 *     known formats, kept here as text so this package needs nothing but the JDK
 * @param language a BCP 47 tag such as "zh-CN", or "" to follow the system
 * @param boxLineWidth box outline width in screen pixels
 * @param brightnessStepPercent how much one brightness key press changes the image, in percent
 * @param contrastStepPercent how much one contrast key press changes the image, in percent
 * @param labelColors the colour the user chose for a label, as {@code #rrggbb}, by label name; labels not in
 *     it keep the colour derived from their name
 * @param drawingAids the crosshair and the loupe, on or off
 */
public record Settings(
        String saveFormat,
        boolean autoSave,
        boolean singleClassMode,
        boolean displayLabels,
        boolean drawSquares,
        boolean defaultLabelEnabled,
        String defaultLabel,
        Theme theme,
        String language,
        ZoomMode zoomMode,
        int boxLineWidth,
        int brightnessStepPercent,
        int contrastStepPercent,
        Map<String, String> labelColors,
        DrawingAids drawingAids) {

    public static final int MIN_LINE_WIDTH = 1;
    public static final int MAX_LINE_WIDTH = 20;
    public static final int MAX_STEP_PERCENT = 100;
    /** More chosen colours than any class list needs: a hand-edited or hostile file stays small in memory. */
    public static final int MAX_LABEL_COLORS = 1000;
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private static final Settings DEFAULTS = new Settings("voc", false, false, true, false, false, "",
            Theme.SYSTEM, "", ZoomMode.FIT_WINDOW, 2, 10, 10, Map.of(), DrawingAids.DEFAULTS);

    public Settings {
        saveFormat = saveFormat == null || saveFormat.isBlank() ? "voc" : saveFormat.strip().toLowerCase(Locale.ROOT);
        defaultLabel = defaultLabel == null ? "" : defaultLabel;
        theme = theme == null ? Theme.SYSTEM : theme;
        language = language == null ? "" : language.strip();
        zoomMode = zoomMode == null ? ZoomMode.FIT_WINDOW : zoomMode;
        boxLineWidth = clamp(boxLineWidth, MIN_LINE_WIDTH, MAX_LINE_WIDTH, 2);
        brightnessStepPercent = clamp(brightnessStepPercent, 1, MAX_STEP_PERCENT, 10);
        contrastStepPercent = clamp(contrastStepPercent, 1, MAX_STEP_PERCENT, 10);
        labelColors = checkedColors(labelColors);
        drawingAids = drawingAids == null ? DrawingAids.DEFAULTS : drawingAids;
    }

    /** Keeps the entries that are a non-empty label and a {@code #rrggbb} colour (lower case), sorted by label. */
    private static Map<String, String> checkedColors(Map<String, String> colors) {
        TreeMap<String, String> kept = new TreeMap<>();
        if (colors != null) {
            colors.forEach((label, color) -> {
                if (label != null && !label.isEmpty() && color != null && HEX_COLOR.matcher(color).matches()
                        && kept.size() < MAX_LABEL_COLORS) {
                    kept.put(label, color.toLowerCase(Locale.ROOT));
                }
            });
        }
        return Collections.unmodifiableMap(kept);
    }

    public static Settings defaults() {
        return DEFAULTS;
    }

    /** Zero means "absent" in a file written by hand; anything else is kept inside the range. */
    private static int clamp(int value, int min, int max, int whenAbsent) {
        if (value == 0) {
            return whenAbsent;
        }
        return Math.max(min, Math.min(max, value));
    }

    public Settings withSaveFormat(String format) {
        return new Settings(format, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    public Settings withAutoSave(boolean on) {
        return new Settings(saveFormat, on, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    public Settings withSingleClassMode(boolean on) {
        return new Settings(saveFormat, autoSave, on, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    public Settings withDisplayLabels(boolean on) {
        return new Settings(saveFormat, autoSave, singleClassMode, on, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    public Settings withDrawSquares(boolean on) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, on, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    public Settings withDefaultLabel(boolean enabled, String label) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, enabled, label, theme,
                language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, newTheme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    /** {@code tag}: a BCP 47 tag such as "zh-CN", or "" to follow the system. */
    public Settings withLanguage(String tag) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, tag, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    public Settings withBoxLineWidth(int width) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, width, brightnessStepPercent, contrastStepPercent,
                labelColors, drawingAids);
    }

    /** {@code color}: {@code #rrggbb} for {@code label}, or null to give it back its derived colour. */
    public Settings withLabelColor(String label, String color) {
        Map<String, String> colors = new HashMap<>(labelColors);
        if (color == null) {
            colors.remove(label);
        } else {
            colors.put(label, color);
        }
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                colors, drawingAids);
    }

    public Settings withDrawingAids(DrawingAids aids) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent,
                labelColors, aids);
    }
}
