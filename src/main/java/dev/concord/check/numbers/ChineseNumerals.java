package dev.concord.check.numbers;

import java.math.BigDecimal;

/**
 * Reads a run of Chinese numeral characters (三十億, 一萬二千, 十五, 一百零五) into an exact BigDecimal.
 * Our own parser because the usual ones are unsafe:
 * Hutool's chineseToNumber returns an int and overflows (三十亿 → −1,294,967,296), ICU's RBNF reads
 * 一万二 as 10,002 instead of 12,000.
 */
final class ChineseNumerals {
    private ChineseNumerals() {}

    static final BigDecimal WAN = BigDecimal.valueOf(10_000L);
    static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);
    /** 兆 in Taiwan and Hong Kong: 1e12. In mainland technical text it is 1e6 (mega): see {@link #ZHAO_MEGA}. */
    static final BigDecimal ZHAO = BigDecimal.valueOf(1_000_000_000_000L);
    static final BigDecimal ZHAO_MEGA = BigDecimal.valueOf(1_000_000L);

    /** 0–9 for a numeral digit (零〇一二兩…九 and the financial forms), else −1. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '貳', '贰', '兩', '两' -> 2;
            case '三', '參', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陸', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** 10, 100, 1000 for 十百千 (and 拾佰仟), else 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** 萬/万, 億/亿, 兆 — the scales that multiply a whole section. */
    static boolean isBigScale(char c) {
        return c == '萬' || c == '万' || c == '億' || c == '亿' || c == '兆';
    }

    static boolean isNumeral(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || isBigScale(c);
    }

    static BigDecimal bigScale(char c, BigDecimal zhao) {
        return switch (c) {
            case '萬', '万' -> WAN;
            case '億', '亿' -> YI;
            case '兆' -> zhao;
            default -> throw new IllegalArgumentException("not a scale: " + c);
        };
    }

    /**
     * The value of a numeral run, or null when it is not a well-formed number (三四百 is "three or
     * four hundred", 十十 is nothing). 兆 counts as {@code zhao}.
     */
    static BigDecimal parse(String run, BigDecimal zhao) {
        if (run.isEmpty()) return null;
        // Split at the largest scale present (last occurrence, so 一萬億 = (一萬) × 億).
        int at = -1;
        BigDecimal scale = null;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (isBigScale(c)) {
                BigDecimal s = bigScale(c, zhao);
                if (scale == null || s.compareTo(scale) >= 0) {
                    scale = s;
                    at = i;
                }
            }
        }
        if (at < 0) return parseSection(run);
        if (at == 0) return null;
        String left = run.substring(0, at);
        String right = run.substring(at + 1);
        for (int i = 0; i < left.length(); i++) {
            // 一萬十萬: the same scale twice is not a number (一萬億 is fine: 萬 < 億).
            if (isBigScale(left.charAt(i)) && bigScale(left.charAt(i), zhao).compareTo(scale) >= 0) return null;
        }
        BigDecimal high = parse(left, zhao);
        if (high == null) return null;
        BigDecimal total = high.multiply(scale);
        if (right.isEmpty()) return total;
        if (right.length() == 1 && digit(right.charAt(0)) > 0) {
            // 一萬二 = 12,000 and 一億五 = 150,000,000: a lone digit after a scale counts in tenths of it.
            return total.add(BigDecimal.valueOf(digit(right.charAt(0))).multiply(scale).divide(BigDecimal.TEN));
        }
        if (right.charAt(0) == '零' || right.charAt(0) == '〇') right = right.substring(1);
        BigDecimal low = parse(right, zhao);
        if (low == null || low.compareTo(scale) >= 0) return null;
        return total.add(low);
    }

    /** A section below 萬: digits with 十百千 and 零 (一千零五 = 1005, 十五 = 15, 三千五 = 3500). */
    private static BigDecimal parseSection(String run) {
        long total = 0;
        int pending = -1;
        int lastUnit = 0;
        boolean afterZero = false;
        char prev = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int d = digit(c);
            if (d == 0) {
                if (pending > 0) return null;
                afterZero = true;
                pending = -1;
            } else if (d > 0) {
                if (pending > 0) return null; // two digits side by side: 三四 is "three or four"
                pending = d;
            } else {
                int u = smallUnit(c);
                if (u == 0) return null;
                if (lastUnit != 0 && u >= lastUnit) return null;
                if (pending < 0) {
                    if (u == 10 && total == 0 && !afterZero) pending = 1; // 十五
                    else if (u == 10 && afterZero) pending = 1;           // 一百零十 is rare but harmless
                    else return null;
                }
                total += (long) pending * u;
                pending = -1;
                lastUnit = u;
                afterZero = false;
            }
            prev = c;
        }
        if (pending > 0) {
            if (!afterZero && lastUnit >= 100 && smallUnit(prev) == 0 && smallUnit(run.charAt(run.length() - 2)) == lastUnit) {
                total += (long) pending * lastUnit / 10; // 三千五 = 3500, 兩百五 = 250
            } else {
                total += pending;
            }
        }
        return BigDecimal.valueOf(total);
    }
}
