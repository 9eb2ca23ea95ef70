package dev.labelj.ui.canvas;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A colour per label name that is the same in every session and on every machine (derived from the SHA-256
 * of the UTF-8 name, as labelImg derives its colours, never from an order or a counter), so users learn
 * "person is orange". Saturation and brightness stay in a band that shows on photos and is never grey or
 * white, so the white handles and the selection fill always stand out. Classes of the session's list get
 * {@link #ofClass} instead (see {@link LabelPalette}).
 */
public final class LabelColors {
    private static final Map<String, Color> CACHE = new ConcurrentHashMap<>();
    /** The golden angle as a share of the hue circle: 1 - 1/phi. */
    private static final double GOLDEN_TURN = (3 - Math.sqrt(5)) / 2;
    private static final float CLASS_SATURATION = 0.80f;
    private static final float CLASS_BRIGHTNESS = 0.92f;

    private LabelColors() {
    }

    /** The opaque outline colour of {@code label}. */
    public static Color of(String label) {
        return CACHE.computeIfAbsent(label, LabelColors::derive);
    }

    /**
     * The colour of the class at {@code index} of the session's class list: hues a golden angle (137.5°) apart, so
     * each new class lands in the widest gap the earlier ones left and the first few are as far apart as can be.
     * Saturation and brightness are those of the middle of the derived band.
     */
    public static Color ofClass(int index) {
        double hue = (index * GOLDEN_TURN) % 1.0;
        return new Color(Color.HSBtoRGB((float) hue, CLASS_SATURATION, CLASS_BRIGHTNESS));
    }

    /** The colour of {@code label} with {@code alpha} (0-255), for fills. */
    public static Color translucent(String label, int alpha) {
        Color color = of(label);
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    private static Color derive(String label) {
        byte[] hash = sha256(label.getBytes(StandardCharsets.UTF_8));
        int hueBits = ((hash[0] & 0xff) << 8) | (hash[1] & 0xff);
        float hue = hueBits / 65536f;
        float saturation = 0.65f + (hash[2] & 0xff) / 255f * 0.30f;
        float brightness = 0.80f + (hash[3] & 0xff) / 255f * 0.20f;
        return new Color(Color.HSBtoRGB(hue, saturation, brightness));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
