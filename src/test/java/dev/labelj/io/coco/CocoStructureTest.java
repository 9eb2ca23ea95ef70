package dev.labelj.io.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A COCO file that is wrong is an error naming every problem by its place in the JSON, never a quiet change. */
class CocoStructureTest {
    private static final Path FILE = Path.of("in.json");
    private static final String IMAGE = "{\"id\":1,\"file_name\":\"a.jpg\",\"width\":10,\"height\":10}";
    private static final String CATEGORY = "{\"id\":1,\"name\":\"cat\"}";
    private static final String BOX = "{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[1,1,2,2]}";

    private static CocoDataset read(String json) throws AnnotationIoException {
        return CocoJson.read(FILE, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String coco(String images, String categories, String annotations) {
        return "{\"images\":[" + images + "],\"categories\":[" + categories + "],\"annotations\":" + annotations + "}";
    }

    @Test
    void aWellFormedFileReads() throws Exception {
        CocoDataset dataset = read(coco(IMAGE, CATEGORY, "[" + BOX + "]"));
        assertThat(dataset.annotations()).hasSize(1);
        assertThat(CocoJson.read(FILE, Files.readAllBytes(Fixtures.annotation("coco/cvat-coco10__instances_default.json")))
                .images()).isNotEmpty();
    }

    @Test
    void annotationsThatAreNotAnArrayAreAnErrorNotNegatives() {
        assertThatThrownBy(() -> read(coco(IMAGE, CATEGORY, "\"none\""))).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("in.json").hasMessageContaining("annotations").hasMessageContaining("array");
        assertThatThrownBy(() -> read("{\"images\":[" + IMAGE + "],\"categories\":[" + CATEGORY + "]}"))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("annotations");
    }

    @Test
    void everyProblemIsNamedByItsPlace() {
        assertThatThrownBy(() -> read(coco("{}, {\"id\":2,\"file_name\":\"/\"}", "{\"id\":\"x\"}", "[{}]")))
                .isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("images[0].id").hasMessageContaining("images[0].file_name")
                .hasMessageContaining("images[1].file_name").hasMessageContaining("categories[0].id")
                .hasMessageContaining("categories[0].name").hasMessageContaining("annotations[0].image_id")
                .hasMessageContaining("annotations[0].bbox");
        assertThatThrownBy(() -> read(coco(IMAGE, CATEGORY, "[1]"))).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("annotations[0]");
        assertThatThrownBy(() -> read(coco("{\"id\":1,\"file_name\":\"a.jpg\",\"width\":\"640\"}", CATEGORY, "[]")))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("images[0].width");
    }

    @Test
    void ambiguousIdsAndFileNamesAreRefused() {
        String twin = "{\"id\":1,\"file_name\":\"b.jpg\"}";
        assertThatThrownBy(() -> read(coco(IMAGE + "," + twin, CATEGORY, "[" + BOX + "]")))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("images[1].id");
        assertThatThrownBy(() -> read(coco(IMAGE, CATEGORY + ",{\"id\":1,\"name\":\"dog\"}", "[" + BOX + "]")))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("categories[1].id");
        assertThatThrownBy(() -> read(coco(IMAGE + ",{\"id\":2,\"file_name\":\"a.jpg\"}", CATEGORY, "[" + BOX + "]")))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("images[1].file_name");
        assertThatThrownBy(() -> read(coco(IMAGE, CATEGORY, "[" + BOX + "," + BOX + "]")))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("annotations[1].id");
        assertThatThrownBy(() -> read("{\"images\":[],\"images\":[" + IMAGE + "],\"categories\":[],\"annotations\":[]}"))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("images");
    }

    @Test
    void trailingGarbageAndLoneSurrogatesAreNotText() {
        assertThatThrownBy(() -> read(coco(IMAGE, CATEGORY, "[]") + " trailing"))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read(coco(IMAGE, "{\"id\":1,\"name\":\"c\\ud800t\"}", "[" + BOX + "]")))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("categories[0].name");
    }
}
