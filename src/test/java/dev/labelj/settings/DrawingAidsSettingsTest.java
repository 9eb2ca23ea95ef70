package dev.labelj.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crosshair and loupe toggles are remembered; files from before them load; a reset brings the defaults. */
class DrawingAidsSettingsTest {
    @TempDir
    Path home;

    @Test
    void bothTogglesSurviveASaveAndALoad() throws Exception {
        Path file = home.resolve("settings.json");
        SettingsStore store = SettingsStore.load(file);
        DrawingAids flipped = new DrawingAids(!DrawingAids.DEFAULTS.crosshair(), !DrawingAids.DEFAULTS.loupe());
        store.updateSettings(s -> s.withDrawingAids(flipped));
        store.flush();
        store.close();
        assertThat(Files.readString(file)).contains("\"drawingAids\"", "\"crosshair\"", "\"loupe\"");

        SettingsStore again = SettingsStore.load(file);
        try {
            assertThat(again.settings().drawingAids()).isEqualTo(flipped);
        } finally {
            again.close();
        }
    }

    @Test
    void aFileWithoutTheKeyLoadsWithTheDefaultsAndEveryOtherValue() throws Exception {
        Path file = home.resolve("settings.json");
        Files.writeString(file, """
                { "version" : 1, "settings" : { "saveFormat" : "yolo", "boxLineWidth" : 4 } }
                """);
        SettingsStore store = SettingsStore.load(file);
        try {
            assertThat(store.loadProblem()).isEmpty();
            assertThat(store.settings().drawingAids()).isEqualTo(DrawingAids.DEFAULTS);
            assertThat(store.settings().saveFormat()).isEqualTo("yolo");
            assertThat(store.settings().boxLineWidth()).isEqualTo(4);
        } finally {
            store.close();
        }
    }

    @Test
    void aFileNamingOnlyTheLoupeKeepsTheCrosshairDefault() throws Exception {
        Path file = home.resolve("settings.json");
        Files.writeString(file, """
                { "version" : 1, "settings" : { "drawingAids" : { "loupe" : true } } }
                """);
        SettingsStore store = SettingsStore.load(file);
        try {
            assertThat(store.settings().drawingAids().loupe()).isTrue();
            assertThat(store.settings().drawingAids().crosshair()).isEqualTo(DrawingAids.DEFAULTS.crosshair());
        } finally {
            store.close();
        }
    }

    @Test
    void resetSettingsPutsTheDefaultsBack() throws Exception {
        Path file = home.resolve("settings.json");
        SettingsStore store = SettingsStore.load(file);
        try {
            store.updateSettings(s -> s.withDrawingAids(new DrawingAids(false, true)));
            store.reset(ResetScope.EVERYTHING);
            assertThat(store.settings().drawingAids()).isEqualTo(DrawingAids.DEFAULTS);
        } finally {
            store.close();
        }
    }

    @Test
    void aNullFromAHandEditedFileBecomesTheDefaults() {
        Settings settings = Settings.defaults().withDrawingAids(null);
        assertThat(settings.drawingAids()).isEqualTo(DrawingAids.DEFAULTS);
    }
}
