package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.Fixtures;
import dev.labelj.io.Formats;
import dev.labelj.model.ClassList;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class id a conversion writes to YOLO is below the number of names in the classes.txt beside it
 * (YOLOv5 stops on "Label class 7 exceeds nc=2"), and ids read from a YOLO source keep their numbers.
 */
class YoloIdsTest {
    @TempDir
    Path dir;

    private Path imagesFor(Path labels) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        try (var files = Files.list(labels)) {
            for (Path txt : files.filter(f -> !f.getFileName().toString().equals("classes.txt")).toList()) {
                String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR), "png",
                        images.resolve(stem + ".png").toFile());
            }
        }
        return images;
    }

    private static void assertIdsBelowNames(Path yoloFolder) throws Exception {
        int names = Files.readAllLines(yoloFolder.resolve("classes.txt")).size();
        try (var files = Files.list(yoloFolder)) {
            for (Path txt : files.filter(f -> !f.getFileName().toString().equals("classes.txt")).toList()) {
                for (String line : Files.readAllLines(txt)) {
                    assertThat(Integer.parseInt(line.split(" ")[0])).as(txt + ": " + line).isLessThan(names);
                }
            }
        }
    }

    @Test
    void yoloToYoloKeepsEveryIdAndTheWholeClassList() throws Exception {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("classes.txt"), "dog\ncat\n");
        Files.writeString(labels.resolve("a.txt"), "1 0.500000 0.500000 0.250000 0.250000\n");
        Path images = imagesFor(labels);
        Path out = dir.resolve("out");
        ConvertReport report = FormatConverter.convert(new ConvertRequest(Formats.YOLO, Formats.YOLO, images,
                Optional.of(labels), out, ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(report.converted()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("classes.txt"))).isEqualTo("dog\ncat\n");
        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("1 0.500000 0.500000 0.250000 0.250000\n");
    }

    @Test
    void idsPastTheNamesSurviveYoloToVocToYoloAndTheClassListCoversThem() throws Exception {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        for (String name : List.of("classes.txt", "hotstarhome.txt", "Screenshot (78).txt")) {
            Files.copy(Fixtures.annotation("yolo/ids-beyond-classes/" + name), labels.resolve(name));
        }
        Path images = imagesFor(labels);
        ConvertReport toVoc = FormatConverter.convert(new ConvertRequest(Formats.YOLO, Formats.VOC, images,
                Optional.of(labels), dir.resolve("voc"), ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(toVoc.converted()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("voc/hotstarhome.xml"))).contains("<name>class_15</name>");

        Path yolo = dir.resolve("yolo");
        ConvertReport back = FormatConverter.convert(new ConvertRequest(Formats.VOC, Formats.YOLO, images,
                Optional.of(dir.resolve("voc")), yolo, ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(back.converted()).isEqualTo(2);
        assertThat(Files.readAllLines(yolo.resolve("hotstarhome.txt"))).allSatisfy(l -> assertThat(l).startsWith("15 "));
        assertIdsBelowNames(yolo);

        Path direct = dir.resolve("direct");
        FormatConverter.convert(new ConvertRequest(Formats.YOLO, Formats.YOLO, images, Optional.of(labels), direct,
                ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(Files.readAllLines(direct.resolve("classes.txt"))).hasSize(16).startsWith("button");
        assertThat(Files.readAllLines(direct.resolve("hotstarhome.txt"))).allSatisfy(l -> assertThat(l).startsWith("15 "));
        assertIdsBelowNames(direct);
    }
}
