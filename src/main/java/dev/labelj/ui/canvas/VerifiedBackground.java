package dev.labelj.ui.canvas;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;

/**
 * What a verified image sits on: labelImg's green laid over the window's background as labelImg lays it over its
 * grey (alpha 128 of 255), a soft green rather than a saturated lime; in a dark look less of it, so the mark is
 * as plain and not a glare.
 */
final class VerifiedBackground {
    static final Color LABELIMG_GREEN = new Color(184, 239, 38);
    /** labelImg's own background, for a look that names none. */
    private static final Color LABELIMG_GREY = new Color(232, 232, 232);
    /** labelImg's QColor(184, 239, 38, 128): half the green over the grey. */
    private static final double IN_LIGHT = 128 / 255.0;
    /** How much of the green a dark look shows: more glares beside a dark window. */
    private static final double IN_DARK = 0.25;

    private VerifiedBackground() {
    }

    static Color under(Color panel) {
        Color background = panel != null ? panel : LABELIMG_GREY;
        double share = FlatLaf.isLafDark() ? IN_DARK : IN_LIGHT;
        return new Color(mix(background.getRed(), LABELIMG_GREEN.getRed(), share),
                mix(background.getGreen(), LABELIMG_GREEN.getGreen(), share),
                mix(background.getBlue(), LABELIMG_GREEN.getBlue(), share));
    }

    private static int mix(int background, int green, double share) {
        return (int) Math.round(background + (green - background) * share);
    }
}
