package dev.labelj.settings;

/** What a reset forgets: only where the user has been, or also every preference. */
public enum ResetScope {
    HISTORY_ONLY,
    EVERYTHING
}
