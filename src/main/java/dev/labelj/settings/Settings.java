package dev.labelj.settings;

import java.util.Locale;

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
        int contrastStepPercent) {

    public static final int MIN_LINE_WIDTH = 1;
    public static final int MAX_LINE_WIDTH = 20;
    public static final int MAX_STEP_PERCENT = 100;

    private static final Settings DEFAULTS = new Settings("voc", false, false, true, false, false, "",
            Theme.SYSTEM, "", ZoomMode.FIT_WINDOW, 2, 10, 10);

    public Settings {
        saveFormat = saveFormat == null || saveFormat.isBlank() ? "voc" : saveFormat.strip().toLowerCase(Locale.ROOT);
        defaultLabel = defaultLabel == null ? "" : defaultLabel;
        theme = theme == null ? Theme.SYSTEM : theme;
        language = language == null ? "" : language.strip();
        zoomMode = zoomMode == null ? ZoomMode.FIT_WINDOW : zoomMode;
        boxLineWidth = clamp(boxLineWidth, MIN_LINE_WIDTH, MAX_LINE_WIDTH, 2);
        brightnessStepPercent = clamp(brightnessStepPercent, 1, MAX_STEP_PERCENT, 10);
        contrastStepPercent = clamp(contrastStepPercent, 1, MAX_STEP_PERCENT, 10);
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
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent);
    }

    public Settings withAutoSave(boolean on) {
        return new Settings(saveFormat, on, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent);
    }

    public Settings withSingleClassMode(boolean on) {
        return new Settings(saveFormat, autoSave, on, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent);
    }

    public Settings withDisplayLabels(boolean on) {
        return new Settings(saveFormat, autoSave, singleClassMode, on, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent);
    }

    public Settings withDrawSquares(boolean on) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, on, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent);
    }

    public Settings withDefaultLabel(boolean enabled, String label) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, enabled, label, theme,
                language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, newTheme, language, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent);
    }

    /** {@code tag}: a BCP 47 tag such as "zh-CN", or "" to follow the system. */
    public Settings withLanguage(String tag) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, tag, zoomMode, boxLineWidth, brightnessStepPercent, contrastStepPercent);
    }

    public Settings withBoxLineWidth(int width) {
        return new Settings(saveFormat, autoSave, singleClassMode, displayLabels, drawSquares, defaultLabelEnabled,
                defaultLabel, theme, language, zoomMode, width, brightnessStepPercent, contrastStepPercent);
    }
}
