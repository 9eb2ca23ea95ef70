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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first image's annotation read at start-up, before the window asks for it: the window then shows the image with
 * its boxes in the same call (one paint). The reader here runs only when the test says, as a busy reader thread would.
 */
class EarlyReadTest {
    @TempDir
    Path temp;
    private final List<Integer> shown = new ArrayList<>();
    private final Deque<Runnable> reader = new ArrayDeque<>();
    private final AtomicReference<SessionFiles> files = new AtomicReference<>();
    private AnnotationDocument document;
    private AnnotationOpener opener;
    private Path image;
    private DecodedImage pixels;

    private void setUp(int boxes) throws Exception {
        Path images = Files.createDirectories(temp.resolve("images"));
        image = TestJpegs.uniformGray(images.resolve("a.jpg"), 200, 100);
        Path saveDir = temp.resolve("voc");
        List<Box> list = new ArrayList<>();
        for (int i = 0; i < boxes; i++) {
            list.add(Box.of("cat", 10 + i, 10, 50 + i, 40));
        }
        new AnnotationStore(AnnotationLocator.inSaveDir(images, saveDir), Formats.VOC, FormatOptions.DEFAULT)
                .write(ImageAnnotation.of(image, new ImageSize(200, 100, 1), list));
        files.set(new SessionFiles(images, Optional.of(saveDir), "voc", Optional.empty()));
        pixels = ImageLoader.loadToFit(image, 200, 100);
        SwingUtilities.invokeAndWait(() -> {
            document = new AnnotationDocument();
            opener = new AnnotationOpener(new BrowseListener() {
                @Override
                public void imageShown(int index, DecodedImage decoded) {
                    shown.add(index);
                }
            }, document, files::get, reader::add);
        });
    }

    private void runReader() {
        while (!reader.isEmpty()) {
            reader.poll().run();
        }
    }

    private void showFirst() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            opener.forget();
            opener.imageShown(0, pixels);
        });
    }

    @Test
    void theFirstImageOpensWithItsBoxesInTheCallThatShowsIt() throws Exception {
        setUp(2);
        opener.readEarly(files.get(), StemSharing.NONE, image, CompletableFuture.completedFuture(pixels));
        runReader();

        showFirst();

        assertThat(shown).containsExactly(0);
        assertThat(document.current().boxes()).hasSize(2);
        assertThat(reader).as("no second read").isEmpty();
    }

    @Test
    void anEarlyReadForOtherFilesIsNotUsed() throws Exception {
        setUp(2);
        SessionFiles other = new SessionFiles(temp.resolve("images"), Optional.of(temp.resolve("yolo")), "yolo",
                Optional.empty());
        opener.readEarly(other, StemSharing.NONE, image, CompletableFuture.completedFuture(pixels));
        runReader();

        showFirst();
        assertThat(shown).as("waits for a read of the files the window uses").isEmpty();
        runReader();
        SwingUtilities.invokeAndWait(() -> { });

        assertThat(shown).containsExactly(0);
        assertThat(document.current().boxes()).hasSize(2);
    }

    @Test
    void anEarlyReadStillUnderWayIsLeftForTheUsualOne() throws Exception {
        setUp(1);
        opener.readEarly(files.get(), StemSharing.NONE, image, CompletableFuture.completedFuture(pixels));

        showFirst();
        runReader();
        SwingUtilities.invokeAndWait(() -> { });

        assertThat(shown).containsExactly(0);
        assertThat(document.current().boxes()).hasSize(1);
    }

    @Test
    void sharingAroundOneImageIsWhatTheWholeFolderSays() {
        Path folder = temp.toAbsolutePath();
        List<Path> images = List.of(folder.resolve("a.jpg"), folder.resolve("a.png"), folder.resolve("ab.jpg"),
                folder.resolve("b.jpg"), folder.resolve("sub/a.jpg"));
        StemSharing whole = StemSharing.of(images);
        for (Path one : images) {
            assertThat(StemSharing.around(one, images).othersOf(one)).as(one.toString())
                    .isEqualTo(whole.othersOf(one));
        }
    }
}
