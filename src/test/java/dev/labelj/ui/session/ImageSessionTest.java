package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.FitSize;
import dev.labelj.image.ImageCache;
import dev.labelj.image.TestJpegs;
import dev.labelj.ui.browse.BrowseListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session without a window: events arrive on the EDT in the order the window would see them. */
class ImageSessionTest {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<DecodedImage> shown = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> decodedAhead = new LinkedBlockingQueue<>();
    private ImageSession browser;

    private void start() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            browser = new ImageSession(new LaunchPlan(Optional.empty(), Optional.empty(), Optional.empty(), "voc", false),
                    new dev.labelj.document.AnnotationDocument());
            browser.addListener(new BrowseListener() {
                @Override
                public void imagesChanged(Path root, List<Path> images) {
                    events.add("images " + images.stream().map(p -> p.getFileName().toString()).toList());
                }

                @Override
                public void loading(int index, Path image) {
                    events.add("loading " + index);
                }

                @Override
                public void imageShown(int index, DecodedImage image) {
                    shown.add(image);
                    events.add("shown " + index + " 1/" + image.reduction());
                }

                @Override
                public void notice(String text) {
                    events.add("notice " + text);
                }

                @Override
                public void decodedAhead(DecodedImage image) {
                    decodedAhead.add(image.file().getFileName().toString());
                }

                @Override
                public void imageFailed(int index, Path image, String message) {
                    events.add("failed " + index + " " + message);
                }
            });
            browser.setViewSize(1000, 750);
        });
    }

    private String nextEvent() throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        assertThat(event).as("an event arrives").isNotNull();
        return event;
    }

    @Test
    void zoomingInPastTheFitDecodesTheFullResolution(@TempDir Path folder) throws Exception {
        TestJpegs.uniformGray(folder.resolve("b.jpg"), 4000, 3000);
        start();
        SwingUtilities.invokeAndWait(() -> browser.open(folder));
        assertThat(nextEvent()).isEqualTo("images [b.jpg]");
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).isEqualTo("shown 0 1/4");
        SwingUtilities.invokeAndWait(() -> browser.setFullDetail(true));
        assertThat(nextEvent()).isEqualTo("shown 0 1/1");
    }

    @Test
    void aColdJumpShowsACopySharpAtFitAndDecodesFullResolutionOnlyWhenTheViewOutgrowsIt(@TempDir Path folder)
            throws Exception {
        Files.copy(Path.of("data/images/cat.jpg"), folder.resolve("a.jpg"));
        Path big = TestJpegs.uniformGray(folder.resolve("b.jpg"), 4000, 3000);
        start();
        SwingUtilities.invokeAndWait(() -> browser.open(folder));
        assertThat(nextEvent()).isEqualTo("images [a.jpg, b.jpg]");
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).isEqualTo("shown 0 1/1");
        awaitIdle();
        shown.clear();
        SwingUtilities.invokeAndWait(() -> {
            browser.pipeline().cache().clear();
            browser.request(1);
        });
        assertThat(nextEvent()).isEqualTo("loading 1");
        assertThat(nextEvent()).isEqualTo("shown 1 1/4");
        DecodedImage preview = shown.take();
        assertThat(preview.displayWidth()).isEqualTo(1000);
        assertThat(preview.width()).isEqualTo(4000);
        assertThat(preview.isNative()).as("display copy off the heap").isTrue();
        assertThat(preview.fitted().getWidth()).isEqualTo(FitSize.of(4000, 3000, 1000, 750).width());
        awaitIdle();
        assertThat(events.poll(300, TimeUnit.MILLISECONDS)).as("no full-resolution decode: 1/4 is sharp at fit").isNull();
        assertThat(browser.pipeline().cache().cached(big, ImageCache.Detail.FULL)).isEmpty();

        SwingUtilities.invokeAndWait(() -> browser.setViewSize(800, 600));
        assertThat(nextEvent()).as("a smaller view gets a re-fitted copy").isEqualTo("shown 1 1/4");
        assertThat(shown.take().fitted().getWidth()).isEqualTo(FitSize.of(4000, 3000, 800, 600).width());

        SwingUtilities.invokeAndWait(() -> browser.setViewSize(3000, 2300));
        assertThat(nextEvent()).as("a view larger than the 1/4 copy gets full resolution").isEqualTo("shown 1 1/1");
        DecodedImage full = shown.take();
        assertThat(full.image().getWidth()).isEqualTo(4000);
        assertThat(full.height()).isEqualTo(3000);
        assertThat(full.isFittedFor(3000, 2300)).isTrue();
        assertThat(preview.isReleased()).as("the replaced 1/4 copy was freed").isTrue();
    }

    @Test
    void theWindowHearsOfTheNeighboursDecodedAhead(@TempDir Path folder) throws Exception {
        for (String name : List.of("a.jpg", "b.jpg", "c.jpg", "d.jpg")) {
            TestJpegs.uniformGray(folder.resolve(name), 800, 600);
        }
        start();
        SwingUtilities.invokeAndWait(() -> browser.open(folder));
        assertThat(nextEvent()).isEqualTo("images [a.jpg, b.jpg, c.jpg, d.jpg]");
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).isEqualTo("shown 0 1/1");
        SwingUtilities.invokeAndWait(() -> browser.request(1));
        assertThat(nextEvent()).isEqualTo("loading 1");
        assertThat(nextEvent()).isEqualTo("shown 1 1/1");
        List<String> heard = new java.util.ArrayList<>();
        for (int i = 0; i < 100 && !heard.containsAll(List.of("c.jpg", "d.jpg")); i++) {
            String name = decodedAhead.poll(100, TimeUnit.MILLISECONDS);
            if (name != null) {
                heard.add(name);
            }
        }
        assertThat(heard).as("the images after b.jpg, decoded ahead of a D").contains("c.jpg", "d.jpg");
    }

    private void awaitIdle() throws InterruptedException {
        for (int i = 0; i < 1000 && !browser.pipeline().cache().isIdle(); i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void aRescanKeepsTheCurrentImageAndSeesAddedAndRemovedFiles(@TempDir Path folder) throws Exception {
        for (String name : new String[] {"img1.jpg", "img2.jpg", "img3.jpg"}) {
            Files.copy(Path.of("data/images/cat-closeup.jpg"), folder.resolve(name));
        }
        start();
        SwingUtilities.invokeAndWait(() -> browser.open(folder));
        assertThat(nextEvent()).isEqualTo("images [img1.jpg, img2.jpg, img3.jpg]");
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).isEqualTo("shown 0 1/1");
        SwingUtilities.invokeAndWait(() -> browser.request(2));
        assertThat(nextEvent()).isEqualTo("loading 2");
        assertThat(nextEvent()).startsWith("shown 2");

        Files.delete(folder.resolve("img1.jpg"));
        Files.copy(Path.of("data/images/cat-closeup.jpg"), folder.resolve("img10.jpg"));
        Files.writeString(folder.resolve("img0.jpg"), "broken");
        SwingUtilities.invokeAndWait(() -> browser.rescan());
        assertThat(nextEvent()).isEqualTo("images [img0.jpg, img2.jpg, img3.jpg, img10.jpg]");
        assertThat(nextEvent()).as("still on img3").isEqualTo("loading 2");
        assertThat(nextEvent()).isEqualTo("shown 2 1/1");
        assertThat(nextEvent()).isEqualTo("notice " + dev.labelj.ui.support.Messages.get("status.rescanChanged", 2, 1));
        SwingUtilities.invokeAndWait(() -> browser.rescan());
        assertThat(nextEvent()).startsWith("images ");
        assertThat(nextEvent()).isEqualTo("loading 2");
        assertThat(nextEvent()).isEqualTo("shown 2 1/1");
        assertThat(nextEvent()).isEqualTo("notice " + dev.labelj.ui.support.Messages.get("status.rescanSame", 4));
        SwingUtilities.invokeAndWait(() -> browser.request(0));
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).startsWith("failed 0 ").contains("img0.jpg");
    }

    @Test
    void aRefreshAfterARunListsTheFolderAgainButLeavesTheRunsSummaryInTheStatusBar(@TempDir Path folder)
            throws Exception {
        for (String name : new String[] {"img1.jpg", "img2.jpg"}) {
            Files.copy(Path.of("data/images/cat-closeup.jpg"), folder.resolve(name));
        }
        start();
        SwingUtilities.invokeAndWait(() -> browser.open(folder));
        assertThat(nextEvent()).isEqualTo("images [img1.jpg, img2.jpg]");
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).isEqualTo("shown 0 1/1");

        // a run wrote annotation files only: listed again (marks read anew), no "nothing changed"
        Files.writeString(folder.resolve("img2.xml"), "<annotation/>");
        SwingUtilities.invokeAndWait(() -> browser.refreshAfterRun());
        assertThat(nextEvent()).isEqualTo("images [img1.jpg, img2.jpg]");
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).isEqualTo("shown 0 1/1");
        assertThat(events.poll(1, TimeUnit.SECONDS)).as("no rescan notice over the run's summary").isNull();

        // images that came with the run are still announced; a plain rescan says "nothing changed" as before
        Files.copy(Path.of("data/images/cat-closeup.jpg"), folder.resolve("img3.jpg"));
        SwingUtilities.invokeAndWait(() -> browser.refreshAfterRun());
        assertThat(nextEvent()).startsWith("images ");
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).isEqualTo("shown 0 1/1");
        assertThat(nextEvent()).isEqualTo("notice " + dev.labelj.ui.support.Messages.get("status.rescanChanged", 1, 0));
        SwingUtilities.invokeAndWait(() -> browser.rescan());
        assertThat(nextEvent()).startsWith("images ");
        assertThat(nextEvent()).isEqualTo("loading 0");
        assertThat(nextEvent()).isEqualTo("shown 0 1/1");
        assertThat(nextEvent()).isEqualTo("notice " + dev.labelj.ui.support.Messages.get("status.rescanSame", 3));
    }
}
