package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderTest {
    @Test
    void scansRecursivelyCaseInsensitivelyInNaturalOrderSkippingHiddenFolders(@TempDir Path root) throws Exception {
        for (String name : new String[] {"img10.JPG", "img2.png", "notes.txt", "sub/img1.jpeg", ".git/x.jpg",
                "img1.Webp"}) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0]);
        }
        assertThat(ImageFolder.scan(root)).extracting(p -> root.relativize(p).toString().replace('\\', '/'))
                .containsExactly("img1.Webp", "img2.png", "img10.JPG", "sub/img1.jpeg");
    }

    @Test
    void decodesTheSampleImagesWithTheirRealSizeAndDepth() throws Exception {
        DecodedImage gray = ImageLoader.load(Path.of("data/images/cameraman.png"));
        assertThat(gray.width()).isEqualTo(512);
        assertThat(gray.depth()).isEqualTo(1);
        DecodedImage colour = ImageLoader.load(Path.of("data/images/cat.jpg"));
        assertThat(colour.width()).isEqualTo(451);
        assertThat(colour.height()).isEqualTo(300);
        assertThat(colour.depth()).isEqualTo(3);
    }

    @Test
    void reportsProgressWhileScanningAndCanBeCancelled(@TempDir Path root) throws Exception {
        for (int i = 0; i < 2500; i++) {
            Files.write(root.resolve("img" + i + ".jpg"), new byte[0]);
        }
        List<Integer> progress = new ArrayList<>();
        List<Path> found = ImageFolder.scan(root, progress::add, () -> false);
        assertThat(found).hasSize(2500);
        assertThat(found.get(9)).isEqualTo(root.resolve("img9.jpg"));
        assertThat(found.get(10)).isEqualTo(root.resolve("img10.jpg"));
        assertThat(progress).containsExactly(1000, 2000);
        assertThatThrownBy(() -> ImageFolder.scan(root, n -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aRescanNoticesAddedAndRemovedFiles(@TempDir Path root) throws Exception {
        for (String name : new String[] {"a1.jpg", "a2.jpg", "a3.jpg"}) {
            Files.write(root.resolve(name), new byte[0]);
        }
        List<Path> before = ImageFolder.scan(root);
        Files.delete(root.resolve("a2.jpg"));
        Files.createDirectories(root.resolve("new"));
        Files.write(root.resolve("new/b.png"), new byte[0]);
        List<Path> after = ImageFolder.scan(root);
        ImageFolder.Changes changes = ImageFolder.changes(before, after);
        assertThat(changes.added()).containsExactly(root.resolve("new/b.png"));
        assertThat(changes.removed()).containsExactly(root.resolve("a2.jpg"));
        assertThat(ImageFolder.changes(after, ImageFolder.scan(root)).isEmpty()).isTrue();
    }

    @Test
    void aMissingFolderIsAnErrorNamingIt(@TempDir Path root) {
        Path missing = root.resolve("nope");
        assertThatThrownBy(() -> ImageFolder.scan(missing)).hasMessageContaining(missing.toString());
    }
}
