package dev.labelj.ui.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.support.Messages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tighten Box's hand-over from its worker: only boxes still as they were, on the same image, change. */
class TightenCommandTest {
    @TempDir
    Path dir;

    private Path picture() throws Exception {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.RED);
        g.fillRect(100, 80, 120, 90);
        g.dispose();
        Path file = dir.resolve("red.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aBoxMovedWhileTheWorkerRanIsLeftAsTheUserPutItAndAnUntouchedOneIsTightened() throws Exception {
        Path file = picture();
        Box loose = Box.of("car", 70, 50, 260, 200);
        Box other = Box.of("car", 60, 40, 270, 210);
        AnnotationDocument[] owned = new AnnotationDocument[1];
        BoxSelection selection = new BoxSelection();
        CompletableFuture<String> said = new CompletableFuture<>();
        Box[] moved = new Box[1];
        SwingUtilities.invokeAndWait(() -> {
            // the document belongs to the thread that made it: the event thread, as in the window
            owned[0] = new AnnotationDocument();
            AnnotationDocument document = owned[0];
            document.load(ImageAnnotation.of(file, new ImageSize(400, 300, 3), List.of(loose, other)));
            AppActions actions = new AppActions();
            new TightenCommand(document, selection, () -> null, text -> {
                if (!text.equals(Messages.get("tighten.working", 2))) {
                    said.complete(text);
                }
            }).defineIn(actions);
            selection.set(List.of(0, 1));
            actions.refresh();
            actions.get(ActionId.TIGHTEN_BOX).actionPerformed(null);
            // the user nudges the first box before the worker's answer can arrive (it comes on a later event)
            moved[0] = Box.of("car", 71, 50, 261, 200);
            document.replaceBoxes(List.of(moved[0], other), "Move box");
        });

        String status = said.get(20, TimeUnit.SECONDS);

        CompletableFuture<List<Box>> boxes = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> boxes.complete(owned[0].current().boxes()));
        assertThat(boxes.get().get(0)).isEqualTo(moved[0]);
        Box tight = boxes.get().get(1);
        assertThat(tight.left()).isCloseTo(100, within(2.0));
        assertThat(tight.right()).isCloseTo(220, within(2.0));
        assertThat(status).isEqualTo(Messages.get("tighten.done", 1) + "; " + Messages.get("tighten.stale", 1));
    }
}
