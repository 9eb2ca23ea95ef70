package dev.labelj.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Both languages carry the same keys, each exactly once, and every pattern formats. */
class MessagesBundleTest {
    private static final String[] BUNDLES = {"messages.properties", "messages_zh_CN.properties"};

    private static List<String> keysInFileOrder(String bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/dev/labelj/ui/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                    keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
                }
            }
        }
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/dev/labelj/ui/" + bundle)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : BUNDLES) {
            List<String> keys = keysInFileOrder(bundle);
            assertThat(keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                    .entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey))
                    .as("keys defined twice in " + bundle).isEmpty();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPatternFormats() throws IOException {
        Properties english = load(BUNDLES[0]);
        Properties chinese = load(BUNDLES[1]);
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (Properties bundle : List.of(english, chinese)) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                Object[] args = {"a", 1, 2, 3, 4};
                for (int position : COUNT_ARGUMENTS.getOrDefault(key, new int[0])) {
                    args[position] = 5;
                }
                assertThat(new java.text.MessageFormat(pattern).format(args))
                        .as(key).isNotBlank();
            }
        }
    }

    /** Keys that format counts, with the argument positions that hold them. */
    private static final java.util.Map<String, int[]> COUNT_ARGUMENTS = java.util.Map.ofEntries(
            java.util.Map.entry("title.image", new int[] {1, 2}),
            java.util.Map.entry("status.scanned", new int[] {0}),
            java.util.Map.entry("status.imageReduced", new int[] {1, 2}),
            java.util.Map.entry("status.pointerAt", new int[] {0, 1}),
            java.util.Map.entry("status.draftSize", new int[] {0, 1}),
            java.util.Map.entry("status.zoomPercent", new int[] {0}),
            java.util.Map.entry("status.positionOf", new int[] {0, 1}),
            java.util.Map.entry("status.annotationWarnings", new int[] {0}),
            java.util.Map.entry("status.labelledOf", new int[] {0, 1}),
            java.util.Map.entry("status.annotationOpened", new int[] {0}),
            java.util.Map.entry("status.boxesCopied", new int[] {0}),
            java.util.Map.entry("status.boxesAdded", new int[] {0}),
            java.util.Map.entry("status.boxesAddedClipped", new int[] {0, 1, 2}),
            java.util.Map.entry("status.annotationOpenedWithWarnings", new int[] {0}),
            java.util.Map.entry("status.rescanSame", new int[] {0}),
            java.util.Map.entry("status.rescanChanged", new int[] {0, 1}),
            java.util.Map.entry("results.summary.format", new int[] {2}),
            java.util.Map.entry("results.summary.epochs", new int[] {2}),
            java.util.Map.entry("results.summary.planned", new int[] {0}),
            java.util.Map.entry("results.summary.warnings", new int[] {0}),
            java.util.Map.entry("results.status.loading", new int[] {0}),
            java.util.Map.entry("results.status.loaded", new int[] {0, 1}),
            java.util.Map.entry("results.runs.count", new int[] {0}),
            java.util.Map.entry("status.adjusted", new int[] {0, 1}));

    @Test
    void countsAreWrittenWithoutDigitGrouping() throws IOException {
        for (String bundle : BUNDLES) {
            Properties properties = load(bundle);
            COUNT_ARGUMENTS.forEach((key, positions) -> {
                Object[] args = {"a", "b", "c", "d"};
                for (int position : positions) {
                    args[position] = 100000;
                }
                String text = new java.text.MessageFormat(properties.getProperty(key), java.util.Locale.US).format(args);
                assertThat(text).as(bundle + " " + key).contains("100000").doesNotContain("100,000");
            });
        }
    }
}
