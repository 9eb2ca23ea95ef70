package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.AnnotationStatus;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file list's status marks come from real annotation files where the save dir says they are. */
class FileListStatusTest {
    @TempDir
    Path dir;

    private static final String VERIFIED_VOC = """
            <annotation verified="yes"><filename>a.jpg</filename><size><width>10</width><height>10</height>\
            <depth>3</depth></size><object><name>cat</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>5</xmax>\
            <ymax>5</ymax></bndbox></object></annotation>
            """;

    @Test
    void tellsNoLabelLabelledVerifiedAndUnreadableApart() throws Exception {
        Path images = Files.createDirectories(dir.resolve("data/images"));
        Path labels = Files.createDirectories(dir.resolve("data/labels"));
        for (String name : List.of("none.jpg", "yolo.jpg", "voc.jpg", "broken.jpg")) {
            Files.write(images.resolve(name), new byte[] {1});
        }
        Files.writeString(labels.resolve("yolo.txt"), "0 0.5 0.5 0.2 0.2\n");
        Files.writeString(images.resolve("voc.xml"), VERIFIED_VOC);
        Files.writeString(images.resolve("broken.xml"), "<annotation><object><name>cat");
        StatusLookup lookup = new StatusLookup(Optional.empty());

        assertThat(lookup.status(images, images.resolve("none.jpg"))).isEqualTo(AnnotationStatus.NO_LABEL);
        assertThat(lookup.status(images, images.resolve("yolo.jpg"))).isEqualTo(AnnotationStatus.LABELLED);
        assertThat(lookup.status(images, images.resolve("voc.jpg"))).isEqualTo(AnnotationStatus.VERIFIED);
        assertThat(lookup.status(images, images.resolve("broken.jpg"))).isEqualTo(AnnotationStatus.UNREADABLE);
    }

    @Test
    void looksInTheSaveDirWhenThereIsOne() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images/sub"));
        Path saveDir = Files.createDirectories(dir.resolve("saved/sub"));
        Files.write(images.resolve("a.jpg"), new byte[] {1});
        Files.writeString(saveDir.resolve("a.xml"), VERIFIED_VOC);
        Path root = dir.resolve("images");

        assertThat(new StatusLookup(Optional.empty()).status(root, images.resolve("a.jpg")))
                .isEqualTo(AnnotationStatus.NO_LABEL);
        assertThat(new StatusLookup(Optional.of(dir.resolve("saved")))
                .status(root, images.resolve("a.jpg"))).isEqualTo(AnnotationStatus.VERIFIED);
    }

    @Test
    void theFileListLooksUpOnlyRowsItPaintsAndShowsTheirStatus() throws Exception {
        Path images = Path.of("data/images").toAbsolutePath();
        List<Path> files = List.of(images.resolve("cat.jpg"), images.resolve("cat-closeup.jpg"));
        FileListPanel panel = onEdt(() -> {
            FileListPanel created = new FileListPanel(index -> { });
            created.build();
            created.setStatusLookup((root, image) -> new AnnotationStore(new AnnotationLocator(root,
                    Optional.of(Path.of("data/annotations").toAbsolutePath())), Formats.VOC, FormatOptions.DEFAULT)
                    .status(image));
            created.imagesChanged(images, files);
            return created;
        });
        assertThat(onEdt(() -> panel.shownStatus(0))).isEmpty();

        onEdt(() -> {
            @SuppressWarnings("unchecked")
            JList<String> list = (JList<String>) ((JScrollPane) panel.getComponent(1)).getViewport().getView();
            for (int row = 0; row < files.size(); row++) {
                list.getCellRenderer().getListCellRendererComponent(
                        list, list.getModel().getElementAt(row), row, false, false);
            }
            return null;
        });

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (onEdt(() -> panel.shownStatus(1)).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(onEdt(() -> panel.shownStatus(0))).contains(AnnotationStatus.VERIFIED);
        assertThat(onEdt(() -> panel.shownStatus(1))).contains(AnnotationStatus.NO_LABEL);
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** The file list's lookup as the window builds it: the annotation store's status for the save dir. */
    private record StatusLookup(Optional<Path> saveDir) {
        AnnotationStatus status(Path root, Path image) {
            return new AnnotationStore(new AnnotationLocator(root, saveDir), Formats.VOC, FormatOptions.DEFAULT)
                    .status(image).status();
        }
    }

    @Test
    void anUnreadableAnnotationSaysWhyInItsRowsTooltip() throws Exception {
        Path images = Files.createDirectories(dir.resolve("tips"));
        Files.write(images.resolve("broken.jpg"), new byte[] {1});
        Files.writeString(images.resolve("broken.xml"), "<annotation><object><name>cat");
        assertThat(new AnnotationStore(AnnotationLocator.nextToImages(images), Formats.VOC, FormatOptions.DEFAULT)
                .status(images.resolve("broken.jpg")).problem()).hasValueSatisfying(
                        why -> assertThat(why).contains("broken.xml"));
    }
}
