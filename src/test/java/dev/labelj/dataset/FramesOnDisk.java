package dev.labelj.dataset;

import dev.labelj.assist.MovingFrames;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** A generated video written as PNG frames into a folder, with VOC annotations beside them. */
final class FramesOnDisk {
    final MovingFrames video;
    final List<Path> files = new ArrayList<>();
    final AnnotationStore store;

    FramesOnDisk(Path folder, MovingFrames video) throws IOException {
        this.video = video;
        Files.createDirectories(folder);
        for (int i = 0; i < video.frames.size(); i++) {
            files.add(write(folder.resolve(String.format("frame_%03d.png", i)), video.frames.get(i)));
        }
        store = new AnnotationStore(AnnotationLocator.nextToImages(folder), Formats.VOC, FormatOptions.DEFAULT);
    }

    static Path write(Path file, BufferedImage picture) throws IOException {
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    void annotate(int frame, Box... boxes) throws Exception {
        BufferedImage picture = video.frames.get(frame);
        store.write(ImageAnnotation.of(files.get(frame), new ImageSize(picture.getWidth(), picture.getHeight(), 3),
                List.of(boxes)));
    }

    List<Box> boxes(int frame) throws Exception {
        BufferedImage picture = video.frames.get(frame);
        return store.read(files.get(frame), new ImageSize(picture.getWidth(), picture.getHeight(), 3))
                .map(StoredAnnotation::read).map(read -> read.annotation().boxes()).orElse(List.of());
    }
}
