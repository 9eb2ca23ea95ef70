package dev.labelj.ui.session;

import dev.labelj.settings.LoadProblem;
import dev.labelj.settings.SettingsPaths;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.support.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings as the launch finds them: {@code --reset-settings} first (the old file kept as a backup),
 * then the file loaded. Runs before the window exists, off the EDT when launched from the command line.
 *
 * @param plan what to open, resolved here because it checks remembered folders on disk
 * @param resetBackup where {@code --reset-settings} put the previous file, if there was one
 * @param resetFailure why {@code --reset-settings} could not move the file, if it could not
 */
public record SettingsStartup(SettingsStore store, LaunchPlan plan, boolean resetAsked, Optional<Path> resetBackup,
        Optional<String> resetFailure) {

    public static SettingsStartup open(LaunchOptions options) {
        Path file = SettingsPaths.resolve(options.settingsFile());
        Optional<Path> backup = Optional.empty();
        Optional<String> failure = Optional.empty();
        if (options.resetSettings()) {
            try {
                backup = SettingsStore.resetFile(file);
            } catch (IOException e) {
                failure = Optional.of(e.toString());
            }
        }
        SettingsStore store = SettingsStore.load(file);
        LaunchPlan plan = LaunchPlan.resolve(options, store.settings(), store.history());
        return new SettingsStartup(store, plan, options.resetSettings(), backup, failure);
    }

    /** The one status-bar line about the settings this launch owes the user, if any. */
    public Optional<String> notice() {
        if (resetFailure.isPresent()) {
            return Optional.of(Messages.get("status.settingsResetFailed", resetFailure.get()));
        }
        Optional<LoadProblem> problem = store.loadProblem();
        if (problem.isPresent()) {
            return Optional.of(describe(problem.get()));
        }
        if (resetAsked) {
            return Optional.of(resetDone(resetBackup));
        }
        return Optional.empty();
    }

    public static String resetDone(Optional<Path> backup) {
        return backup.map(b -> Messages.get("status.settingsReset", b))
                .orElseGet(() -> Messages.get("status.settingsResetNoFile"));
    }

    static String describe(LoadProblem problem) {
        if (problem.kind() == LoadProblem.Kind.NEWER_VERSION) {
            return Messages.get("status.settingsNewer", problem.file());
        }
        if (problem.movedTo() == null) {
            return Messages.get("status.settingsNotMoved", problem.file());
        }
        String key = switch (problem.kind()) {
            case EMPTY -> "status.settingsEmpty";
            case MALFORMED -> "status.settingsMalformed";
            case UNREADABLE -> "status.settingsUnreadable";
            case TOO_LARGE -> "status.settingsTooLarge";
            case NOT_A_FILE -> "status.settingsNotMoved";
            case NEWER_VERSION -> "status.settingsNewer";
        };
        return Messages.get(key, problem.file(), problem.movedTo().getFileName());
    }
}
