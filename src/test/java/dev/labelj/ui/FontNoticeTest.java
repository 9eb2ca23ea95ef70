package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.ui.support.Languages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Characters the font cannot draw are named once, with what to install, instead of showing as mute boxes. */
class FontNoticeTest {
    /** A font with Latin letters only, as a machine without CJK fonts has. */
    private static final Predicate<String> LATIN_ONLY = text -> text.chars().allMatch(c -> c < 0x2E80);
    private final List<String> said = new ArrayList<>();

    @Test
    void chineseNamesInAFolderAreNamedOnceTheFirstImageHasSettled() {
        FontNotice notice = new FontNotice(LATIN_ONLY, said::add);
        notice.startsIn(Languages.ENGLISH);
        notice.imagesChanged(Path.of("/d"), List.of(Path.of("/d/cat.jpg"), Path.of("/d/猫.jpg")));
        assertThat(said).isEmpty();
        notice.imageShown(0, null);
        assertThat(said).singleElement().asString().contains("猫.jpg").contains("fonts-noto-cjk");
        notice.imagesChanged(Path.of("/e"), List.of(Path.of("/e/狗.jpg")));
        notice.imageShown(0, null);
        assertThat(said).hasSize(1);
    }

    @Test
    void switchingToChineseSaysSoAtOnceWhenTheFontHasNoChineseAndNothingWhenItHas() {
        FontNotice missing = new FontNotice(LATIN_ONLY, said::add);
        missing.switchedTo(Languages.CHINESE);
        assertThat(said).singleElement().asString().contains("fonts-droid-fallback");

        said.clear();
        FontNotice present = new FontNotice(text -> true, said::add);
        present.switchedTo(Languages.CHINESE);
        present.imagesChanged(Path.of("/d"), List.of(Path.of("/d/猫.jpg")));
        present.imageShown(0, null);
        assertThat(said).isEmpty();
    }

    @Test
    void theFontIsAskedOnlyAboutNamesThatAreNotPlainAscii() {
        List<String> asked = new ArrayList<>();
        FontNotice notice = new FontNotice(text -> asked.add(text) && LATIN_ONLY.test(text), said::add);
        notice.startsIn(Languages.ENGLISH);
        notice.imagesChanged(Path.of("/d"), List.of(Path.of("/d/cat.jpg"), Path.of("/d/café.jpg"),
                Path.of("/d/dog 2.png")));
        notice.imageShown(0, null);
        assertThat(asked).containsExactly("café.jpg");
        assertThat(said).isEmpty();
    }

    @Test
    void anEmptyWindowInChineseSaysItWhenTheFolderTurnsOutEmpty() {
        FontNotice notice = new FontNotice(LATIN_ONLY, said::add);
        notice.startsIn(Languages.CHINESE);
        notice.imagesChanged(Path.of("/empty"), List.of());
        assertThat(said).hasSize(1);
    }
}
