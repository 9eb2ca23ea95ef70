package dev.labelj.ui.canvas;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Brightness and contrast for looking at an image, in percent (0 and 0 leave it as decoded). Only the pixels
 * on screen change, never the file. Contrast stretches about mid-grey (+100 % doubles every difference,
 * −100 % flattens to grey); brightness then adds up to a full white (+100 %) or black (−100 %).
 *
 * @param brightnessPercent −100 … +100
 * @param contrastPercent   −100 … +100
 */
public record ImageAdjustment(int brightnessPercent, int contrastPercent) {
    public static final ImageAdjustment NONE = new ImageAdjustment(0, 0);
    public static final int LIMIT = 100;

    public ImageAdjustment {
        brightnessPercent = Math.max(-LIMIT, Math.min(LIMIT, brightnessPercent));
        contrastPercent = Math.max(-LIMIT, Math.min(LIMIT, contrastPercent));
    }

    public boolean isNone() {
        return brightnessPercent == 0 && contrastPercent == 0;
    }

    public ImageAdjustment brighter(int stepPercent) {
        return new ImageAdjustment(brightnessPercent + stepPercent, contrastPercent);
    }

    public ImageAdjustment moreContrast(int stepPercent) {
        return new ImageAdjustment(brightnessPercent, contrastPercent + stepPercent);
    }

    /** What each 8-bit channel value becomes. */
    int[] table() {
        double gain = 1 + contrastPercent / 100.0;
        double offset = brightnessPercent * 255 / 100.0;
        int[] table = new int[256];
        for (int v = 0; v < 256; v++) {
            long out = Math.round((v - 127.5) * gain + 127.5 + offset);
            table[v] = (int) Math.max(0, Math.min(255, out));
        }
        return table;
    }

    /**
     * An adjusted copy of {@code source}'s rectangle ({@code x}, {@code y}, {@code w}, {@code h}), written into
     * {@code reuse} when that has the size and kind (else a new image): the pixels are read straight from a
     * 32-bit source (else blitted), then one table look-up per channel; alpha is kept.
     */
    BufferedImage apply(BufferedImage source, int x, int y, int w, int h, BufferedImage reuse) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = reuse != null && reuse.getType() == type && reuse.getWidth() == w
                && reuse.getHeight() == h ? reuse : new BufferedImage(w, h, type);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        if (source.getType() == type) {
            // a copy through the raster: the source stays a managed (accelerated) image
            source.getRaster().getDataElements(x, y, w, h, pixels);
        } else {
            java.awt.Graphics2D g = out.createGraphics();
            try {
                g.setComposite(java.awt.AlphaComposite.Src);
                g.drawImage(source, -x, -y, null);
            } finally {
                g.dispose();
            }
        }
        int[] table = table();
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            pixels[i] = (p & 0xff000000) | table[(p >>> 16) & 0xff] << 16 | table[(p >>> 8) & 0xff] << 8
                    | table[p & 0xff];
        }
        return out;
    }
}
