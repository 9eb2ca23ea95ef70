package dev.labelj.bench;

import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Benchmark inputs, generated at run time into a temporary folder. */
final class BenchInputs {
    private BenchInputs() {
    }

    /**
     * A photo-like 4000x3000 JPEG (quality 90): a sample photo scaled up, with sensor-like noise so
     * it compresses like a real 12-megapixel camera picture (about 3-5 MB), not like a flat test card.
     */
    static Path photo(Path file, Path source) throws IOException {
        return photo(file, source, 4000, 3000);
    }

    /** As {@link #photo(Path, Path)}, {@code width} x {@code height}. */
    static Path photo(Path file, Path source, int width, int height) throws IOException {
        BufferedImage small = ImageIO.read(source.toFile());
        BufferedImage big = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(small, 0, 0, width, height, null);
        g.dispose();
        byte[] pixels = ((DataBufferByte) big.getRaster().getDataBuffer()).getData();
        Random random = new Random(42);
        for (int i = 0; i < pixels.length; i++) {
            int v = (pixels[i] & 0xFF) + (int) (random.nextGaussian() * 6);
            pixels[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return jpeg(big, file);
    }

    /** Writes {@code image} as a JPEG of quality 90. */
    static Path jpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** {@code count} copies of {@code original} in {@code folder} (hard links where possible). */
    static Path folderOf(Path folder, Path original, int count, String prefix) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= count; i++) {
            Path link = folder.resolve(prefix + i + ".jpg");
            try {
                Files.createLink(link, original);
            } catch (IOException | UnsupportedOperationException e) {
                // a file system without hard links (or across devices): a plain copy serves as well
                Files.copy(original, link);
            }
        }
        return folder;
    }

    /** {@code count} empty files with image names: scanning never opens them. */
    static Path emptyImages(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Path sub = folder.resolve("batch" + (i / 10_000));
            if (i % 10_000 == 0) {
                Files.createDirectories(sub);
            }
            Files.createFile(sub.resolve("img" + i + ".jpg"));
        }
        return folder;
    }

    /**
     * A Pascal VOC file with {@code boxesEach} boxes for every 4000x3000 image of {@code folder}, written into
     * {@code saveDir} by the app's own VOC codec (as labelImg would have left them).
     */
    static Path vocAnnotations(Path folder, Path saveDir, int boxesEach) throws IOException, AnnotationIoException {
        Files.createDirectories(saveDir);
        AnnotationStore store = new AnnotationStore(AnnotationLocator.inSaveDir(folder, saveDir), Formats.VOC,
                FormatOptions.DEFAULT);
        Random random = new Random(11);
        List<Path> images;
        try (Stream<Path> files = Files.list(folder)) {
            images = files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList();
        }
        for (Path image : images) {
            store.write(ImageAnnotation.of(image, new ImageSize(4000, 3000, 3), boxes(random, boxesEach, 4000, 3000)));
        }
        return saveDir;
    }

    /** {@code count} boxes of 20..400 px sides at random places in a {@code width x height} image. */
    static List<Box> boxes(Random random, int count, int width, int height) {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double w = 20 + random.nextInt(380);
            double h = 20 + random.nextInt(380);
            double x = random.nextDouble() * (width - w);
            double y = random.nextDouble() * (height - h);
            boxes.add(Box.of("class_" + random.nextInt(20), x, y, x + w, y + h));
        }
        return boxes;
    }
}
