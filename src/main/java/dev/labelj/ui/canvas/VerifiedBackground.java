package dev.labelj.ui.canvas;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;

/**
 * What a verified image sits on: labelImg's light green; in a dark look, that green mixed into the dark
 * background, so the mark is as plain and not a glare.
 */
final class VerifiedBackground {
    static final Color LABELIMG_GREEN = new Color(184, 239, 38);
    /** How much of the green a dark look shows: full strength glares beside a dark window. */
    private static final double IN_DARK = 0.25;

    private VerifiedBackground() {
    }

    static Color under(Color panel) {
        if (panel == null || !FlatLaf.isLafDark()) {
            return LABELIMG_GREEN;
        }
        return new Color(mix(panel.getRed(), LABELIMG_GREEN.getRed()), mix(panel.getGreen(), LABELIMG_GREEN.getGreen()),
                mix(panel.getBlue(), LABELIMG_GREEN.getBlue()));
    }

    private static int mix(int background, int green) {
        return (int) Math.round(background + (green - background) * IN_DARK);
    }
}
