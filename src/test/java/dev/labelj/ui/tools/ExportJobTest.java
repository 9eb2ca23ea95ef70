package dev.labelj.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.dataset.ConvertProgress;
import dev.labelj.dataset.ConvertReport;
import dev.labelj.model.ClassList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools → Export… writes what {@code labelj convert} writes, beside the input, and stops between files on cancel. */
class ExportJobTest {
    @TempDir
    Path dir;

    @Test
    void cocoExportIsAValidDatasetFile() throws Exception {
        Path images = ToolsDataset.write(dir);
        Path out = ExportDialog.suggestedOut(images, ExportJob.COCO);
        assertThat(out.startsWith(images)).isFalse();
        ConvertReport report = new ExportJob(images, Optional.empty(), ExportJob.COCO, out,
                ClassList.EMPTY).run(ConvertProgress.NONE);
        assertThat(report.converted()).isGreaterThan(0);
        JsonNode coco = new ObjectMapper().readTree(out.resolve("annotations.json").toFile());
        Set<Integer> imageIds = new HashSet<>();
        coco.get("images").forEach(i -> assertThat(imageIds.add(i.get("id").asInt())).isTrue());
        Set<Integer> categoryIds = new HashSet<>();
        coco.get("categories").forEach(c -> categoryIds.add(c.get("id").asInt()));
        assertThat(coco.get("categories").findValuesAsText("name")).containsExactly("cat", "dog");
        Set<Integer> annotationIds = new HashSet<>();
        for (JsonNode a : coco.get("annotations")) {
            assertThat(annotationIds.add(a.get("id").asInt())).isTrue();
            assertThat(imageIds).contains(a.get("image_id").asInt());
            assertThat(categoryIds).contains(a.get("category_id").asInt());
            JsonNode bbox = a.get("bbox");
            assertThat(bbox.get(0).asDouble() + bbox.get(2).asDouble()).isLessThanOrEqualTo(100.0);
            assertThat(bbox.get(1).asDouble() + bbox.get(3).asDouble()).isLessThanOrEqualTo(80.0);
        }
        assertThat(annotationIds).isNotEmpty();
        try (Stream<Path> inInput = Files.list(images)) {
            assertThat(inInput.map(p -> p.getFileName().toString())).doesNotContain("annotations.json");
        }
    }

    @Test
    void yoloExportWritesLabelsAndACancelStopsBetweenFiles() throws Exception {
        Path images = ToolsDataset.write(dir);
        Path out = dir.resolve("yolo");
        ConvertProgress cancelAfterFirst = (done, total, image) -> {
            if (done == 1) {
                throw new CancellationException("cancelled");
            }
        };
        assertThatThrownBy(() -> new ExportJob(images, Optional.empty(), "yolo", out, ClassList.EMPTY)
                .run(cancelAfterFirst)).isInstanceOf(CancellationException.class);
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "classes.txt");
        }
        Path all = dir.resolve("yolo-all");
        ConvertReport report = new ExportJob(images, Optional.empty(), "yolo", all, ClassList.EMPTY)
                .run(ConvertProgress.NONE);
        assertThat(Files.readAllLines(all.resolve("a.txt"))).hasSize(3);
        assertThat(report.images()).isEqualTo(5);
    }
}
