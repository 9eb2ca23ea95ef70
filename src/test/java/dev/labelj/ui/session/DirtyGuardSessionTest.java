package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.model.Box;
import dev.labelj.ui.browse.BrowseListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's unsaved-changes guard without a window: every way of leaving asks, and each answer holds. */
class DirtyGuardSessionTest {
    @TempDir
    Path dir;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<String> asked = new ArrayList<>();
    private ImageSession session;
    private AnnotationDocument document;
    private Path labels;

    private void start(DirtyGuard.Answer answer) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.copy(Path.of("data/images/cat.jpg"), images.resolve("a.jpg"));
        Files.copy(Path.of("data/images/coffee.jpg"), images.resolve("b.jpg"));
        labels = dir.resolve("labels");
        LaunchPlan plan = new LaunchPlan(Optional.of(images), Optional.empty(), Optional.of(labels), "voc", false);
        SwingUtilities.invokeAndWait(() -> {
            document = new AnnotationDocument();
            session = new ImageSession(plan, document);
            session.setPrompt(name -> {
                asked.add(name);
                return answer;
            });
            session.addListener(new BrowseListener() {
                @Override
                public void imageShown(int index, dev.labelj.image.DecodedImage image) {
                    events.add("shown " + index);
                }

                @Override
                public void stayed(int index) {
                    events.add("stayed " + index);
                }

                @Override
                public void saveFailed(Path image, String message) {
                    events.add("failed " + image.getFileName() + " " + message.contains("labels"));
                }

                @Override
                public void saved(int index, Path file) {
                    events.add("saved " + index + " " + file.getFileName());
                }
            });
            session.setViewSize(800, 600);
            session.openPlanned();
        });
        assertThat(next()).isEqualTo("shown 0");
    }

    private String next() throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        assertThat(event).as("an event arrives").isNotNull();
        return event;
    }

    private <T> T onEdt(Supplier<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(work.get()));
        return result.get();
    }

    private void editAndLeave() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            document.replaceBoxes(List.of(Box.of("cat", 10, 10, 60, 60)), "Draw box");
            session.next();
        });
    }

    @Test
    void cancelStaysOnTheImageWithItsBoxesUnsaved() throws Exception {
        start(DirtyGuard.Answer.CANCEL);
        editAndLeave();
        assertThat(next()).isEqualTo("stayed 0");
        assertThat(asked).containsExactly("a.jpg");
        assertThat(onEdt(() -> session.index())).isZero();
        assertThat(onEdt(() -> document.isDirty())).isTrue();
        assertThat(labels.resolve("a.xml")).doesNotExist();
    }

    @Test
    void discardMovesOnWithoutWriting() throws Exception {
        start(DirtyGuard.Answer.DISCARD);
        editAndLeave();
        assertThat(next()).isEqualTo("shown 1");
        assertThat(labels.resolve("a.xml")).doesNotExist();
        assertThat(onEdt(() -> document.current().imageFileName())).isEqualTo("b.jpg");
    }

    @Test
    void saveWritesFirstThenMovesOn() throws Exception {
        start(DirtyGuard.Answer.SAVE);
        editAndLeave();
        assertThat(next()).isEqualTo("saved 0 a.xml");
        assertThat(next()).isEqualTo("shown 1");
        assertThat(Files.readString(labels.resolve("a.xml"))).contains("<name>cat</name>");
    }

    @Test
    void aCleanImageIsLeftWithoutAsking() throws Exception {
        start(DirtyGuard.Answer.CANCEL);
        SwingUtilities.invokeAndWait(() -> session.next());
        assertThat(next()).isEqualTo("shown 1");
        assertThat(asked).isEmpty();
    }

    @Test
    void aFailedSaveKeepsTheImageOpenAndDirty() throws Exception {
        start(DirtyGuard.Answer.SAVE);
        // a file where the save dir should be: the folder cannot be created, the write fails
        Files.writeString(labels, "not a folder");
        editAndLeave();
        assertThat(next()).as("the failure names the folder").isEqualTo("failed a.jpg true");
        assertThat(onEdt(() -> session.index())).isZero();
        assertThat(onEdt(() -> document.isDirty())).isTrue();
        assertThat(events).doesNotContain("shown 1");
    }
}
