package dev.labelj.image;

import java.util.Comparator;

/**
 * Orders names the way people count: {@code img2} before {@code img10}. Digit runs compare by value
 * (leading zeros only break ties), everything else case-insensitively, then case-sensitively so the
 * order is total and stable.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int tieBreak = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitRunEnd(a, i);
                int endB = digitRunEnd(b, j);
                int byValue = compareDigitRuns(a, i, endA, b, j, endB);
                if (byValue != 0) {
                    return byValue;
                }
                if (tieBreak == 0) {
                    tieBreak = Integer.compare(endA - i, endB - j);
                }
                i = endA;
                j = endB;
            } else {
                int folded = Character.compare(fold(ca), fold(cb));
                if (folded != 0) {
                    return folded;
                }
                if (tieBreak == 0) {
                    tieBreak = Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : tieBreak;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static int digitRunEnd(String s, int start) {
        int end = start;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Compares two digit runs by numeric value without parsing, so runs of any length work. */
    private static int compareDigitRuns(String a, int startA, int endA, String b, int startB, int endB) {
        int sa = skipZeros(a, startA, endA);
        int sb = skipZeros(b, startB, endB);
        int byLength = Integer.compare(endA - sa, endB - sb);
        if (byLength != 0) {
            return byLength;
        }
        for (int k = 0; k < endA - sa; k++) {
            int byDigit = Character.compare(a.charAt(sa + k), b.charAt(sb + k));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return 0;
    }

    private static int skipZeros(String s, int start, int end) {
        int k = start;
        while (k < end - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }
}
