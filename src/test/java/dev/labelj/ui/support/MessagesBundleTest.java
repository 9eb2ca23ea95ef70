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
                assertThat(new java.text.MessageFormat(pattern).format(new Object[] {"a", 1, 2, 3, 4}))
                        .as(key).isNotBlank();
            }
        }
    }
}
