package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.image.TestJpegs;
import dev.labelj.ui.browse.FirstImageGate;
import dev.labelj.ui.panels.StatusBar;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.LaunchPlan;
import dev.labelj.ui.support.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's "n of N labelled": counted in the background, the first time only once an image showed. */
class LabelledCountTest {
    @TempDir
    Path folder;

    @Test
    void theFirstCountWaitsForTheFirstImageThenCountsTheFoldersAnnotations() throws Exception {
        Path a = TestJpegs.uniformGray(folder.resolve("a.jpg"), 64, 48);
        Path b = TestJpegs.uniformGray(folder.resolve("b.jpg"), 64, 48);
        Files.writeString(folder.resolve("a.xml"), "<annotation/>");
        AtomicReference<LabelledCount> count = new AtomicReference<>();
        FirstImageGate firstImage = new FirstImageGate();
        AtomicReference<StatusBar> status = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ImageSession session = new ImageSession(new LaunchPlan(Optional.empty(), Optional.empty(),
                    Optional.empty(), "voc", false), new AnnotationDocument());
            session.open(folder);
            status.set(new StatusBar());
            count.set(new LabelledCount(session, status.get(), firstImage));
            count.get().imagesChanged(folder, List.of(a, b));
        });
        Supplier<String> shown = () -> onEdt(() -> labelled(status.get()));
        assertThat(shown.get()).as("the status bar's labelled field").isNotNull();

        Thread.sleep(FirstImageGate.DELAY_MS * 2L);
        assertThat(shown.get()).as("no count while the first image is still on its way").isEmpty();

        SwingUtilities.invokeAndWait(() -> firstImage.imageFailed(0, a, "no pixels in this test"));
        String expected = onEdt(() -> Messages.get("status.labelledOf", 1, 2));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!shown.get().equals(expected) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(shown.get()).as("counted once the first image showed").isEqualTo(expected);

        SwingUtilities.invokeAndWait(() -> count.get().imagesChanged(folder, List.of(b)));
        String afterwards = onEdt(() -> Messages.get("status.labelledOf", 0, 1));
        until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!shown.get().equals(afterwards) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(shown.get()).as("later folders are counted at once").isEqualTo(afterwards);
    }

    private static String labelled(java.awt.Container parent) {
        for (java.awt.Component c : parent.getComponents()) {
            if ("status.labelled".equals(c.getName())) {
                return ((JLabel) c).getText();
            }
            if (c instanceof java.awt.Container inner && inner.getComponentCount() > 0) {
                String found = labelled(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T onEdt(Supplier<T> supplier) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> result.set(supplier.get()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return result.get();
    }
}
