package dev.labelj.settings;

import java.nio.file.Path;

/** Run in a child JVM by the kill-safety test: saves settings as fast as it can until it is killed. */
public final class SettingsWriterProcess {
    private SettingsWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        SettingsStore store = SettingsStore.load(Path.of(args[0]));
        for (long round = 0; ; round++) {
            long n = round;
            store.updateHistory(h -> h.withLastImage(Path.of("/data/folder-" + (n % 400)),
                    Path.of("/data/folder-" + (n % 400) + "/image-" + n + ".jpg")));
            store.updateSettings(s -> s.withBoxLineWidth(1 + (int) (n % 9)));
            store.flush();
            if (round == 0) {
                System.out.println("saving");
                System.out.flush();
            }
        }
    }
}
