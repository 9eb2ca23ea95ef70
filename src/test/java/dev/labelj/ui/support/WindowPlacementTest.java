package dev.labelj.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final List<Rectangle> TWO_SCREENS = List.of(new Rectangle(0, 0, 1920, 1080),
            new Rectangle(1920, 0, 1280, 1024));

    @Test
    void aWindowWhoseTitleBarIsOnSomeScreenIsRestored() {
        assertThat(WindowPlacement.isOnAScreen(new Rectangle(100, 100, 1200, 800), TWO_SCREENS)).isTrue();
        assertThat(WindowPlacement.isOnAScreen(new Rectangle(2000, 50, 1000, 700), TWO_SCREENS)).isTrue();
        assertThat(WindowPlacement.isOnAScreen(new Rectangle(-1000, 10, 1200, 800), TWO_SCREENS)).isTrue();
    }

    @Test
    void aWindowLeftOnAnUnpluggedScreenOrWithItsTitleBarOutOfReachIsNot() {
        assertThat(WindowPlacement.isOnAScreen(new Rectangle(3300, 100, 1200, 800), TWO_SCREENS)).isFalse();
        assertThat(WindowPlacement.isOnAScreen(new Rectangle(100, -600, 1200, 800), TWO_SCREENS)).isFalse();
        assertThat(WindowPlacement.isOnAScreen(new Rectangle(1850, 100, 1200, 800), List.of(TWO_SCREENS.get(0))))
                .isFalse();
        assertThat(WindowPlacement.isOnAScreen(new Rectangle(100, 100, 40, 30), TWO_SCREENS)).isFalse();
    }
}
