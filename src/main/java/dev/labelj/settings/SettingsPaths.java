package dev.labelj.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the settings file is: {@code --settings FILE} if given, else the environment variable
 * {@value #ENVIRONMENT_VARIABLE}, else {@code ~/.labelj/settings.json}.
 */
public final class SettingsPaths {
    public static final String ENVIRONMENT_VARIABLE = "LABELJ_SETTINGS";

    private SettingsPaths() {
    }

    public static Path resolve(Optional<Path> fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Optional<Path> fromCommandLine, Map<String, String> environment, String userHome) {
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.get().toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment.strip()).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".labelj", "settings.json").toAbsolutePath().normalize();
    }

    /** The launcher's one line when the settings path names a folder, device or pipe; empty when it is usable. */
    public static Optional<String> problem(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) ? Optional.of(notARegularFile(file)) : Optional.empty();
    }

    static String notARegularFile(Path file) {
        return "settings file is not a regular file (a folder, device or pipe): " + file;
    }
}
