package dev.labelj.charts;

import java.awt.Color;

/** Distinct run colours (matplotlib's tab10, which YOLOv5's plots use), so overlays read like results.png. */
public final class RunPalette {
    private static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
    };

    private RunPalette() {
    }

    public static Color run(int index) {
        return COLORS[index % COLORS.length];
    }

    /** With one run the smooth line takes the second colour, as in results.png; with several, the run's own. */
    public static Color smooth(int index, int runCount) {
        return runCount == 1 ? COLORS[1] : run(index);
    }
}
