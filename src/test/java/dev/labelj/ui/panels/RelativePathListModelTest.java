package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.event.ListDataEvent;
import javax.swing.event.ListDataListener;
import org.junit.jupiter.api.Test;

class RelativePathListModelTest {
    @Test
    void showsPathsRelativeToTheFolderAndAnnouncesEachReplacementOnce() {
        Path root = Path.of("photos").toAbsolutePath();
        List<Path> images = IntStream.range(0, 100_000).mapToObj(i -> root.resolve("sub/img" + i + ".jpg")).toList();
        List<String> events = new ArrayList<>();
        RelativePathListModel model = new RelativePathListModel();
        model.addListDataListener(new ListDataListener() {
            @Override
            public void intervalAdded(ListDataEvent e) {
                events.add("added " + e.getIndex0() + ".." + e.getIndex1());
            }

            @Override
            public void intervalRemoved(ListDataEvent e) {
                events.add("removed " + e.getIndex0() + ".." + e.getIndex1());
            }

            @Override
            public void contentsChanged(ListDataEvent e) {
                events.add("changed");
            }
        });
        model.set(root, images);
        assertThat(model.getSize()).isEqualTo(100_000);
        assertThat(model.getElementAt(99_999)).isEqualTo(Path.of("sub", "img99999.jpg").toString());
        model.set(root, images.subList(0, 2));
        assertThat(events).containsExactly("added 0..99999", "removed 0..99999", "added 0..1");
        assertThat(model.getElementAt(1)).isEqualTo(Path.of("sub", "img1.jpg").toString());
    }

    @Test
    void aFilterShowsMatchingRowsAndMapsThemToFolderIndices() {
        Path root = Path.of("photos").toAbsolutePath();
        List<Path> images = List.of(root.resolve("cat.jpg"), root.resolve("dog.jpg"), root.resolve("sub/Cat2.png"));
        RelativePathListModel model = new RelativePathListModel();
        model.set(root, images);
        model.setFilter(" CAT ");
        assertThat(model.getSize()).isEqualTo(2);
        assertThat(model.getElementAt(1)).isEqualTo(Path.of("sub", "Cat2.png").toString());
        assertThat(model.imageIndexAt(1)).isEqualTo(2);
        assertThat(model.rowOf(2)).isEqualTo(1);
        assertThat(model.rowOf(1)).as("dog is filtered out").isEqualTo(-1);
        model.setFilter("");
        assertThat(model.getSize()).isEqualTo(3);
        assertThat(model.rowOf(1)).isEqualTo(1);
    }
}
