package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
