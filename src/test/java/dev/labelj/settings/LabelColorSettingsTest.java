package dev.labelj.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The colours chosen for labels live in the settings file; files written before they existed still load. */
class LabelColorSettingsTest {
    /** A whole settings file as LabelJ wrote it before labels could have a chosen colour. */
    private static final String BEFORE_LABEL_COLORS = """
            {
              "version" : 1,
              "settings" : {
                "saveFormat" : "yolo",
                "autoSave" : true,
                "singleClassMode" : false,
                "displayLabels" : true,
                "drawSquares" : false,
                "defaultLabelEnabled" : false,
                "defaultLabel" : "",
                "theme" : "dark",
                "language" : "",
                "zoomMode" : "fitWindow",
                "boxLineWidth" : 4,
                "brightnessStepPercent" : 10,
                "contrastStepPercent" : 10
              },
              "history" : {
                "recent" : [ {
                  "path" : "/data/images"
                } ]
              }
            }
            """;

    @TempDir
    Path home;

    @Test
    void aFileFromBeforeLabelColoursLoadsWithEveryValueAndNoChosenColour() throws Exception {
        Path file = home.resolve("settings.json");
        Files.writeString(file, BEFORE_LABEL_COLORS);
        SettingsStore store = SettingsStore.load(file);
        try {
            assertThat(store.loadProblem()).isEmpty();
            Settings settings = store.settings();
            assertThat(settings.labelColors()).isEmpty();
            assertThat(settings.saveFormat()).isEqualTo("yolo");
            assertThat(settings.autoSave()).isTrue();
            assertThat(settings.theme()).isEqualTo(Theme.DARK);
            assertThat(settings.boxLineWidth()).isEqualTo(4);
            assertThat(store.history().recent()).hasSize(1);
        } finally {
            store.close();
        }
        assertThat(home.toFile().list()).as("not renamed as corrupt").containsExactly("settings.json");
    }

    @Test
    void aChosenColourRoundTripsThroughTheFileAndCanBeTakenBack() throws Exception {
        Path file = home.resolve("settings.json");
        Files.writeString(file, BEFORE_LABEL_COLORS);
        SettingsStore store = SettingsStore.load(file);
        store.updateSettings(s -> s.withLabelColor("cat", "#FF8800").withLabelColor("\u72d7", "#102030"));
        store.close();
        assertThat(Files.readString(file)).contains("\"labelColors\" : {", "\"cat\" : \"#ff8800\"");

        SettingsStore again = SettingsStore.load(file);
        assertThat(again.settings().labelColors()).containsExactly(Map.entry("cat", "#ff8800"),
                Map.entry("\u72d7", "#102030"));
        assertThat(again.settings().boxLineWidth()).as("the old values are kept").isEqualTo(4);
        again.updateSettings(s -> s.withLabelColor("cat", null));
        again.close();
        assertThat(SettingsStore.load(file).settings().labelColors()).containsOnlyKeys("\u72d7");
    }

    @Test
    void handEditedColoursThatAreNotRrggbbAreDropped() throws Exception {
        String json = "{\"version\":1,\"settings\":{\"labelColors\":{\"cat\":\"red\",\"dog\":\"#12345\","
                + "\"\":\"#000000\",\"bird\":\"#A0b0C0\"}}}";
        Settings settings = SettingsJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).settings();
        assertThat(settings.labelColors()).containsExactly(Map.entry("bird", "#a0b0c0"));
    }
}
