package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class CachedNativesTest {
    @Test
    @EnabledOnOs(OS.LINUX)
    void onceUnpackedTheNativesLoadThroughTheFastPath() {
        OpenCv.ready();
        assertThat(CachedNatives.load()).isTrue();
    }
}
