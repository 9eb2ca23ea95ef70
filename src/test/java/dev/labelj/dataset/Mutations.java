package dev.labelj.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The changes a careless tool, a full disk or a hostile user makes to an annotation file: truncation, a
 * flipped bit, a duplicated or deleted line, deep or unclosed nesting, huge numbers, control characters and
 * empty labels. One to three of them per file.
 */
final class Mutations {
    private static final String[] NUMBERS = {"1e308", "-1e308", "1e400", "99999999999999999999", "1000000000",
        "5000000", "0x1p-1", "0.5f", "NaN", "-0", "9".repeat(100_000)};
    private static final String[] CONTROLS = {"\u001b[31m", "\u0000", "\u0085", "\r", "\u2028", "\uFEFF", "\t"};

    private Mutations() {
    }

    static byte[] apply(byte[] original, Random random) {
        byte[] bytes = original;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            bytes = once(bytes, random);
        }
        return bytes;
    }

    private static byte[] once(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (random.nextInt(9)) {
            case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 1 -> flip(bytes, random);
            case 2 -> lines(text, random, true);
            case 3 -> lines(text, random, false);
            case 4 -> insert(text, random, nesting(text, random.nextInt(20_000), true));
            case 5 -> (text + nesting(text, random.nextInt(200_000), false)).getBytes(StandardCharsets.UTF_8);
            case 6 -> text.replaceFirst("\\d+(\\.\\d+)?", NUMBERS[random.nextInt(NUMBERS.length)])
                    .getBytes(StandardCharsets.UTF_8);
            case 7 -> insert(text, random, CONTROLS[random.nextInt(CONTROLS.length)]);
            default -> text.replaceFirst("<name>[^<]*</name>", "<name> </name>")
                    .replaceFirst("\"label\"\\s*:\\s*\"[^\"]*\"", "\"label\":\"\"").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] flip(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] lines(String text, Random random, boolean duplicate) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        if (duplicate) {
            lines.add(at, lines.get(at));
        } else {
            lines.remove(at);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(String text, Random random, String piece) {
        int at = random.nextInt(text.length() + 1);
        while (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        return (text.substring(0, at) + piece + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Nested elements for XML, arrays for JSON, a long line for YOLO; closed or left open. */
    private static String nesting(String text, int depth, boolean closed) {
        boolean json = text.stripLeading().startsWith("[");
        boolean xml = text.contains("<");
        String open = json ? "[" : xml ? "<a>" : "0 ";
        String close = json ? "]" : xml ? "</a>" : "";
        return open.repeat(depth) + (closed ? close.repeat(depth) : "");
    }
}
