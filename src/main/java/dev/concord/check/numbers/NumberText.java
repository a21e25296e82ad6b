package dev.concord.check.numbers;

import java.math.BigDecimal;

/** Character-level helpers shared by the zh and en scanners. Single pass, no regular expressions. */
final class NumberText {
    private NumberText() {}

    /** 0–9 for ASCII and full-width digits (０–９), else −1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= '０' && c <= '９') return c - '０';
        return -1;
    }

    static boolean isDigit(String s, int i) {
        return i >= 0 && i < s.length() && digit(s.charAt(i)) >= 0;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiLetter(String s, int i) {
        return i >= 0 && i < s.length() && isAsciiLetter(s.charAt(i));
    }

    private static final java.util.regex.Pattern PER_THOUSAND = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:/|每|per )\\s*(?:千|1 ?[kK]\\b|[kK]\\b|thousand\\b|1,000\\b|1000\\b)");
    private static final java.util.regex.Pattern PER_MILLION = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:/|每|per )\\s*(?:百万|百萬|1 ?[mM]\\b|[mM]\\b|million\\b|1,000,000\\b)");

    /**
     * Prices per thousand and per million tokens as one: a price with a rate after it (0.0008元/千
     * tokens, "$0.8 per million") also reads as the price of the other rate, so that a
     * translation quoting the other rate meets it (0.0008 元 per thousand = 0.8 元 per million).
     */
    static java.util.List<Quantity> ratesAlike(String text, java.util.List<Quantity> found) {
        return replaced(found, k -> {
            Quantity q = found.get(k);
            if (q.kind() != Kind.MONEY || q.alternative() != null || q.end() >= text.length()) return null;
            if (PER_THOUSAND.matcher(text).region(q.end(), text.length()).lookingAt()) return q.withAlternative(q.value().movePointRight(3));
            if (PER_MILLION.matcher(text).region(q.end(), text.length()).lookingAt()) return q.withAlternative(q.value().movePointLeft(3));
            return null;
        });
    }

    private static final java.util.regex.Pattern QUARTER_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:quarter\\b|(?:當|当|這一|这一)?季)");

    /**
     * The months that name a quarter as weak ("the March quarter", "the July-September quarter",
     * 1 至 3 月當季, 9月季度): a period a translation names by its number as often (第一季, Q3).
     */
    private static final java.util.regex.Pattern NINES = java.util.regex.Pattern.compile(
            "(?i)\\b(two|three|four|five|six|[2-6]) nines\\b|([二两兩三四五六2-6]) ?[个個] ?9(?![0-9])");

    /**
     * Availability said in nines: "five nines", 四个9 are 99.999 % and 99.99 %, as a translation may
     * write them: a weak percentage beside the numbers, which become weak. The list itself when
     * there is none.
     */
    static java.util.List<Quantity> withNines(String text, java.util.List<Quantity> found) {
        if (text.indexOf("nines") < 0 && text.indexOf("个9") < 0 && text.indexOf("个 9") < 0 && text.indexOf("個9") < 0
                && text.indexOf("個 9") < 0) return found;
        java.util.regex.Matcher m = NINES.matcher(text);
        java.util.List<Quantity> out = null;
        while (m.find()) {
            String n = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
            int count = "two 2 二 两 兩".contains(n) ? 2 : "three 3 三".contains(n) ? 3 : "four 4 四".contains(n) ? 4
                    : "five 5 五".contains(n) ? 5 : 6;
            java.math.BigDecimal percent = java.math.BigDecimal.valueOf(100).subtract(java.math.BigDecimal.ONE.movePointLeft(count - 2));
            if (out == null) out = new java.util.ArrayList<>(found);
            addReading(out, m, Kind.PERCENT, percent);
        }
        return out == null ? found : out;
    }

    /**
     * Adds to {@code out}, in text order, a weak reading of the phrase {@code m} matched ("1 in 100"
     * as 1 %, "25% more" as 1.25 times, "five nines" as 99.999 %), and makes the figures inside the
     * phrase weak: the phrase may be written either way.
     */
    static void addReading(java.util.List<Quantity> out, java.util.regex.MatchResult m, Kind kind, java.math.BigDecimal value) {
        for (int k = 0; k < out.size(); k++) {
            Quantity q = out.get(k);
            if (q.start() >= m.start() && q.end() <= m.end()) out.set(k, q.weakened());
        }
        int at = 0;
        while (at < out.size() && out.get(at).start() <= m.start()) at++;
        out.add(at, new Quantity(kind, value, null, null, null, 0, 0, 0, RangeEnd.NONE, true, true, null, null, null,
                false, false, m.start(), m.end(), m.group()));
    }

    private static final java.util.regex.Pattern ROUND_THE_CLOCK = java.util.regex.Pattern.compile("7 ?[×xX*] ?24|24 ?[×xX*] ?7");

    /** 7×24 小时 is "24/7": its figures are weak, as the English idiom's are. The list itself when there is none. */
    static java.util.List<Quantity> weakenRoundTheClock(String text, java.util.List<Quantity> found) {
        if (text.indexOf("24") < 0) return found;
        java.util.regex.Matcher m = ROUND_THE_CLOCK.matcher(text);
        java.util.List<Quantity> out = found;
        while (m.find()) {
            for (int k = 0; k < out.size(); k++) {
                Quantity q = out.get(k);
                if (q.start() >= m.start() && q.start() < m.end() && !q.weak()) {
                    if (out == found) out = new java.util.ArrayList<>(found);
                    out.set(k, q.weakened());
                }
            }
        }
        return out;
    }

    static java.util.List<Quantity> weakenQuarterMonths(String text, java.util.List<Quantity> found) {
        java.util.function.IntPredicate quarter = k -> {
            Quantity q = found.get(k);
            return q.kind() == Kind.DATE && q.month() != 0 && q.day() == 0 && !q.weak() && q.end() < text.length()
                    && QUARTER_AFTER.matcher(text).region(q.end(), text.length()).lookingAt();
        };
        return replaced(found, k -> quarter.test(k)
                // or the low end of the range the quarter spans, which shares its start
                || k + 1 < found.size() && found.get(k + 1).range() == RangeEnd.HIGH && found.get(k + 1).start() == found.get(k).start()
                        && quarter.test(k + 1) ? found.get(k).weakened() : null);
    }

    /**
     * The quantities with each one {@code replacement} gives for its index put in its place (null:
     * kept), the same list when none is: the passes after the scan change few quantities.
     */
    static java.util.List<Quantity> replaced(java.util.List<Quantity> found, java.util.function.IntFunction<Quantity> replacement) {
        java.util.List<Quantity> out = null;
        for (int k = 0; k < found.size(); k++) {
            Quantity r = replacement.apply(k);
            if (r == null) continue;
            if (out == null) out = new java.util.ArrayList<>(found);
            out.set(k, r);
        }
        return out == null ? found : out;
    }

    static boolean isLatinOrDigit(String s, int i) {
        return isAsciiLetter(s, i) || isDigit(s, i);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2009' || c == '\u202F';
    }

    /** The first index at or after i that is not an inline space (newlines are not skipped). */
    static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return i;
    }

    /** The smallest j ≤ i such that s[j, i) is all inline spaces. */
    static int skipSpacesBack(String s, int i) {
        while (i > 0 && isSpace(s.charAt(i - 1))) i--;
        return i;
    }

    /** Whether s has w ending exactly at index p. */
    static boolean endsAt(String s, int p, String w) {
        int from = p - w.length();
        return from >= 0 && s.startsWith(w, from);
    }

    /** Whether s has the ASCII word w (case-sensitive) at i, not followed by a letter. */
    static boolean wordAt(String s, int i, String w) {
        return s.startsWith(w, i) && !isAsciiLetter(s, i + w.length());
    }

    /** Longer digit runs are ids or hashes. 10^24 is far beyond any amount written in prose. */
    static final int MAX_DIGITS = 24;

    /** A run of Arabic digits as written; versionLike also marks an overlong run: neither is a quantity. */
    record ArabicRun(int end, BigDecimal value, int intDigits, int fracDigits, boolean grouped, boolean versionLike) {}

    /**
     * Reads digits from i (which must be a digit): ASCII ',' grouping only when every group has
     * exactly three digits (so "1,2" is two numbers), '.' or '．' decimals. A second decimal point
     * (1.2.3) marks a version: the whole dotted run is returned with versionLike set.
     */
    static ArabicRun readArabic(String s, int i) {
        StringBuilder sb = new StringBuilder();
        int j = i;
        while (j < s.length() && digit(s.charAt(j)) >= 0) sb.append((char) ('0' + digit(s.charAt(j++))));
        int intDigits = sb.length();
        if (intDigits > MAX_DIGITS) {
            // An id or a hash, not an amount; and BigDecimal parsing is superlinear in the length.
            while (j < s.length() && (digit(s.charAt(j)) >= 0 || s.charAt(j) == '.' || s.charAt(j) == ',')) j++;
            return new ArabicRun(j, BigDecimal.ZERO, intDigits, 0, false, true);
        }
        boolean grouped = false;
        if (intDigits <= 3) {
            while (s.length() > j && s.charAt(j) == ',' && isDigit(s, j + 1) && isDigit(s, j + 2)
                    && isDigit(s, j + 3) && !isDigit(s, j + 4) && sb.length() <= MAX_DIGITS) {
                for (int k = j + 1; k <= j + 3; k++) sb.append((char) ('0' + digit(s.charAt(k))));
                j += 4;
                grouped = true;
            }
        }
        intDigits = sb.length();
        int fracDigits = 0;
        if (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == '．') && isDigit(s, j + 1)) {
            sb.append('.');
            j++;
            while (j < s.length() && digit(s.charAt(j)) >= 0) {
                sb.append((char) ('0' + digit(s.charAt(j++))));
                fracDigits++;
            }
            if (fracDigits > MAX_DIGITS) return new ArabicRun(j, BigDecimal.ZERO, intDigits, fracDigits, grouped, true);
            if (j < s.length() && s.charAt(j) == '.' && isDigit(s, j + 1)) {
                while (j < s.length() && (s.charAt(j) == '.' || isDigit(s, j))) j++;
                return new ArabicRun(j, BigDecimal.ZERO, intDigits, fracDigits, grouped, true);
            }
        }
        BigDecimal value = new BigDecimal(sb.toString());
        // 3e-4, 1E5: scientific notation, as learning rates are written; the exponent is part of the number
        if (j + 1 < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E') && !grouped) {
            int k = j + 1;
            boolean negative = s.charAt(k) == '-' || s.charAt(k) == '−';
            if (negative || s.charAt(k) == '+') k++;
            int e = k;
            while (e < s.length() && e - k < 3 && isAsciiDigit(s.charAt(e))) e++;
            if (e > k && (e >= s.length() || !Character.isLetterOrDigit(s.charAt(e)))) {
                int exp = Integer.parseInt(s.substring(k, e));
                return new ArabicRun(e, value.scaleByPowerOfTen(negative ? -exp : exp), intDigits, fracDigits, false, false);
            }
        }
        return new ArabicRun(j, value, intDigits, fracDigits, grouped, false);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The scale of a magnitude letter written right after a number standing alone ("70B
     * parameters", "10K a month", "1.5M users"), or null. Lower-case m is left out: 5m is as
     * often metres or minutes.
     */
    static BigDecimal magnitude(String suffix) {
        return switch (suffix) {
            case "K", "k" -> BigDecimal.valueOf(1_000L);
            case "M", "mn" -> BigDecimal.valueOf(1_000_000L);
            case "B", "b", "bn", "G" -> BigDecimal.valueOf(1_000_000_000L); // 1G: a gigabit line, a gigabyte
            case "T", "tn" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> null;
        };
    }

    /** The end of a name-like run of ASCII letters and digits joined by '.', '-', '_' (Yi-34B-Chat, Qwen2.5). */
    static int skipName(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (isAsciiLetter(c) || digit(c) >= 0) {
                j++;
            } else if ((c == '.' || c == '-' || c == '_') && isLatinOrDigit(s, j + 1)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Whether the number at [start, end) is a list marker or a heading number: only bullets,
     * quote marks, '#' or spaces before it on its line, and "1." / "1)" / "1、" after it; in a heading
     * a dotted section number followed by a space ("### 2.3 Background") counts too.
     */
    static boolean isMarker(String s, int start, int end, boolean dotted) {
        int k = start - 1;
        boolean heading = false;
        while (k >= 0 && s.charAt(k) != '\n') {
            char c = s.charAt(k);
            if (c == '#') heading = true;
            else if (!(isSpace(c) || c == '>' || c == '*' || c == '+' || c == '-' || c == '(' || c == '（')) return false;
            k--;
        }
        if (end >= s.length()) return false;
        char c = s.charAt(end);
        if (c == ')' || c == '）' || c == '、') return true;
        if ((c == '.' || c == '．') && !isDigit(s, end + 1)) return true;
        return heading && dotted && isSpace(c);
    }

    /**
     * Units of measure, as written after a number (glued, 7nm, or apart, 40 GB), with the symbol
     * they stand for; Chinese names of the same units too (7 納米 = 7nm). Case matters: 5 ms is
     * milliseconds, 5 Ms is not a unit. Longest first where one is a prefix of another.
     */
    private static final String[][] UNITS = {
            // the words first: "milliseconds" = ms (2000 milliseconds is no year), "gigabytes" = GB
            {"milliseconds", "ms"}, {"millisecond", "ms"}, {"microseconds", "μs"}, {"nanoseconds", "ns"},
            {"nanometers", "nm"}, {"nanometres", "nm"}, {"millimeters", "mm"}, {"millimetres", "mm"},
            {"centimeters", "cm"}, {"centimetres", "cm"}, {"kilometers", "km"}, {"kilometres", "km"},
{"meters", "m"}, {"metres", "m"}, {"meter", "m"}, {"metre", "m"}, {"megapixels", "MP"}, {"megapixel", "MP"},
            {"pixels per inch", "ppi"}, {"watts", "W"}, {"watt", "W"}, {"volts", "V"}, {"kilowatts", "kW"}, {"kilowatt", "kW"},
            {"kilohertz", "kHz"}, {"megahertz", "MHz"}, {"Mbit/s", "Mbit"}, {"Mbit", "Mbit"}, {"megabits", "Mbit"},
                        {"kilograms", "kg"}, {"kilogram", "kg"}, {"gigabytes", "GB"}, {"megabytes", "MB"}, {"kilobytes", "KB"},
            {"terabytes", "TB"}, {"pixels", "px"},
            {"nm", "nm"}, {"mm", "mm"}, {"cm", "cm"}, {"km", "km"}, {"kg", "kg"}, {"mg", "mg"},
            {"GiB", "GiB"}, {"MiB", "MiB"}, {"KiB", "KiB"}, {"TiB", "TiB"},
            {"GB", "GB"}, {"MB", "MB"}, {"KB", "KB"}, {"kB", "KB"}, {"TB", "TB"}, {"PB", "PB"},
            {"Gbps", "Gbps"}, {"Mbps", "Mbps"}, {"kbps", "kbps"},
            {"ms", "ms"}, {"ns", "ns"}, {"μs", "μs"},
            {"GHz", "GHz"}, {"MHz", "MHz"}, {"kHz", "kHz"}, {"Hz", "Hz"},
            {"mAh", "mAh"}, {"kWh", "kWh"}, {"fps", "fps"}, {"px", "px"}, {"dpi", "dpi"}, {"ppi", "ppi"},
            {"Wh", "Wh"}, {"W", "W"}, {"MP", "MP"}, {"V", "V"},
            {"納米", "nm"}, {"纳米", "nm"}, {"奈米", "nm"}, {"毫米", "mm"}, {"厘米", "cm"}, {"公分", "cm"},
            {"公里", "km"}, {"公斤", "kg"}, {"毫秒", "ms"}, {"納秒", "ns"}, {"纳秒", "ns"}, {"微秒", "μs"},
            {"赫茲", "Hz"}, {"赫兹", "Hz"}, {"像素", "px"}, {"畫素", "px"}, {"画素", "px"},
            {"平方公尺", "m²"}, {"平方米", "m²"}, {"square meters", "m²"}, {"square metres", "m²"}, {"sq m", "m²"}, {"m²", "m²"},
            {"千卡", "kcal"}, {"大卡", "kcal"}, {"卡路里", "kcal"}, {"千焦", "kJ"}, {"kcal", "kcal"}, {"kJ", "kJ"},
            {"calories", "kcal"}, {"千瓦", "kW"}, {"千米", "km"}, {"千克", "kg"}, {"兆赫", "MHz"}, {"千赫", "kHz"}, {"吉赫", "GHz"},
            {"兆比特", "Mbit"}, {"兆位元", "Mbit"}, {"毫克", "mg"}, {"克", "g"},
            // 米 last, after 納米, 毫米 and 千米
            {"米", "m"},
    };

    /** The unit of measure written at k as a whole word ({symbol, written}), or null. */
    static String[] unitAt(String s, int k) {
        for (String[] u : UNITS) {
            if (!s.startsWith(u[0], k)) continue;
            if (isAsciiLetter(u[0].charAt(0)) && isLatinOrDigit(s, k + u[0].length())) continue; // 5 msec, 7nmX
            return new String[] {u[1], u[0]};
        }
        return null;
    }

    /** A currency written before the number, found by looking back from the number's start. */
    record Prefix(String currency, int start) {}

    /**
     * Looks back from p (over spaces) for one of the tokens; table rows are {token, ISO code}, longest
     * tokens first. ASCII tokens need a non-letter before them so "GRMB 5" is not RMB.
     */
    static Prefix prefixBefore(String s, int p, String[][] table) {
        int q = skipSpacesBack(s, p);
        for (String[] row : table) {
            String token = row[0];
            if (!endsAt(s, q, token)) continue;
            int from = q - token.length();
            if (isAsciiLetter(token.charAt(0)) && isAsciiLetter(s, from - 1)) continue;
            if (isAsciiLetter(token.charAt(token.length() - 1)) && q == p) continue; // RMB0.99 reads as a name
            return new Prefix(row[1], from);
        }
        return null;
    }

    /** The ASCII word (letters only) that ends at p, after skipping spaces back; "" if none. */
    static String wordBefore(String s, int p) {
        int q = skipSpacesBack(s, p);
        int k = q;
        while (k > 0 && isAsciiLetter(s.charAt(k - 1))) k--;
        return s.substring(k, q);
    }

    /** The ASCII word (letters only) that starts at p, after skipping spaces; "" if none. */
    static String wordAfter(String s, int p) {
        int q = p;
        while (q < s.length() && isSpace(s.charAt(q))) q++;
        int k = q;
        while (k < s.length() && isAsciiLetter(s.charAt(k))) k++;
        return s.substring(q, k);
    }
}
