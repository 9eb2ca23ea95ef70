package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** When the parts of the window the first picture does not need are made. */
class WindowCompletionTest {
    private final WindowCompletion completion = made();
    private final List<String> made = new ArrayList<>();

    /** Made on the EDT, as the window makes it. */
    private static WindowCompletion made() {
        WindowCompletion[] made = new WindowCompletion[1];
        try {
            SwingUtilities.invokeAndWait(() -> made[0] = new WindowCompletion());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return made[0];
    }

    private void onEdt(Runnable work) throws Exception {
        SwingUtilities.invokeAndWait(work);
    }

    @Test
    void partsAreMadeInTheTurnTheFirstPictureIsShownOnceAndLaterPartsAtOnce() throws Exception {
        onEdt(() -> {
            completion.add(() -> made.add("files"));
            completion.add(() -> made.add("boxes"));
            completion.windowShown(true);
        });
        onEdt(() -> { });
        assertThat(made).as("nothing before the picture").isEmpty();
        onEdt(() -> {
            completion.imageShown(0, null);
            assertThat(made).containsExactly("files", "boxes");
            completion.imageShown(1, null);
            completion.add(() -> made.add("late"));
        });
        assertThat(made).containsExactly("files", "boxes", "late");
        assertThat(completion.done()).isDone();
    }

    @Test
    void withNoPictureComingTheyAreMadeOnTheNextTurn() throws Exception {
        onEdt(() -> {
            completion.add(() -> made.add("files"));
            completion.windowShown(false);
            assertThat(made).isEmpty();
        });
        onEdt(() -> assertThat(made).containsExactly("files"));
    }

    @Test
    void aMenuOpenedBeforeThePictureCompletesTheWindowFirst() throws Exception {
        onEdt(() -> {
            javax.swing.JMenuBar bar = new javax.swing.JMenuBar();
            javax.swing.JMenu file = new javax.swing.JMenu("File");
            bar.add(file);
            completion.add(() -> made.add("menu entries"));
            completion.completeWhenOpened(bar);
            completion.windowShown(true);
            file.setSelected(true);
            assertThat(made).containsExactly("menu entries");
        });
    }

    @Test
    void aPictureSlowToComeWaitsForThemNoLongerThanTheLongestWait() throws Exception {
        long start = System.nanoTime();
        onEdt(() -> {
            completion.add(() -> made.add("files"));
            completion.windowShown(true);
        });
        completion.done().get(10, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(WindowCompletion.LONGEST_WAIT_MS);
        assertThat(made).containsExactly("files");
    }

    @Test
    void anEmptyFolderAFailedScanOrDecodeOrAClosedFolderCompleteItToo() throws Exception {
        List<Boolean> done = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            WindowCompletion each = made();
            int which = i;
            onEdt(() -> {
                each.windowShown(true);
                switch (which) {
                    case 0 -> each.imagesChanged(Path.of("x"), List.of());
                    case 1 -> each.scanFailed(Path.of("x"), "gone");
                    case 2 -> each.imageFailed(0, Path.of("x.jpg"), "broken");
                    default -> each.closed();
                }
                done.add(each.done().isDone());
            });
        }
        assertThat(done).containsExactly(true, true, true, true);
        WindowCompletion notEmpty = made();
        onEdt(() -> notEmpty.imagesChanged(Path.of("x"), List.of(Path.of("x/a.jpg"))));
        assertThat(notEmpty.done()).as("a folder with images waits for its picture").isNotDone();
    }
}
