package dev.concord.check.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The single left-to-right pass shared by the zh and en extractors: the language scanner reads one
 * number with its prefix, scale and unit; this class joins two readings around a range connector
 * (carrying the scale and unit from the right: "3 至 5 億", "$80–100 million") and emits quantities.
 */
abstract class QuantityScanner {
    final String s;
    final int n;
    private final List<Quantity> out = new ArrayList<>();
    /** Where scanning continues when {@link #read} returns null; always beyond the position read. */
    int resume;

    QuantityScanner(String text) {
        this.s = text;
        this.n = text.length();
    }

    final List<Quantity> run() {
        int i = 0;
        while (i < n) {
            int next = step(i);
            i = Math.max(next, i + 1);
        }
        return joinDurations(subNumbers(out));
    }

    /**
     * The second number of a label joined by a hyphen and falling (Article 286-1, Figure 3-2, I-485's
     * 485 aside) as weak: a sub-number, which Chinese writes its own way (第二百八十六條之一).
     */
    private List<Quantity> subNumbers(List<Quantity> found) {
        List<Quantity> subs = NumberText.replaced(found, k -> {
            if (k == 0) return null;
            Quantity a = found.get(k - 1), b = found.get(k);
            return a.kind() != Kind.PLAIN || b.kind() != Kind.PLAIN || b.weak() || a.end() + 1 != b.start() || s.charAt(a.end()) != '-'
                    || b.value().compareTo(a.value()) >= 0 ? null : b.weakened();
        });
        // a score or a record, 2–1 and 10–1 (2:1, 10 勝 1 負): two small figures joined by a dash, the
        // second not above the first, are weak as a ratio's are
        return NumberText.replaced(subs, k -> {
            Quantity q = subs.get(k);
            if (q.weak() || q.kind() != Kind.PLAIN) return null;
            Quantity before = k > 0 ? subs.get(k - 1) : null, after = k + 1 < subs.size() ? subs.get(k + 1) : null;
            return score(before, q) || score(q, after) ? q.weakened() : null;
        });
    }

    private boolean score(Quantity a, Quantity b) {
        if (a == null || b == null || a.kind() != Kind.PLAIN || b.kind() != Kind.PLAIN || a.end() + 1 != b.start()) return false;
        char dash = s.charAt(a.end());
        return (dash == '-' || dash == '–') && a.range() == RangeEnd.NONE && b.range() == RangeEnd.NONE
                && isSmallWhole(a) && isSmallWhole(b) && b.value().compareTo(a.value()) <= 0;
    }

    private static boolean isSmallWhole(Quantity q) {
        return q.value().signum() >= 0 && q.value().compareTo(BigDecimal.valueOf(99)) <= 0 && q.value().stripTrailingZeros().scale() <= 0;
    }

    /**
     * What may stand between the parts of one duration: "2 hours 15 minutes", 两年零三个月, "1 hour
     * and 5 minutes", "202 years, 7 months"; a Chinese comma parts two durations (5 天，2 小時).
     */
    private static final java.util.regex.Pattern DURATION_JOINT = java.util.regex.Pattern.compile(",?\\s*(?:and|又|零|和)?\\s*");

    /**
     * A duration written in two units ("2 hours 15 minutes", 1 小時 20 分鐘) is also one figure in
     * the smaller unit, as a translation may write it (135 分鐘): the whole is added, and the parts
     * become weak, so that the whole is what must meet its counterpart.
     */
    private List<Quantity> joinDurations(List<Quantity> found) {
        boolean[] parts = null;
        Quantity[] wholeAfter = null; // the whole of the pair that ends at k, added after it
        for (int k = 0; k + 1 < found.size(); k++) {
            Quantity a = found.get(k), b = found.get(k + 1);
            if (a.kind() != Kind.DURATION || b.kind() != Kind.DURATION || a.unit().smaller() != b.unit()
                    || a.range() != RangeEnd.NONE || b.range() != RangeEnd.NONE || a.approximate() || b.approximate()
                    || a.end() > b.start() || !DURATION_JOINT.matcher(s).region(a.end(), b.start()).matches()) continue;
            // a part never fills the larger unit (一天24小時 is a day's hours), and one day or week
            // before hours or days is a rate (一天八小時 = eight hours a day, 一週六天) unless joined
            if (b.value().compareTo(BigDecimal.valueOf(a.unit().inSmaller())) >= 0) continue;
            if (a.value().compareTo(BigDecimal.ONE) == 0 && (a.unit() == DurationUnit.DAY || a.unit() == DurationUnit.WEEK)
                    && s.substring(a.end(), b.start()).isBlank()) continue;
            if (parts == null) {
                parts = new boolean[found.size()];
                wholeAfter = new Quantity[found.size()];
            }
            // "1 hour, 4 minutes and 12 seconds": the minutes are the second part of one pair and
            // the first of the next
            parts[k] = parts[k + 1] = true;
            BigDecimal whole = a.value().multiply(BigDecimal.valueOf(a.unit().inSmaller())).add(b.value());
            wholeAfter[k + 1] = new Quantity(Kind.DURATION, whole, null, b.unit(), null, 0, 0, 0, RangeEnd.NONE,
                    a.words() && b.words(), false, null, null, null, false, false, a.start(), b.end(), s.substring(a.start(), b.end()));
        }
        if (parts == null) return found;
        List<Quantity> joined = new ArrayList<>(found.size() + 2);
        for (int k = 0; k < found.size(); k++) {
            joined.add(parts[k] ? found.get(k).weakened() : found.get(k));
            if (wholeAfter[k] != null) joined.add(wholeAfter[k]);
        }
        return joined;
    }

    /** Whether the digits at i belong to a name (Yi-34B, GPT-4, LLaMA 2), in this language's terms. */
    abstract boolean isNameContext(int i, char prev);

    /**
     * The start every Arabic reading shares: the prefix (currency sign, 約…), the name check, the
     * digit run. Returns null for a name or a version, with {@link #resume} set past it; otherwise a
     * reading of the digits, with {@link #arabicRun} and {@link #arabicPrefix} for the caller to go on.
     */
    final Reading startArabic(int i, String[][] prefixes) {
        NumberText.Prefix pre = NumberText.prefixBefore(s, i, prefixes);
        char prev = i > 0 ? s.charAt(i - 1) : 0;
        arabicPrefix = pre;
        if (emitPhone(i, prev)) return null;
        if (emitPower(i, prev)) return null;
        if (pre == null && isNameContext(i, prev)) {
            resume = NumberText.skipName(s, i);
            emitVersion(i);
            return null;
        }
        NumberText.ArabicRun a = NumberText.readArabic(s, i);
        arabicRun = a;
        resume = a.end();
        if (a.versionLike()) {
            emitAddress(i, prev);
            return null;
        }
        Reading r = new Reading();
        r.base = a.value();
        r.intDigits = a.intDigits();
        r.integer = a.fracDigits() == 0;
        return r;
    }

    /**
     * Emits the number at i, part of a name (GPT-4, Qwen2.5-72B, 405B), as a {@link Kind#VERSION}:
     * weak, so it is never missed, but it meets the number where the other side writes the name
     * apart from it.
     */
    final void emitVersion(int i) {
        NumberText.ArabicRun a = NumberText.readArabic(s, i);
        if (a.versionLike()) return;
        Reading r = new Reading();
        r.base = a.value();
        r.kind = Kind.VERSION;
        r.weakHint = true;
        out.add(r.toQuantity(s, RangeEnd.NONE, i, a.end()));
    }

    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile(
            "(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?(?![\\d.]\\d|\\w)");

    /**
     * Emits an IPv4 address or network at i (127.0.1.1, 10.8.0.0/24) as one quantity that must
     * meet the same address on the other side: a translation copies it, never rewrites it. Dotted
     * runs of other kinds (versions 1.2.3) are no quantity.
     */
    final void emitAddress(int i, char prev) {
        if (Character.isLetterOrDigit(prev) || prev == '.') return;
        java.util.regex.Matcher m = IPV4.matcher(s).region(i, n);
        if (!m.lookingAt()) return;
        long address = 0;
        for (int g = 1; g <= 4; g++) {
            int octet = Integer.parseInt(m.group(g));
            if (octet > 255) return;
            address = address * 256 + octet;
        }
        int prefix = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        if (prefix > 32) return;
        Reading r = new Reading();
        r.base = BigDecimal.valueOf(address).add(BigDecimal.valueOf(prefix).movePointLeft(2));
        r.kind = Kind.VERSION;
        out.add(r.toQuantity(s, RangeEnd.NONE, i, m.end()));
        resume = m.end();
    }

    /** A power written with a caret or in superscript, with a coefficient before it or none: 10^8, 2 × 10^5, 10⁸, 2^31. */
    private static final java.util.regex.Pattern POWER = java.util.regex.Pattern.compile(
            "(?:(\\d+(?:\\.\\d+)?) ?[×xX*·] ?)?(\\d+)(?:\\^\\(?(-?\\d{1,2})\\)?|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?![\\d\\p{IsLatin}])");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final java.util.regex.Pattern SAID_POWER = java.util.regex.Pattern.compile("(\\d{1,3}) ?的 ?(\\d{1,2}) ?次(?:方|幂|冪)");

    /**
     * Emits a power at i as the figure it is (10^8 = 1 億, 2 × 10^5 = 20 萬, 10⁸): its base and
     * exponent were two numbers, and neither is in a translation that writes the figure. Returns
     * whether one was emitted.
     */
    final boolean emitPower(int i, char prev) {
        if (Character.isLetterOrDigit(prev) && prev < 0x80 || prev == '^' || prev == '.') return false;
        java.util.regex.Matcher said = SAID_POWER.matcher(s).region(i, n);
        if (said.lookingAt()) {
            // 10 的 4 次方: the power as Chinese says it
            Reading r = new Reading();
            r.base = new BigDecimal(said.group(1)).pow(Integer.parseInt(said.group(2)), java.math.MathContext.DECIMAL64).stripTrailingZeros();
            r.intDigits = r.base.precision() - r.base.scale();
            r.integer = r.base.scale() <= 0;
            out.add(r.toQuantity(s, RangeEnd.NONE, i, said.end()));
            resume = said.end();
            return true;
        }
        int caret = i;
        while (caret < n && caret < i + 24 && s.charAt(caret) != '^' && SUPERSCRIPTS.indexOf(s.charAt(caret)) < 0) caret++;
        if (caret >= n || caret >= i + 24) return false;
        java.util.regex.Matcher m = POWER.matcher(s).region(i, n);
        if (!m.lookingAt()) return false;
        String exp = m.group(3);
        if (exp == null) {
            StringBuilder b = new StringBuilder();
            for (char c : m.group(4).toCharArray()) b.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
            exp = b.toString();
        }
        BigDecimal value = new BigDecimal(m.group(2)).pow(Math.abs(Integer.parseInt(exp)), java.math.MathContext.DECIMAL64);
        if (exp.startsWith("-")) value = BigDecimal.ONE.divide(value, java.math.MathContext.DECIMAL64);
        if (m.group(1) != null) value = value.multiply(new BigDecimal(m.group(1)));
        Reading r = new Reading();
        r.base = value.stripTrailingZeros();
        r.intDigits = r.base.precision() - r.base.scale();
        r.integer = r.base.scale() <= 0;
        out.add(r.toQuantity(s, RangeEnd.NONE, i, m.end()));
        resume = m.end();
        return true;
    }

    /** A telephone number ends where no digit, decimal part or letter follows. */
    private static final String PHONE_END = "(?![\\d\\p{IsLatin}]|[.,-]\\d)";
    /** After "+": a country code, then the national number in groups (+86 10 9615 8, +1 650-253-0000). */
    private static final java.util.regex.Pattern PHONE_INTERNATIONAL = java.util.regex.Pattern.compile(
            "\\d{1,3}((?:[ -]\\(?\\d{1,5}\\)?)+)" + PHONE_END);
    /** After "(": an area code, then the number ((02)2861-3601, (650) 253-0000). */
    private static final java.util.regex.Pattern PHONE_AREA = java.util.regex.Pattern.compile(
            "(0\\d{1,3}|[2-9]\\d{2})\\)\\s?(\\d{3,4})[ -]?(\\d{4})" + PHONE_END);
    /**
     * A number dialled at home: a trunk 0 and an area code (010-96158, 0755-8888 6666), a mainland
     * mobile number in three groups (139-1234-5678), or three groups of 3-3-4 (400-820-8820).
     */
    private static final java.util.regex.Pattern PHONE_DOMESTIC = java.util.regex.Pattern.compile(
            "(?:0\\d{1,3}-\\d{4}(?:[ -]?\\d{1,4})?|1[3-9]\\d([ -])\\d{4}\\1\\d{4}|[2-9]\\d{2}-\\d{3}-\\d{4})" + PHONE_END);

    /**
     * Emits a telephone number at i as one quantity, its national digits without the country code
     * or the trunk 0: a translation writes +86 10 96158 as 010-96158 and (02)2861-3601 as +886 2
     * 2861 3601, and a number in groups read as ranges or separate figures (139-1234 and 5678) was
     * reported as differing from the same number written without them. Like an address it must
     * meet the same number on the other side. Returns whether one was emitted.
     */
    final boolean emitPhone(int i, char prev) {
        java.util.regex.Matcher m;
        String national;
        if ((prev == '+' || prev == '(') && (i < 2 || !NumberText.isLatinOrDigit(s, i - 2))) {
            m = (prev == '+' ? PHONE_INTERNATIONAL : PHONE_AREA).matcher(s).region(i, n);
            if (!m.lookingAt()) return false;
            national = prev == '+' ? m.group(1) : m.group(1) + m.group(2) + m.group(3);
        } else if ((i == 0 || !NumberText.isLatinOrDigit(s, i - 1)) && prev != '.' && prev != '-' && prev != '+') {
            char c = s.charAt(i);
            if (c != '0' && (c < '1' || c > '9')) return false;
            m = PHONE_DOMESTIC.matcher(s).region(i, n);
            if (!m.lookingAt()) return false;
            national = m.group();
        } else {
            return false;
        }
        String digits = national.replaceAll("\\D", "");
        if (digits.startsWith("0")) digits = digits.substring(1);
        if (digits.length() < 6 || digits.length() > 12) return false;
        Reading r = new Reading();
        r.base = new BigDecimal(digits);
        r.kind = Kind.VERSION;
        out.add(r.toQuantity(s, RangeEnd.NONE, prev == '+' || prev == '(' ? i - 1 : i, m.end()));
        resume = m.end();
        return true;
    }

    /**
     * Emits the number at i with a magnitude letter after it, standing alone (70B, 10K, 1.5M: not
     * Yi-34B, which is a name), as the plain figure it stands for (70B = 700 億): weak, as the same
     * letters are a model's size kept as written as often as a figure a translation spells out.
     * The caller emits the version reading too, which meets "70B" written alike on the other side.
     */
    final void emitMagnitude(int i, int end, BigDecimal scale) {
        NumberText.ArabicRun a = NumberText.readArabic(s, i);
        if (a.versionLike()) return;
        Reading r = new Reading();
        r.base = a.value();
        r.scale = scale;
        r.hasScale = true;
        r.weakHint = true;
        out.add(r.toQuantity(s, RangeEnd.NONE, i, end));
    }

    /** A number of a name read in full (LLaMA 2, ERNIE 4.5): the same, from its reading. */
    final Reading asVersion(Reading r) {
        r.kind = Kind.VERSION;
        r.weakHint = true;
        r.end = NumberText.readArabic(s, r.start).end();
        return r;
    }

    /** Set by {@link #startArabic}: the digit run and the prefix found before it. */
    NumberText.ArabicRun arabicRun;
    NumberText.Prefix arabicPrefix;

    /** Past digits and the given separators: a time (10:30) or a date (11/05/2023) read as one token. */
    final int skipDigitsAnd(int j, String seps) {
        while (j < n && (NumberText.isDigit(s, j) || seps.indexOf(s.charAt(j)) >= 0)) j++;
        return j;
    }

    /** An ISO date after the year read into {@code r} (2023-11-05); sets the date and the end. */
    final boolean isoDate(Reading r, int j) {
        if (j + 2 >= n || s.charAt(j) != '-' || !NumberText.isDigit(s, j + 1)) return false;
        int m = j + 1, me = m;
        while (me < n && NumberText.isDigit(s, me)) me++;
        if (me - m == 2 && (me >= n || s.charAt(me) != '-') && !NumberText.isLatinOrDigit(s, me)) {
            // 2019-11, a year and its month as ISO writes them (2019年11月); not where the two digits can
            // end a range of years (2010-12 = 2010–2012)
            int year = r.value().intValue(), month = Integer.parseInt(ascii(m, me));
            if (month < 1 || month > 12 || month > year % 100 || year < 1900 || year > 2100) return false;
            r.date(year, month, 0);
            r.end = me;
            resume = me;
            return true;
        }
        if (me - m > 2 || me >= n || s.charAt(me) != '-' || !NumberText.isDigit(s, me + 1)) return false;
        int d = me + 1, de = d;
        while (de < n && NumberText.isDigit(s, de)) de++;
        if (de - d > 2 || NumberText.isLatinOrDigit(s, de)) return false;
        int month = Integer.parseInt(ascii(m, me)), day = Integer.parseInt(ascii(d, de));
        if (month < 1 || month > 12 || day < 1 || day > 31) return false;
        r.date(r.value().intValue(), month, day);
        r.end = de;
        resume = de;
        return true;
    }

    private static final java.util.regex.Pattern SCHOOL_YEAR = java.util.regex.Pattern.compile("(\\d{4})/(\\d{2})");
    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final java.util.regex.Pattern NUMERIC_DATE = java.util.regex.Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})/(\\d{1,2})/(\\d{1,2})");

    /**
     * A date in digits and slashes at [i, end) (11/1/2023, 2023/11/1) read into {@code r}: year,
     * month, day in that order, or the month first as the United States writes it, or the day
     * first where the first number cannot be a month (25/12/2023). Returns whether it is one. A
     * school or fiscal year (2019/20) is emitted here as the range of its two years.
     */
    final boolean numericDate(Reading r, int i, int end) {
        java.util.regex.Matcher y = SCHOOL_YEAR.matcher(s).region(i, end);
        if (y.matches() && (Integer.parseInt(y.group(1)) + 1) % 100 == Integer.parseInt(y.group(2))) {
            // the 2019/20 academic year = 2019—2020學年: two years, the second in two digits
            int first = Integer.parseInt(y.group(1));
            Reading low = new Reading(), high = new Reading();
            low.base = BigDecimal.valueOf(first);
            high.base = BigDecimal.valueOf(first + 1);
            low.date(first, 0, 0);
            high.date(first + 1, 0, 0);
            low.start = high.start = i;
            low.end = high.end = end;
            emitRange(low, high);
            return false;
        }
        java.util.regex.Matcher m = NUMERIC_DATE.matcher(s).region(i, end);
        if (!m.matches()) {
            // 7/27, 3/15: a month and a day as the United States writes them, weak, as 1/2 is half
            java.util.regex.Matcher md = MONTH_DAY.matcher(s).region(i, end);
            if (md.matches() && !(end < n && (s.charAt(end) == '.' && end + 1 < n && NumberText.isDigit(s, end + 1)))) {
                int month = Integer.parseInt(md.group(1)), day = Integer.parseInt(md.group(2));
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    Reading d = new Reading();
                    d.base = BigDecimal.valueOf(day);
                    d.date(0, month, day);
                    d.start = i;
                    d.end = end;
                    emitWeak(d);
                }
            }
            return false;
        }
        int year, month, day;
        if (m.group(4) != null) {
            year = Integer.parseInt(m.group(4));
            month = Integer.parseInt(m.group(5));
            day = Integer.parseInt(m.group(6));
        } else {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
            month = a <= 12 ? a : b;
            day = a <= 12 ? b : a;
        }
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return false;
        r.date(year, month, day);
        r.start = i;
        r.end = end;
        return true;
    }

    /** Digits (full-width ones too) as ASCII. */
    final String ascii(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(NumberText.digit(s.charAt(k)));
        return b.toString();
    }

    /** Looks at position i; emits what starts there via {@link #finish}; returns where to continue. */
    abstract int step(int i);

    /** The index after a range connector at k ("至", "–", " to "), or −1. {@code left} is the reading before it. */
    abstract int connector(int k, Reading left);

    /** Reads the right end of a range starting at p (a currency sign may come first), or null. */
    abstract Reading readRangeEnd(int p);

    /**
     * The index after a range sign at k that both languages use: a tilde, or a single dash (the
     * doubled Chinese dash "——" is punctuation, not a range); −1 if there is none.
     */
    final int rangeSign(int k) {
        char c = s.charAt(k);
        if (c == '~' || c == '～' || c == '〜') return k + 1;
        if ((c == '-' || c == '–' || c == '—') && (k + 1 >= n || s.charAt(k + 1) != c)) return k + 1;
        return -1;
    }

    /** The index after the currency signs at p ($100–$200: the right end repeats the sign). */
    final int skipCurrencySigns(int p) {
        int q = p;
        while (q < n && "$＄¥￥€£".indexOf(s.charAt(q)) >= 0) q++;
        return q;
    }

    /** Emits a reading on its own, outside the left-to-right pass (the parts of a fraction). */
    final void emitWeak(Reading r) {
        r.weakHint = true;
        out.add(r.toQuantity(s, RangeEnd.NONE, r.start, r.end));
    }

    /** Emits a range read in one piece (三四千: 3,000 to 4,000), its ends already agreeing. */
    final void emitRange(Reading low, Reading high) {
        out.add(low.toQuantity(s, RangeEnd.LOW, low.start, high.end));
        out.add(high.toQuantity(s, RangeEnd.HIGH, low.start, high.end));
    }

    /** Emits {@code left}, or the range it starts; returns the index after what was emitted. */
    final int finish(Reading left) {
        int k = NumberText.skipSpaces(s, left.end);
        int after = k < n ? connector(k, left) : -1;
        if (after >= 0) {
            Reading right = readRangeEnd(NumberText.skipSpaces(s, after));
            if (right != null && join(left, right, isDash(left.end, right.start))) {
                out.add(left.toQuantity(s, RangeEnd.LOW, left.start, right.end));
                out.add(right.toQuantity(s, RangeEnd.HIGH, left.start, right.end));
                return right.end;
            }
        }
        out.add(left.toQuantity(s, RangeEnd.NONE, left.start, left.end));
        return left.end;
    }

    /** Whether only a dash (and spaces) stands between two numbers: pp. 147–48, not "from 41 to 7". */
    private boolean isDash(int from, int to) {
        if (from < 0 || to > n || from >= to) return false;
        String between = s.substring(from, to).strip();
        return between.equals("-") || between.equals("–") || between.equals("—");
    }

    /**
     * Makes the two ends agree (the end that lacks a scale, currency or unit takes the other's), then
     * accepts the range only if it ascends; otherwise nothing is changed and they are two numbers.
     * {@code dash}: only a dash stands between them, so the right end may write only the digits
     * that change (pp. 147–48).
     */
    private static boolean join(Reading left, Reading right, boolean dash) {
        if (left.low != null || right.low != null) return false; // 幾十秒到一分鐘: a vague end is its own range
        if (left.kind == Kind.DATE && left.year != 0 && left.month == 0 && right.kind == Kind.PLAIN && right.intDigits == 2
                && right.integer && !right.hasScale && right.value().intValue() > left.year % 100) {
            right.date(left.year / 100 * 100 + right.value().intValue(), 0, 0); // 1974–75: the century written once
        }
        if (dash && left.kind == Kind.PLAIN && right.kind == Kind.PLAIN && left.integer && right.integer && !left.hasScale && !right.hasScale
                && left.intDigits >= 3 && right.intDigits > 0 && right.intDigits < left.intDigits && right.value().compareTo(left.value()) < 0) {
            // pp. 147–48: the right end writes only the digits that change
            BigDecimal power = BigDecimal.TEN.pow(right.intDigits);
            BigDecimal full = left.value().subtract(left.value().remainder(power)).add(right.value());
            if (full.compareTo(left.value()) > 0) {
                right.base = full;
                right.intDigits = left.intDigits;
            }
        }
        if (left.kind == Kind.DATE && right.kind == Kind.DATE && left.month != 0 && left.day != 0 && right.month == 0
                && right.year == 0 && right.day > left.day) {
            // 3月5日至11日: the month (and year) written once for both days
            right.year = left.year;
            right.month = left.month;
        }
        if (left.kind == Kind.DATE && right.kind == Kind.DATE && left.month != 0 && right.month != 0
                && (left.year == 0) != (right.year == 0) && (left.day == 0) == (right.day == 0)) {
            // 2023年5月到7月, "between May and July 2023": the year written once is both ends'
            int y = Math.max(left.year, right.year);
            if (left.month > right.month) return false;
            left.year = y;
            right.year = y;
        }
        boolean takeScale = !left.hasScale && right.hasScale && right.kind != Kind.DATE
                && left.base.multiply(right.scale).compareTo(right.value()) <= 0;
        BigDecimal leftValue = takeScale ? left.base.multiply(right.scale) : left.value();
        Kind kind;
        if (left.kind == right.kind) {
            kind = left.kind;
            if (kind == Kind.MONEY && !left.currency.equals(right.currency)) {
                // 新臺幣 20 元到 65 元: the currency named once at the left, the right's bare 元 takes it
                if (!"CNY".equals(right.currency)) return false;
                right.money(left.currency);
            }
            if (kind == Kind.DURATION && left.unit != right.unit) return false;
            if (kind == Kind.MEASURE && !left.measure.equals(right.measure)) return false;
            if (kind == Kind.DATE && ((left.year == 0) != (right.year == 0) || (left.month == 0) != (right.month == 0)
                    || (left.day == 0) != (right.day == 0))) return false;
        } else if (left.kind == Kind.PLAIN) {
            kind = right.kind;
            if (kind == Kind.DATE && dateField(left, right) == 0) return false;
        } else if (right.kind == Kind.PLAIN) {
            kind = left.kind;
            if (kind == Kind.DATE && dateField(right, left) == 0) return false;
            // "grew 7% to 107 million", 增长7%至1.07亿: a rate of change and the amount it reached
            if (kind == Kind.PERCENT && right.hasScale) return false;
        } else {
            return false;
        }
        if (kind == Kind.DATE) {
            long l = dateOrder(left, right);
            long r = dateOrder(right, left);
            if (l < 0 || r < 0 || l > r) return false;
        } else if (leftValue.compareTo(right.value()) > 0) {
            return false;
        }
        if (takeScale) {
            left.scale = right.scale;
            left.hasScale = true;
        }
        if (left.kind == Kind.PLAIN && kind != Kind.PLAIN) inherit(left, right);
        if (right.kind == Kind.PLAIN && kind != Kind.PLAIN) inherit(right, left);
        return true;
    }

    /** The date field a plain number would fill next to a date: 1 = year, 2 = month, 3 = day, 0 = none. */
    private static int dateField(Reading plain, Reading date) {
        if (date.year != 0 && date.month == 0 && plain.intDigits == 4 && plain.wholeIn(1000, 2999)) return 1;
        if (date.year == 0 && date.month != 0 && date.day == 0 && plain.wholeIn(1, 12)) return 2;
        // "June 7 to 8": the month written once for both days
        if (date.month != 0 && date.day != 0 && plain.intDigits <= 2 && plain.wholeIn(date.day + 1, 31)) return 3;
        return 0;
    }

    /** A sortable form of the date the reading is or will become next to its partner, −1 if none. */
    private static long dateOrder(Reading r, Reading partner) {
        if (r.kind == Kind.DATE) return r.year * 10_000L + r.month * 100L + r.day;
        int field = dateField(r, partner);
        long v = r.value().longValue();
        return field == 1 ? v * 10_000L : field == 2 ? v * 100L : field == 3 ? partner.year * 10_000L + partner.month * 100L + v : -1;
    }

    private static void inherit(Reading to, Reading from) {
        switch (from.kind) {
            case MONEY -> to.money(from.currency);
            case PERCENT -> {
                to.kind = Kind.PERCENT;
                if (from.tenths && to.wholeIn(1, 10)) { // 一至兩成 = 10 to 20 %
                    to.base = to.base.multiply(BigDecimal.TEN);
                    to.tenths = true;
                }
            }
            case DURATION -> to.duration(from.unit);
            case DATE -> {
                int v = to.value().intValue();
                int field = dateField(to, from);
                if (field == 1) to.date(v, 0, 0);
                else if (field == 3) to.date(from.year, from.month, v);
                else to.date(0, v, 0);
            }
            case MEASURE -> {
                to.kind = Kind.MEASURE;
                to.measure = from.measure;
            }
            case PLAIN, VERSION -> { }
        }
    }
}
