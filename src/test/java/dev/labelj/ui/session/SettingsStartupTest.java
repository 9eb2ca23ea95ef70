package dev.labelj.ui.session;

import dev.labelj.ui.support.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.ui.session.LaunchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStartupTest {
    @TempDir
    Path home;

    @Test
    void aFileFromANewerVersionGivesOneNoticeThatItWillNotBeChanged() throws Exception {
        Path file = Files.writeString(home.resolve("settings.json"), "{\"version\": 2, \"settings\": {}}");
        SettingsStartup startup = SettingsStartup.open(LaunchOptions.empty().withSettingsFile(file));
        assertThat(startup.notice()).contains(Messages.get("status.settingsNewer", file.toAbsolutePath()));
        startup.store().close();
    }
}
