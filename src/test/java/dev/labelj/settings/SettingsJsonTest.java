package dev.labelj.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsJsonTest {
    /** Every field differs from its default, so a field that is not written or not read fails. */
    static Snapshot everyFieldChanged() {
        Settings settings = new Settings("yolo", true, true, false, true, true, "dog \u72d7",
                Theme.DARK, "zh-CN", ZoomMode.FIT_WIDTH, 5, 25, 15, Map.of("cat", "#ff8800", "\u72d7", "#0a0b0c"),
                new DrawingAids(false, true));
        History history = History.empty()
                .withRecent(new RecentEntry(Path.of("/data/old"), null, null))
                .withRecent(new RecentEntry(Path.of("/data/imgs \u56fe"), Path.of("/data/classes.txt"),
                        Path.of("/data/labels")))
                .withLastImage(Path.of("/data/imgs \u56fe"), Path.of("/data/imgs \u56fe/b/c.jpg"))
                .withLastImage(Path.of("/data/old"), Path.of("/data/old/1.png"))
                .withWindow(new WindowBounds(-20, 40, 1200, 800, true))
                .withDivider("main", 911)
                .withDialogDir("openDir", Path.of("/data"))
                .withDialogDir("classFile", Path.of("/etc"))
                .withModel(Path.of("/data/imgs \u56fe"), Path.of("/models/best.onnx"))
                .withClassesChosen(Path.of("/models/best.onnx"), Map.of("bird's nest", "bird", "kite", ""));
        return new Snapshot(settings, history);
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws Exception {
        Snapshot original = everyFieldChanged();
        for (var component : Settings.class.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(original.settings()))
                    .as("test data must change " + component.getName())
                    .isNotEqualTo(component.getAccessor().invoke(Settings.defaults()));
        }
        Snapshot read = SettingsJson.read(SettingsJson.write(original));
        assertThat(read).isEqualTo(original);
        assertThat(read.history().mostRecent().orElseThrow().saveDir()).isEqualTo(Path.of("/data/labels"));
        assertThat(read.history().lastImageIn(Path.of("/data/old"))).contains(Path.of("/data/old/1.png"));
        assertThat(read.history().modelFor(Path.of("/data/imgs \u56fe"))).contains(Path.of("/models/best.onnx"));
        assertThat(read.history().classesChosenFor(Path.of("/models/best.onnx")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("bird's nest", "bird", "kite", ""));
    }

    @Test
    void theFileIsReadableWithStableKeyOrderAndPlainPaths() throws Exception {
        byte[] first = SettingsJson.write(everyFieldChanged());
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(SettingsJson.write(SettingsJson.read(first))).isEqualTo(first);
        assertThat(text).startsWith("{\n  \"version\" : 1,\n  \"settings\" : {\n    \"saveFormat\" : \"yolo\"")
                .contains("\"theme\" : \"dark\"", "\"zoomMode\" : \"fitWidth\"", "\"saveDir\" : \"/data/labels\"")
                .doesNotContain("file:", "null");
        JsonNode history = new ObjectMapper().readTree(first).get("history");
        assertThat(names(history)).containsExactly("recent", "lastImages", "window", "dividers", "dialogDirs",
                "models", "modelClasses");
        assertThat(names(history.get("dialogDirs"))).containsExactly("classFile", "openDir");
    }

    @Test
    void missingKeysTakeDefaultsAndUnknownKeysAreIgnored() throws Exception {
        String json = "{\"version\":1,\"future\":{\"x\":1},\"settings\":{\"autoSave\":true,\"colour\":\"red\","
                + "\"theme\":\"purple\",\"boxLineWidth\":999},\"history\":{\"recent\":[{\"path\":\"/a\",\"pinned\":true}]}}";
        Snapshot read = SettingsJson.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.settings()).isEqualTo(Settings.defaults().withAutoSave(true).withBoxLineWidth(Settings.MAX_LINE_WIDTH));
        assertThat(read.settings().displayLabels()).isTrue();
        assertThat(read.history().recent()).containsExactly(RecentEntry.of(Path.of("/a")));
    }

    @Test
    void historyIsNewestFirstDeduplicatedAndBounded() {
        History history = History.empty();
        for (int i = 0; i < 30; i++) {
            history = history.withRecent(RecentEntry.of(Path.of("/f" + (i % 15))));
        }
        history = history.withRecent(RecentEntry.of(Path.of("/f3/../f3")));
        assertThat(history.recent()).hasSize(History.MAX_RECENT);
        assertThat(history.recent().get(0).path()).isEqualTo(Path.of("/f3"));
        assertThat(history.recent().get(1).path()).isEqualTo(Path.of("/f14"));
        assertThat(history.recent().stream().map(RecentEntry::path).distinct()).hasSize(History.MAX_RECENT);
        for (int i = 0; i < History.MAX_LAST_IMAGES + 50; i++) {
            history = history.withLastImage(Path.of("/d" + i), Path.of("/d" + i + "/a.jpg"));
        }
        history = history.withLastImage(Path.of("/d" + (History.MAX_LAST_IMAGES + 49)), Path.of("/d/b.jpg"));
        assertThat(history.lastImages()).hasSize(History.MAX_LAST_IMAGES);
        assertThat(history.lastImageIn(Path.of("/d" + (History.MAX_LAST_IMAGES + 49)))).contains(Path.of("/d/b.jpg"));
        assertThat(history.lastImageIn(Path.of("/d0"))).isEmpty();
    }

    @Test
    void handEditedOversizedListsAreTrimmedOnRead() throws Exception {
        StringBuilder recent = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            recent.append(i == 0 ? "" : ",").append("{\"path\":\"/r").append(i % 20).append("\"}");
        }
        String json = "{\"version\":1,\"history\":{\"recent\":[" + recent + "]}}";
        History history = SettingsJson.read(json.getBytes(StandardCharsets.UTF_8)).history();
        assertThat(history.recent()).hasSize(History.MAX_RECENT);
        assertThat(history.recent().get(0).path()).isEqualTo(Path.of("/r0"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        fields.forEachRemaining(e -> names.add(e.getKey()));
        return names;
    }

    /** A file's missing keys are filled from a copy of the defaults kept in the build (docs/adr/0178): no drift. */
    @Test
    void theDefaultsFileHoldsWhatTheDefaultsWrite() throws Exception {
        JsonNode written = SettingsJson.writtenDefaults();
        assertThat(SettingsJson.defaultsTree())
                .as("src/main/resources/dev/labelj/settings/defaults.json differs from what the defaults write; "
                        + "its content must be:%n%s", written.toPrettyString())
                .isEqualTo(written);
    }
}
