package dev.labelj.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.dataset.DatasetReader;
import dev.labelj.dataset.DatasetStats;
import dev.labelj.dataset.DatasetValidator;
import dev.labelj.dataset.Finding;
import dev.labelj.model.ClassList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Validate table, the image a finding opens, and the statistics text, on a folder with known problems. */
class FindingsTableModelTest {
    @TempDir
    Path dir;

    @Test
    void tableShowsEachFindingWithItsFileRelativeToTheFolder() throws Exception {
        Path images = ToolsDataset.write(dir);
        List<Finding> findings = DatasetValidator.validate(
                DatasetReader.read(images, Optional.empty(), Optional.empty(), ClassList.EMPTY), ClassList.EMPTY);
        FindingsTableModel model = new FindingsTableModel(images, findings);
        assertThat(model.getRowCount()).isEqualTo(findings.size()).isEqualTo(6);
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < model.getRowCount(); r++) {
            rows.add(model.getValueAt(r, 0) + " " + model.getValueAt(r, 1) + " " + model.getValueAt(r, 3) + " "
                    + ((String) model.getValueAt(r, 4)).split(":")[0]);
        }
        assertThat(rows).contains("error d.xml 3 box-outside", "error d.xml 4 box-no-area",
                "warning d.xml 2 duplicate-box", "error e.xml 0 unreadable-annotation");
        assertThat(model.getColumnClass(3)).isEqualTo(Integer.class);
        assertThat(model.getColumnName(4)).isEqualTo("Message");
    }

    @Test
    void aFindingOnAnAnnotationOpensTheImageSharingItsStem() throws Exception {
        Path images = ToolsDataset.write(dir);
        List<Path> list = List.of(images.resolve("a.png"), images.resolve("d.png"));
        assertThat(FindingImages.indexOf(list, images.resolve("d.xml"))).contains(1);
        assertThat(FindingImages.indexOf(list, images.resolve("a.png"))).contains(0);
        assertThat(FindingImages.indexOf(list, images.resolve("orphan.xml"))).isEmpty();
    }

    @Test
    void statisticsTextHasTheCliNumbers() throws Exception {
        Path images = ToolsDataset.write(dir);
        String text = StatsText.of(DatasetStats.of(
                DatasetReader.read(images, Optional.empty(), Optional.empty(), ClassList.EMPTY)));
        assertThat(text).contains("images:     5 (2 labelled, 1 negative, 1 unlabelled, 1 unreadable; 1 verified)",
                "boxes:      7 (per image: min 0, median 3, max 4)", "imbalance:  1.33");
        assertThat(text).containsPattern("cat +4").containsPattern("dog +3");
    }
}
