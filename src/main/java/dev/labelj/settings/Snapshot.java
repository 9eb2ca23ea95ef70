package dev.labelj.settings;

/** Everything the settings file holds at one moment: preferences and history. Immutable. */
public record Snapshot(Settings settings, History history) {
    public Snapshot {
        settings = settings == null ? Settings.defaults() : settings;
        history = history == null ? History.empty() : history;
    }

    public static Snapshot defaults() {
        return new Snapshot(Settings.defaults(), History.empty());
    }

    public Snapshot withSettings(Settings newSettings) {
        return new Snapshot(newSettings, history);
    }

    public Snapshot withHistory(History newHistory) {
        return new Snapshot(settings, newHistory);
    }
}
