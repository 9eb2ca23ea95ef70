package dev.labelj.settings;

import java.util.function.Consumer;

/** Lets tests in other packages see each settings write and the thread that made it. */
public final class StoreProbe {
    private StoreProbe() {
    }

    public static void observeWrites(SettingsStore store, Consumer<Thread> observer) {
        store.observeWrites(observer);
    }
}
