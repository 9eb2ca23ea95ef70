package dev.labelj.ui.session;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line asked for; each present value wins over remembered settings. */
public record LaunchOptions(
        Optional<Path> imagePath,
        Optional<Path> classFile,
        Optional<Path> saveDir,
        Optional<String> format,
        Optional<Path> settingsFile,
        boolean resetSettings,
        boolean traceTiming) {

    public static LaunchOptions empty() {
        return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false);
    }

    public static LaunchOptions ofImages(Path imagePath) {
        return new LaunchOptions(Optional.of(imagePath), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false);
    }

    /** The same options reading and writing settings in {@code file} (tests use a fresh one each). */
    public LaunchOptions withSettingsFile(Path file) {
        return new LaunchOptions(imagePath, classFile, saveDir, format, Optional.of(file), resetSettings, traceTiming);
    }
}
