package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.labelj.io.AnnotationLocator;
import dev.labelj.ui.session.ImageRemoval.Removal;
import dev.labelj.ui.session.ImageRemoval.RemovalException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delete Image's moves on real files: all files go into .deleted and come back whole, or none moves. */
class ImageRemovalTest {
    @TempDir
    Path temp;

    private Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void movesTheImageAndEachOwnAnnotationIntoDeletedAndBack() throws Exception {
        Path images = temp.resolve("photos");
        Path saveDir = temp.resolve("labels-out");
        Path image = write(images.resolve("cat.jpg"), "pixels");
        Path voc = write(saveDir.resolve("cat.xml"), "<annotation/>");
        Path yolo = write(saveDir.resolve("cat.txt"), "0 0.5 0.5 0.1 0.1");
        Path other = write(saveDir.resolve("dog.xml"), "<annotation/>");

        List<Path> files = ImageRemoval.filesOf(image, AnnotationLocator.inSaveDir(images, saveDir));
        assertThat(files).containsExactly(image, voc, yolo);

        Removal removal = ImageRemoval.remove(files);
        assertThat(image).doesNotExist();
        assertThat(voc).doesNotExist();
        assertThat(yolo).doesNotExist();
        assertThat(images.resolve(".deleted/cat.jpg")).hasContent("pixels");
        assertThat(saveDir.resolve(".deleted/cat.xml")).hasContent("<annotation/>");
        assertThat(other).exists();

        ImageRemoval.restore(removal);
        assertThat(image).hasContent("pixels");
        assertThat(voc).hasContent("<annotation/>");
        assertThat(yolo).hasContent("0 0.5 0.5 0.1 0.1");
        assertThat(images.resolve(".deleted")).as("emptied .deleted folders go").doesNotExist();
    }

    @Test
    void anAnnotationAnotherImageOfTheSameStemSharesStaysWhenOneImageIsDeleted() throws Exception {
        Path images = Files.createDirectories(temp.resolve("images"));
        Path jpg = Files.writeString(images.resolve("a.jpg"), "jpeg");
        Files.writeString(images.resolve("a.png"), "png");
        Files.writeString(images.resolve("a.xml"), "<annotation/>");

        List<Path> files = ImageRemoval.filesOf(jpg, AnnotationLocator.nextToImages(images));

        assertThat(files).containsExactly(jpg.toAbsolutePath().normalize());
    }

    @Test
    void aFailedAnnotationMovePutsTheImageBackAndNamesTheFile() throws Exception {
        Path images = temp.resolve("photos");
        Path image = write(images.resolve("cat.jpg"), "pixels");
        Path saveDir = temp.resolve("out");
        Path voc = write(saveDir.resolve("cat.xml"), "<annotation/>");
        // a plain file where the save dir's .deleted folder would go: that move cannot be made
        write(saveDir.resolve(".deleted"), "not a folder");

        List<Path> files = ImageRemoval.filesOf(image, AnnotationLocator.inSaveDir(images, saveDir));
        assertThatThrownBy(() -> ImageRemoval.remove(files))
                .isInstanceOfSatisfying(RemovalException.class, e -> {
                    assertThat(e.file()).isEqualTo(voc);
                    assertThat(e.getMessage()).contains("cat.xml");
                });
        assertThat(image).hasContent("pixels");
        assertThat(voc).hasContent("<annotation/>");
        assertThat(images.resolve(".deleted")).doesNotExist();
    }

    @Test
    void aReadOnlyFolderSaysSoAndMovesNothing() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path images = temp.resolve("photos");
        Path image = write(images.resolve("cat.jpg"), "pixels");
        Path voc = write(images.resolve("cat.xml"), "<annotation/>");
        Files.setPosixFilePermissions(images, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            List<Path> files = ImageRemoval.filesOf(image, AnnotationLocator.nextToImages(images));
            assertThatThrownBy(() -> ImageRemoval.remove(files))
                    .isInstanceOfSatisfying(RemovalException.class, e -> {
                        assertThat(e.file()).isEqualTo(image);
                        assertThat(e.reason()).contains("permission denied");
                    });
            assertThat(image).hasContent("pixels");
            assertThat(voc).hasContent("<annotation/>");
        } finally {
            Files.setPosixFilePermissions(images, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void undoNeverOverwritesAFileMadeSinceAndKeepsTheDeletedCopy() throws Exception {
        Path images = temp.resolve("photos");
        Path image = write(images.resolve("cat.jpg"), "old pixels");
        Removal removal = ImageRemoval.remove(ImageRemoval.filesOf(image, AnnotationLocator.nextToImages(images)));
        write(image, "new pixels");

        assertThatThrownBy(() -> ImageRemoval.restore(removal))
                .isInstanceOfSatisfying(RemovalException.class, e -> assertThat(e.file()).isEqualTo(image));
        assertThat(image).hasContent("new pixels");
        assertThat(images.resolve(".deleted/cat.jpg")).hasContent("old pixels");
    }

    @Test
    void aSecondDeleteOfTheSameNameNeverOverwritesTheFirst() throws Exception {
        Path images = temp.resolve("photos");
        Path image = write(images.resolve("cat.jpg"), "first");
        ImageRemoval.remove(ImageRemoval.filesOf(image, AnnotationLocator.nextToImages(images)));
        write(image, "second");

        assertThatThrownBy(() -> ImageRemoval.remove(ImageRemoval.filesOf(image,
                AnnotationLocator.nextToImages(images)))).isInstanceOf(RemovalException.class);
        assertThat(image).hasContent("second");
        assertThat(images.resolve(".deleted/cat.jpg")).hasContent("first");
    }
}
