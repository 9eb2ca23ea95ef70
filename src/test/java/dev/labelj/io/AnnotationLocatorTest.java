package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/adr/0012-where-annotations-go.md: where each format keeps the annotation of an image. */
class AnnotationLocatorTest {
    @TempDir
    Path dir;

    @Test
    void saveDirKeepsThePathRelativeToTheImageDirSoSubfoldersDoNotCollide() {
        Path images = dir.resolve("photos");
        AnnotationLocator locator = AnnotationLocator.inSaveDir(images, dir.resolve("ann"));
        assertThat(locator.locate(images.resolve("a.jpg"), Formats.VOC)).isEqualTo(dir.resolve("ann/a.xml"));
        assertThat(locator.locate(images.resolve("day1/a.jpg"), Formats.VOC)).isEqualTo(dir.resolve("ann/day1/a.xml"));
        assertThat(locator.locate(images.resolve("day2/a.jpg"), Formats.YOLO)).isEqualTo(dir.resolve("ann/day2/a.txt"));
        assertThat(locator.locate(images.resolve("images/a.jpg"), Formats.YOLO))
                .as("an explicit save dir is never remapped").isEqualTo(dir.resolve("ann/images/a.txt"));
    }

    @Test
    void withoutSaveDirNextToTheImageExceptYoloImagesGoToTheSiblingLabelsFolder() {
        Path images = dir.resolve("set/images");
        AnnotationLocator locator = AnnotationLocator.nextToImages(images);
        Path image = images.resolve("train/猫 1.JPG");
        assertThat(locator.locate(image, Formats.VOC)).isEqualTo(images.resolve("train/猫 1.xml"));
        assertThat(locator.locate(image, Formats.CREATE_ML)).isEqualTo(images.resolve("train/猫 1.json"));
        assertThat(locator.locate(image, Formats.YOLO)).isEqualTo(dir.resolve("set/labels/train/猫 1.txt"));
        Path flat = dir.resolve("pics/b.png");
        assertThat(AnnotationLocator.nextToImages(dir.resolve("pics")).locate(flat, Formats.YOLO))
                .isEqualTo(dir.resolve("pics/b.txt"));
    }

    @Test
    void findFollowsLabelImgsLookupOrder() throws Exception {
        Path image = dir.resolve("a.jpg");
        AnnotationLocator locator = AnnotationLocator.nextToImages(dir);
        assertThat(locator.find(image)).isEmpty();
        Files.writeString(dir.resolve("a.json"), "[]");
        assertThat(locator.find(image).orElseThrow().format()).isSameAs(Formats.CREATE_ML);
        Files.writeString(dir.resolve("a.txt"), "");
        assertThat(locator.find(image).orElseThrow().format()).isSameAs(Formats.YOLO);
        Files.writeString(dir.resolve("a.xml"), "<annotation/>");
        assertThat(locator.find(image).orElseThrow().file()).isEqualTo(dir.resolve("a.xml"));
    }

    @Test
    void formatsAreListedOnceAndFoundByIdIgnoringCase() {
        assertThat(Formats.ids()).containsExactly("voc", "yolo", "createml");
        assertThat(Formats.byId(" YOLO ")).containsSame(Formats.YOLO);
        assertThat(Formats.byId("coco")).isEmpty();
        assertThat(Formats.all()).extracting(AnnotationFormat::extension).containsExactly("xml", "txt", "json");
    }
}
