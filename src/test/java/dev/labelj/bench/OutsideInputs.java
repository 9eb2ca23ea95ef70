package dev.labelj.bench;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The outside benchmark's data, laid out as labelImg is started on it ({@code IMAGE_DIR CLASS_FILE SAVE_DIR}, the
 * annotations in the image folder's parent, where labelImg looks on a first launch):
 * {@code start1k|start10k|start100k/images} (copies of one magenta 640x480 picture, so the first image is found on
 * the screen by its colour), {@code large16/images/photo_01..16.jpg} (4000x3000, each with a 600x600 square of its
 * own colour at the centre, so one screen pixel tells which photo is shown) with {@code large16/photo_NN.xml}
 * (10 boxes each, none near the square), {@code save3/images} (the first three photos) and {@code classes.txt}.
 */
final class OutsideInputs {
    /** The colours outside.py knows the photos by, in order. */
    private static final int[][] ID_COLOURS = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {255, 255, 0}, {255, 0, 255},
        {0, 255, 255}, {255, 85, 0}, {255, 170, 0}, {85, 255, 0}, {170, 255, 0}, {0, 255, 85}, {0, 255, 170},
        {0, 85, 255}, {0, 170, 255}, {85, 0, 255}, {170, 0, 255}};
    private static final List<String> CLASSES = List.of("person", "car", "dog", "cat", "bicycle", "bus", "tree",
            "sign");
    private static final int PATCH = 600;
    /** ext4 allows 65,000 links to one file: a new copy of the picture every 50,000. */
    private static final int LINKS_PER_COPY = 50_000;

    private OutsideInputs() {
    }

    /** Makes the data in {@code data}, unless an earlier run finished making it there. */
    static Path make(Path data, Path photo) throws IOException, AnnotationIoException {
        Path ready = data.resolve("ready");
        if (Files.exists(ready)) {
            return data;
        }
        Files.createDirectories(data);
        Files.write(data.resolve("classes.txt"), CLASSES);
        Path small = BenchInputs.jpeg(magenta(640, 480), data.resolve("small.jpg"));
        for (int count : new int[] {1_000, 10_000, 100_000}) {
            links(data, small, Files.createDirectories(data.resolve("start" + count / 1000 + "k/images")), count);
        }
        Path large = Files.createDirectories(data.resolve("large16/images"));
        Path save = Files.createDirectories(data.resolve("save3/images"));
        BufferedImage base = ImageIO.read(photo.toFile());
        for (int i = 1; i <= ID_COLOURS.length; i++) {
            Path file = BenchInputs.jpeg(withPatch(base, ID_COLOURS[i - 1]), large.resolve(String.format("photo_%02d.jpg", i)));
            if (i <= 3) {
                Files.createLink(save.resolve(file.getFileName()), file);
            }
        }
        annotations(large, data.resolve("large16"));
        Files.createFile(ready);
        System.out.println("outside inputs in " + data);
        return data;
    }

    private static BufferedImage magenta(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(5);
        for (int i = 0; i < bgr.length; i += 3) {
            int grain = (int) (random.nextGaussian() * 6);
            bgr[i] = (byte) (225 + Math.min(30, grain));
            bgr[i + 1] = (byte) Math.max(0, 30 + grain);
            bgr[i + 2] = (byte) (225 + Math.min(30, grain));
        }
        return image;
    }

    private static BufferedImage withPatch(BufferedImage base, int[] rgb) {
        BufferedImage copy = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = copy.createGraphics();
        g.drawImage(base, 0, 0, null);
        g.setColor(new Color(rgb[0], rgb[1], rgb[2]));
        g.fillRect((base.getWidth() - PATCH) / 2, (base.getHeight() - PATCH) / 2, PATCH, PATCH);
        g.dispose();
        return copy;
    }

    private static void links(Path data, Path picture, Path folder, int count) throws IOException {
        Path source = picture;
        for (int i = 1; i <= count; i++) {
            if ((i - 1) % LINKS_PER_COPY == 0) {
                source = Files.copy(picture, data.resolve("small-" + folder.getParent().getFileName() + "-" + i + ".jpg"));
            }
            Files.createLink(folder.resolve(String.format("img_%06d.jpg", i)), source);
        }
    }

    /** 10 boxes per photo, none within 800 px of the centre (the colour square), in labelImg's VOC. */
    private static void annotations(Path images, Path saveDir) throws IOException, AnnotationIoException {
        AnnotationStore store = new AnnotationStore(AnnotationLocator.inSaveDir(images, saveDir), Formats.VOC,
                FormatOptions.DEFAULT);
        Random random = new Random(7);
        try (var files = Files.list(images)) {
            for (Path image : files.sorted().toList()) {
                List<Box> boxes = new ArrayList<>();
                while (boxes.size() < 10) {
                    int w = 150 + random.nextInt(1000);
                    int h = 150 + random.nextInt(800);
                    int x = 1 + random.nextInt(4000 - w - 2);
                    int y = 1 + random.nextInt(3000 - h - 2);
                    boolean nearCentre = x < 2800 && x + w > 1200 && y < 2300 && y + h > 700;
                    if (!nearCentre) {
                        boxes.add(Box.of(CLASSES.get(random.nextInt(CLASSES.size())), x, y, x + w, y + h));
                    }
                }
                store.write(ImageAnnotation.of(image, new ImageSize(4000, 3000, 3), boxes));
            }
        }
    }
}
