package dev.labelj.image;

import java.util.Optional;
import org.opencv.imgcodecs.Imgcodecs;

/** The OpenCV imdecode flags for a decode: keep gray as gray, keep 16-bit for our own scaling. */
final class DecodeFlags {
    private DecodeFlags() {
    }

    static int of(int reduction, Optional<Integer> headerChannels, boolean keepAlpha) {
        boolean gray = headerChannels.map(c -> c == 1).orElse(false);
        switch (reduction) {
            case 2:
                return gray ? Imgcodecs.IMREAD_REDUCED_GRAYSCALE_2 : Imgcodecs.IMREAD_REDUCED_COLOR_2;
            case 4:
                return gray ? Imgcodecs.IMREAD_REDUCED_GRAYSCALE_4 : Imgcodecs.IMREAD_REDUCED_COLOR_4;
            case 8:
                return gray ? Imgcodecs.IMREAD_REDUCED_GRAYSCALE_8 : Imgcodecs.IMREAD_REDUCED_COLOR_8;
            default:
                // IMREAD_UNCHANGED keeps alpha but skips EXIF orientation; only images that carry an
                // alpha channel (PNG, WebP, where EXIF orientation is practically unused) take it.
                return keepAlpha ? Imgcodecs.IMREAD_UNCHANGED : Imgcodecs.IMREAD_ANYCOLOR | Imgcodecs.IMREAD_ANYDEPTH;
        }
    }
}
