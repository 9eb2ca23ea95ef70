package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import dev.labelj.model.AnnotationStatus;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageStatusesTest {
    @Test
    void looksUpLazilyOnceAndAgainAfterInvalidation(@TempDir Path dir) throws Exception {
        Path image = Files.write(dir.resolve("a.jpg"), new byte[0]);
        Path label = dir.resolve("a.xml");
        AtomicInteger lookups = new AtomicInteger();
        ImageStatuses statuses = new ImageStatuses(img -> {
            lookups.incrementAndGet();
            Path xml = img.resolveSibling("a.xml");
            return Files.exists(xml) ? AnnotationStatus.LABELLED : AnnotationStatus.NO_LABEL;
        });
        assertThat(statuses.ifKnown(image)).isEmpty();
        assertThat(lookups).hasValue(0);
        assertThat(statuses.status(image)).isEqualTo(AnnotationStatus.NO_LABEL);
        Files.writeString(label, "<annotation/>");
        assertThat(statuses.status(image)).as("remembered").isEqualTo(AnnotationStatus.NO_LABEL);
        assertThat(lookups).hasValue(1);
        statuses.invalidate(image);
        assertThat(statuses.status(image)).isEqualTo(AnnotationStatus.LABELLED);
        assertThat(statuses.ifKnown(image)).contains(AnnotationStatus.LABELLED);
        statuses.invalidateAll();
        assertThat(statuses.ifKnown(image)).isEmpty();
    }
}
