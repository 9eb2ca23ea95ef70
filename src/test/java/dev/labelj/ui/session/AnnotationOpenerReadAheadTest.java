package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.TestJpegs;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import dev.labelj.ui.browse.BrowseListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annotations read ahead with a neighbour's pixels: the next image opens with its boxes in the same call (one
 * paint), and a read made ahead is not used once a save, another save dir or another image size makes it stale.
 * Reads run at once here (a direct executor), so what each call does is seen when it returns.
 */
class AnnotationOpenerReadAheadTest {
    @TempDir
    Path temp;
    private final List<Integer> shown = new ArrayList<>();
    private final AtomicReference<SessionFiles> files = new AtomicReference<>();
    private AnnotationDocument document;
    private AnnotationOpener opener;

    private Path image(String name) throws Exception {
        Files.createDirectories(temp.resolve("images"));
        return TestJpegs.uniformGray(temp.resolve("images").resolve(name), 200, 100);
    }

    private void writeBoxes(Path saveDir, Path image, int count) throws Exception {
        AnnotationStore store = new AnnotationStore(AnnotationLocator.inSaveDir(temp.resolve("images"), saveDir),
                Formats.VOC, FormatOptions.DEFAULT);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boxes.add(Box.of("cat", 10 + i, 10, 50 + i, 40));
        }
        store.write(ImageAnnotation.of(image, new ImageSize(200, 100, 1), boxes));
    }

    private void start(Path saveDir) throws Exception {
        files.set(new SessionFiles(temp.resolve("images"), Optional.of(saveDir), "voc", Optional.empty()));
        SwingUtilities.invokeAndWait(() -> {
            document = new AnnotationDocument();
            opener = new AnnotationOpener(new BrowseListener() {
                @Override
                public void imageShown(int index, DecodedImage image) {
                    shown.add(index);
                }
            }, document, files::get, Runnable::run);
        });
    }

    /** Navigation to {@code image} at {@code index}: what the pipeline does when its pixels are there. */
    private int boxesWhenShown(int index, DecodedImage image) throws Exception {
        int[] boxes = {-1};
        SwingUtilities.invokeAndWait(() -> {
            opener.forget();
            opener.imageShown(index, image);
            assertThat(shown).as("shown in the same call, with its boxes").endsWith(index);
            boxes[0] = document.current().boxes().size();
        });
        return boxes[0];
    }

    @Test
    void aNeighbourReadAheadOpensWithItsBoxesAndASaveMakesItBeReadAgain() throws Exception {
        Path saveDir = temp.resolve("voc");
        Path a = image("a.jpg");
        Path b = image("b.jpg");
        writeBoxes(saveDir, a, 1);
        writeBoxes(saveDir, b, 2);
        start(saveDir);
        DecodedImage pixelsA = ImageLoader.loadToFit(a, 200, 100);
        DecodedImage pixelsB = ImageLoader.loadToFit(b, 200, 100);
        assertThat(boxesWhenShown(0, pixelsA)).isEqualTo(1);

        SwingUtilities.invokeAndWait(() -> opener.decodedAhead(pixelsB));
        writeBoxes(saveDir, b, 3); // as another program would, after the read ahead
        assertThat(boxesWhenShown(1, pixelsB)).as("the read made ahead is what opens").isEqualTo(2);

        SwingUtilities.invokeAndWait(() -> opener.decodedAhead(pixelsA));
        writeBoxes(saveDir, a, 4);
        SwingUtilities.invokeAndWait(() -> document.markSaved(document.current()));
        assertThat(boxesWhenShown(0, pixelsA)).as("any save drops what was read before it").isEqualTo(4);
    }

    @Test
    void aReadAheadCountsOnlyForTheSaveDirAndSizeItWasMadeWith() throws Exception {
        Path saveDir = temp.resolve("voc");
        Path other = temp.resolve("other");
        Path a = image("a.jpg");
        writeBoxes(saveDir, a, 1);
        writeBoxes(other, a, 5);
        start(saveDir);
        DecodedImage pixels = ImageLoader.loadToFit(a, 200, 100);
        SwingUtilities.invokeAndWait(() -> opener.decodedAhead(pixels));
        files.set(new SessionFiles(temp.resolve("images"), Optional.of(other), "voc", Optional.empty()));
        assertThat(boxesWhenShown(0, pixels)).as("Change Save Dir: read from the new place").isEqualTo(5);

        AnnotationReads reads = new AnnotationReads(Runnable::run);
        reads.readAhead(files.get(), a, new ImageSize(200, 100, 1));
        assertThat(reads.find(files.get(), a, new ImageSize(200, 100, 1))).isPresent();
        assertThat(reads.find(files.get(), a, new ImageSize(100, 200, 1))).as("another size").isEmpty();
        for (int i = 0; i < AnnotationReads.LIMIT + 3; i++) {
            reads.readAhead(files.get(), temp.resolve("missing" + i + ".jpg"), new ImageSize(1, 1, 1));
        }
        assertThat(reads.size()).isEqualTo(AnnotationReads.LIMIT);
        assertThat(reads.find(files.get(), a, new ImageSize(200, 100, 1))).as("the oldest went").isEmpty();
    }
}
