package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.settings.History;
import dev.labelj.settings.RecentEntry;
import dev.labelj.settings.Settings;
import dev.labelj.ui.session.LaunchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchPlanTest {
    @TempDir
    Path home;

    @Test
    void withNoImageArgumentTheMostRecentExistingFolderIsResumedWithItsClassFileAndSaveDir() throws Exception {
        Path kept = Files.createDirectories(home.resolve("kept"));
        History history = History.empty()
                .withRecent(new RecentEntry(kept, home.resolve("classes.txt"), home.resolve("labels")))
                .withRecent(RecentEntry.of(home.resolve("unplugged")));
        LaunchPlan plan = LaunchPlan.resolve(LaunchOptions.empty(), Settings.defaults().withSaveFormat("yolo"), history);
        assertThat(plan.images()).contains(kept);
        assertThat(plan.classFile()).contains(home.resolve("classes.txt"));
        assertThat(plan.saveDir()).contains(home.resolve("labels"));
        assertThat(plan.format()).isEqualTo("yolo");
        assertThat(plan.resumed()).isTrue();
    }

    @Test
    void commandLineValuesWinAndMissingOnesComeFromThatFoldersMemory() {
        Path images = home.resolve("imgs");
        History history = History.empty().withRecent(new RecentEntry(images, home.resolve("old.txt"), home.resolve("old")));
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.of(home.resolve("new.txt")),
                Optional.empty(), Optional.of("createml"), Optional.empty(), false, false);
        LaunchPlan plan = LaunchPlan.resolve(options, Settings.defaults(), history);
        assertThat(plan.images()).contains(images);
        assertThat(plan.classFile()).contains(home.resolve("new.txt"));
        assertThat(plan.saveDir()).contains(home.resolve("old"));
        assertThat(plan.format()).isEqualTo("createml");
        assertThat(plan.resumed()).isFalse();
    }

    @Test
    void nothingRememberedAndNothingGivenOpensNothing() {
        LaunchPlan plan = LaunchPlan.resolve(LaunchOptions.empty(), Settings.defaults(), History.empty());
        assertThat(plan.images()).isEmpty();
        assertThat(plan.format()).isEqualTo("voc");
    }

    @Test
    void openDirKeepsTheClassFileAndUsesTheFoldersOwnRememberedSaveDirOrNone() {
        Path remembered = home.resolve("remembered");
        History history = History.empty().withRecent(new RecentEntry(remembered, home.resolve("old.txt"), home.resolve("r")));
        LaunchPlan current = new LaunchPlan(Optional.of(home.resolve("a")), Optional.of(home.resolve("c.txt")),
                Optional.of(home.resolve("a-labels")), "yolo", true);

        LaunchPlan fresh = current.openingFolder(home.resolve("new"), history);
        assertThat(fresh).isEqualTo(new LaunchPlan(Optional.of(home.resolve("new")), Optional.of(home.resolve("c.txt")),
                Optional.empty(), "yolo", false));
        assertThat(current.openingFolder(remembered, history).saveDir()).contains(home.resolve("r"));
        assertThat(current.openingFolder(remembered, history).classFile()).contains(home.resolve("c.txt"));
    }
}
