package dev.labelj.assist;

/**
 * Where an image lands in the model's input, and the way back (docs/adr/0121-letterbox-and-decoding.md).
 * Letterboxed as Ultralytics does for its ONNX exports: scaled by one gain to fit, rounded to whole pixels,
 * centred, the rest padded; or stretched to the whole input (RT-DETR). Python's rounding (half to even) is
 * used where Ultralytics rounds, so the same image gives the same input tensor.
 *
 * @param imageWidth    the oriented image's width in pixels
 * @param imageHeight   its height
 * @param resizedWidth  the width the picture is resized to inside the input
 * @param resizedHeight its height
 * @param padLeft       input pixels of padding left of the picture
 * @param padTop        input pixels of padding above it
 * @param inputWidth    the model's input width
 * @param inputHeight   the model's input height
 */
public record Letterbox(int imageWidth, int imageHeight, int resizedWidth, int resizedHeight, int padLeft,
                        int padTop, int inputWidth, int inputHeight) {
    /** The grey Ultralytics pads with, on each channel. */
    public static final int PAD_VALUE = 114;

    public static Letterbox centred(int imageWidth, int imageHeight, int inputWidth, int inputHeight) {
        requirePositive(imageWidth, imageHeight, inputWidth, inputHeight);
        double gain = Math.min((double) inputHeight / imageHeight, (double) inputWidth / imageWidth);
        // at least one pixel: a 1 x 64 strip would round to nothing, and nothing cannot be resized or mapped back
        int resizedWidth = Math.max(1, (int) Math.rint(imageWidth * gain));
        int resizedHeight = Math.max(1, (int) Math.rint(imageHeight * gain));
        double halfPadX = (inputWidth - resizedWidth) / 2.0;
        double halfPadY = (inputHeight - resizedHeight) / 2.0;
        // Ultralytics: top = round(dh - 0.1), so an odd padding puts the extra pixel below and right
        int padLeft = (int) Math.rint(halfPadX - 0.1);
        int padTop = (int) Math.rint(halfPadY - 0.1);
        return new Letterbox(imageWidth, imageHeight, resizedWidth, resizedHeight, padLeft, padTop, inputWidth,
                inputHeight);
    }

    public static Letterbox stretched(int imageWidth, int imageHeight, int inputWidth, int inputHeight) {
        requirePositive(imageWidth, imageHeight, inputWidth, inputHeight);
        return new Letterbox(imageWidth, imageHeight, inputWidth, inputHeight, 0, 0, inputWidth, inputHeight);
    }

    public int padRight() {
        return inputWidth - resizedWidth - padLeft;
    }

    public int padBottom() {
        return inputHeight - resizedHeight - padTop;
    }

    /** Input x of image x. */
    public double toInputX(double imageX) {
        return imageX * resizedWidth / imageWidth + padLeft;
    }

    /** Input y of image y. */
    public double toInputY(double imageY) {
        return imageY * resizedHeight / imageHeight + padTop;
    }

    /** Image x of input x, clipped to the image: a box partly in the padding ends at the picture's edge. */
    public double toImageX(double inputX) {
        return clip((inputX - padLeft) * imageWidth / resizedWidth, imageWidth);
    }

    /** Image y of input y, clipped to the image. */
    public double toImageY(double inputY) {
        return clip((inputY - padTop) * imageHeight / resizedHeight, imageHeight);
    }

    private static double clip(double value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }

    private static void requirePositive(int... sizes) {
        for (int size : sizes) {
            if (size <= 0) {
                throw new IllegalArgumentException("image and input sizes must be positive");
            }
        }
    }
}
