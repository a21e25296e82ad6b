package dev.concord.check.numbers;

import static dev.concord.check.numbers.NumberText.isAsciiLetter;
import static dev.concord.check.numbers.NumberText.isDigit;
import static dev.concord.check.numbers.NumberText.skipSpaces;
import static dev.concord.check.numbers.NumberText.wordAt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracts the quantities of English prose: digits with grouping and decimals, scale words and
 * $-suffixes ($13.8 million, $1B), number words (five, twenty-five, a hundred), ranges carrying the
 * scale from the right ($80–100 million), percentages, currencies, dates (November 2023, in 2023)
 * and durations (five months).
 *
 * <p>Not numbers (the traps of real posts): "one of", "a", "first", "half", "twice", "once", "may", a
 * capitalised "May" with no date context, digits joined to letters (GPT-4, Yi-34B, H800, 405B, 128K,
 * 01.AI), versions (1.2.3), times (10:30), arXiv ids (2501.12948), list markers. A magnitude letter
 * after a number standing alone (405B, 128K) is read both ways: the version, and the weak figure a
 * translation may spell out (4050 億).
 */
public final class EnglishNumbers {
    private EnglishNumbers() {}

    /** Whether a unit of measure the scanners read (ms, GB, kg…) is written at k. */
    public static boolean unitAt(String text, int k) {
        return NumberText.unitAt(text, k) != null;
    }

    /** The quantities of {@code text} in order of position. Never null; a range gives two entries. */
    public static List<Quantity> extract(String text) {
        List<Quantity> found = new Scan(text).run();
        // "the final three months of the year" = 第四季度, "the first six months" = 上半年: a period
        // Chinese names by its quarter or half as often as by its length
        List<Quantity> periods = NumberText.replaced(found, k -> {
            Quantity q = found.get(k);
            return q.weak() || q.kind() != Kind.DURATION || q.unit() != DurationUnit.MONTH
                    || !PERIOD_WORDS.contains(NumberText.wordBefore(text, q.start()).toLowerCase(Locale.ROOT)) ? null : q.weakened();
        });
        List<Quantity> all = NumberText.withNines(text, NumberText.weakenQuarterMonths(text, NumberText.ratesAlike(text, periods)));
        if (text.contains(" in ")) {
            List<Quantity> rated = withRates(text, all);
            if (rated != null) all = rated;
        }
        if (text.contains("% ")) {
            List<Quantity> times = withMultiples(text, all);
            if (times != null) all = times;
        }
        return all;
    }

    private static final java.util.regex.Pattern ONE_IN = java.util.regex.Pattern.compile(
            "\\b((?i:one|two|three|four|five|six|seven|eight|nine)|\\d{1,3}) in (\\d{1,4}|[a-z]+)\\b");

    /** The words after a figure that count it in hundredths of a percentage point. */
    private static final String[] BASIS_POINTS = {"basis points", "basis point", "bps", "bp"};

    /**
     * "One in five meetings" is also 20 %, as a translation writes it (20% 的會議), "eight in ten"
     * 80 % (八成): a weak
     * percentage beside the numbers. Returns null when there is none.
     */
    private static List<Quantity> withRates(String text, List<Quantity> found) {
        java.util.regex.Matcher m = ONE_IN.matcher(text);
        List<Quantity> out = null;
        while (m.find()) {
            String c = m.group(1).toLowerCase(java.util.Locale.ROOT);
            Integer count = Character.isDigit(c.charAt(0)) ? Integer.valueOf(c) : SMALL.get(c);
            String w = m.group(2);
            Integer of = Character.isDigit(w.charAt(0)) ? Integer.valueOf(w) : SMALL.get(w);
            if (of == null && w.equals("twenty")) of = 20;
            if (of == null && w.equals("hundred")) of = 100;
            // one in five, eight in ten (八成), 3 in 4: a share of a whole
            if (count == null || count < 1 || of == null || of < 2 || count >= of) continue;
            BigDecimal percent = BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(of), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            if (out == null) out = new java.util.ArrayList<>(found);
            // the figures of "1 in 100" are the rate's, which a translation writes as 百分之一
            NumberText.addReading(out, m, Kind.PERCENT, percent);
        }
        return out;
    }

    private static final java.util.regex.Pattern PERCENT_MORE = java.util.regex.Pattern.compile(
            "\\b(\\d{1,3}(?:\\.\\d+)?)% (?:more|higher|larger|bigger|faster|longer)\\b");

    /**
     * "25% more than input" is also 1.25 times it, as a translation writes it (输入价格的 1.25 倍): a
     * weak multiple beside the percentage. Returns null when there is none.
     */
    private static List<Quantity> withMultiples(String text, List<Quantity> found) {
        java.util.regex.Matcher m = PERCENT_MORE.matcher(text);
        List<Quantity> out = null;
        while (m.find()) {
            BigDecimal times = BigDecimal.ONE.add(new BigDecimal(m.group(1)).movePointLeft(2)).stripTrailingZeros();
            if (out == null) out = new java.util.ArrayList<>(found);
            NumberText.addReading(out, m, Kind.PLAIN, times); // either reading may be written
        }
        return out;
    }

    /** Words that make a number of months a period of the year rather than a length of time. */
    private static final Set<String> PERIOD_WORDS = Set.of("first", "last", "final", "past", "previous", "next", "remaining");

    private static final String[][] PREFIXES = {
            {"US$", "USD"}, {"HK$", "HKD"}, {"NT$", "TWD"}, {"USD", "USD"}, {"RMB", "CNY"}, {"CNY", "CNY"},
            {"EUR", "EUR"}, {"GBP", "GBP"}, {"HKD", "HKD"}, {"TWD", "TWD"}, {"JPY", "JPY"},
            {"$", "USD"}, {"＄", "USD"}, {"¥", "CNY"}, {"￥", "CNY"}, {"€", "EUR"}, {"£", "GBP"},
    };

    /** Currency words after the number; longest first. */
    private static final String[][] SUFFIXES = {
            {"US dollars", "USD"}, {"dollars", "USD"}, {"dollar", "USD"}, {"USD", "USD"},
            {"renminbi", "CNY"}, {"yuan", "CNY"}, {"RMB", "CNY"}, {"CNY", "CNY"},
            {"euros", "EUR"}, {"euro", "EUR"}, {"EUR", "EUR"}, {"yen", "JPY"}, {"JPY", "JPY"},
            {"HKD", "HKD"}, {"TWD", "TWD"}, {"GBP", "GBP"},
    };

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    /**
     * Ordinal words: "the seventh article" is 第七條. Read as weak numbers, so that they meet a
     * Chinese 第七 and their absence on one side (first → 首先) is never a finding.
     */
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("hundredth", 100));

    /**
     * Plural scale words that make a vague amount: "hundreds of", "tens of millions", "thousands".
     * The value is the least of the range; the range reaches just below ten times it.
     */
    private static final Map<String, BigDecimal> VAGUE = Map.of(
            "tens", BigDecimal.TEN, "dozens", BigDecimal.valueOf(12), "hundreds", BigDecimal.valueOf(100),
            "thousands", BigDecimal.valueOf(1_000L), "millions", BigDecimal.valueOf(1_000_000L),
            "billions", BigDecimal.valueOf(1_000_000_000L), "trillions", BigDecimal.valueOf(1_000_000_000_000L));

    private static final Map<String, Integer> DECADES = Map.of(
            "twenties", 20, "thirties", 30, "forties", 40, "fifties", 50, "sixties", 60, "seventies", 70,
            "eighties", 80, "nineties", 90);

    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.valueOf(1_000L), "million", BigDecimal.valueOf(1_000_000L),
            "billion", BigDecimal.valueOf(1_000_000_000L), "trillion", BigDecimal.valueOf(1_000_000_000_000L));

    /**
     * $1B, $13.8M, $2.5bn, $5K. Only after a currency sign: without one, 405B and 128K are model
     * names first, and read as figures only weakly ({@link NumberText#magnitude}).
     */
    private static final Map<String, BigDecimal> SCALE_SUFFIXES = Map.of(
            "K", SCALES.get("thousand"), "k", SCALES.get("thousand"),
            "M", SCALES.get("million"), "m", SCALES.get("million"), "mn", SCALES.get("million"),
            "B", SCALES.get("billion"), "b", SCALES.get("billion"), "bn", SCALES.get("billion"),
            "T", SCALES.get("trillion"), "tn", SCALES.get("trillion"));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** "two decades" = 二十年: ten years each; the plural first, as it is the longer word. */
    private static final String[] DECADE_WORDS = {"decades", "decade"};

    /** Half of an hour or a minute: 30 of the next smaller unit. */
    private static final String[][] HALF_OF = {
            {" an hour", "MINUTE"}, {"-hour", "MINUTE"}, {" hour", "MINUTE"}, {" a minute", "SECOND"}, {"-minute", "SECOND"},
    };

    /** Words whose number names a level rather than counting: Grade 12, Tier 1. */
    private static final Set<String> LEVEL_WORDS = Set.of("grade", "tier");

    /** Words before a bare scale that make it a rate's unit: per million, every billion. */
    private static final Set<String> RATE = Set.of("per", "every", "each");

    /** "three centuries" = 三百年. */
    private static final String[] CENTURY_WORDS = {"centuries", "century"};

    /** "three and a half years": the words between the count and the unit. */
    private static final String AND_A_HALF = "and a half ";

    private static final String[][] DURATIONS = {
            {"years", "YEAR"}, {"year", "YEAR"}, {"months", "MONTH"}, {"month", "MONTH"},
            {"weeks", "WEEK"}, {"week", "WEEK"}, {"days", "DAY"}, {"day", "DAY"},
            {"hours", "HOUR"}, {"hour", "HOUR"}, {"minutes", "MINUTE"}, {"minute", "MINUTE"},
            {"seconds", "SECOND"}, {"second", "SECOND"},
            // as tables and logs abbreviate them: 6 h 12 min, 1 hr 5 mins, 4 s
            {"hrs", "HOUR"}, {"hr", "HOUR"}, {"h", "HOUR"}, {"mins", "MINUTE"}, {"min", "MINUTE"},
            {"secs", "SECOND"}, {"sec", "SECOND"}, {"s", "SECOND"},
    };

    /** FY26, FY2025, CY24, 3Q25, 1H26: a fiscal or calendar year, a quarter, a half; the year is group 1, 2 or 3. */
    private static final java.util.regex.Pattern FISCAL_PERIOD = java.util.regex.Pattern.compile(
            "(?:FY|CY) ?'?(\\d{4}|\\d{2})(?!\\w|\\.\\d)|[1-4]Q ?'?(\\d{4}|\\d{2})(?!\\w|\\.\\d)|[12]H ?'?(\\d{4}|\\d{2})(?!\\w|\\.\\d)");

    /** 2023年12月13日, 2023年12月, 12月13日: a date in Chinese characters quoted in English text. */
    private static final java.util.regex.Pattern CHINESE_DATE = java.util.regex.Pattern.compile(
            "(?:(\\d{4})年)?(?:(\\d{1,2})月)?(?:(\\d{1,2})[日号號])?(?<=[年月日号號])");

    /**
     * Imperial units, and grams a Chinese translation writes in 斤 (500 g = 一斤): {written, symbol,
     * metric symbol, metric per unit}; longest first. °F has no factor.
     */
    private static final String[][] IMPERIAL = {
            {"square feet", "sq ft", "m²", "0.092903"}, {"sq ft", "sq ft", "m²", "0.092903"},
            {"miles", "mi", "km", "1.609344"}, {"mile", "mi", "km", "1.609344"}, {"feet", "ft", "m", "0.3048"},
            {"foot", "ft", "m", "0.3048"}, {"inches", "in", "cm", "2.54"}, {"pounds", "lb", "kg", "0.45359"},
            {"lbs", "lb", "kg", "0.45359"}, {"°F", "°F", "", ""}, {"grams", "g", "kg", "0.001"}, {"gram", "g", "kg", "0.001"},
            {"g", "g", "kg", "0.001"},
    };

    /** Coins: {word, currency, how many make one (10 or 100)}; longest first. */
    private static final String[][] SMALL_CHANGE = {
            {"US cents", "USD", "100"}, {"cents", "USD", "100"}, {"cent", "USD", "100"}, {"fen", "CNY", "100"},
            {"jiao", "CNY", "10"}, {"mao", "CNY", "10"},
    };

    /** Words before a hyphen and a round number that make it a stretch of ten: the mid-40s, low-20%. */
    private static final Set<String> APPROXIMATELY = Set.of("low", "mid", "high", "upper", "lower");

    /** Units a duration is written with glued to its number: 1h, 2hrs, 45min. */
    private static final Map<String, DurationUnit> GLUED_DURATIONS = Map.of("h", DurationUnit.HOUR, "hr", DurationUnit.HOUR,
            "hrs", DurationUnit.HOUR, "min", DurationUnit.MINUTE, "mins", DurationUnit.MINUTE);

    /** A hundredfold, tenfold: the number before -fold. */
    private static final Map<String, Long> FOLD = Map.ofEntries(Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("ten", 10L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
            Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("thousand", 1000L));

    /** Fractions said in words and what they are in per cent: "a fifth" = 兩成, "half" = 五成. */
    private static final Map<String, Long> FRACTIONS = Map.of("half", 50L, "third", 33L, "quarter", 25L, "fifth", 20L, "tenth", 10L,
            "hundredth", 1L);

    /** Words after which a bare four-digit number is a year: in 2023, since 2019, early 2025. */
    private static final Set<String> YEAR_CONTEXT = Set.of(
            "in", "by", "since", "until", "till", "from", "through", "during", "early", "mid", "late",
            "before", "after", "of", "between", "circa", "year", "end");

    /** Words after which a month name alone is a month: in May, since March, early June, end of May. */
    private static final Set<String> MONTH_CONTEXT = Set.of(
            "in", "by", "since", "until", "till", "from", "through", "during", "early", "mid", "late",
            "before", "after", "of", "last", "next", "this", "every", "on", "between", "as");

    /** Capitalised words that begin sentences or phrases and are not names: "In 2023", "About 90". */
    private static final Set<String> NOT_NAMES = Set.of(
            "in", "on", "at", "by", "for", "from", "since", "until", "till", "to", "about", "around", "over",
            "under", "nearly", "almost", "only", "just", "the", "a", "an", "with", "of", "and", "or", "but",
            "some", "all", "its", "their", "after", "before", "during", "between", "top", "approximately",
            "roughly", "more", "less", "than", "up", "as", "we", "it", "they", "he", "she", "this", "that",
            "these", "those", "early", "mid", "late", "circa", "is", "was", "are", "were", "has", "have",
            "had", "per", "each", "every", "exactly", "another", "other", "our", "his", "her", "any", "no",
            "not", "within", "across", "total", "least", "most", "then", "also", "both", "when", "where",
            "while", "if", "so", "yet", "still", "i", "you", "my", "your", "estimated", "reportedly");

    /**
     * Whether a Latin word before a number makes the number part of a name (LLaMA 2, GPT 4, AI 2.0):
     * a capital letter after the first letter marks a name the zh side keeps in Latin letters. Shared
     * with the zh scanner so that both sides skip the same digits. A word capitalised only at its start
     * is not enough: "Option 1" is translated to 選項 1, whose 1 the zh side keeps (seen in a real post);
     * Python 3.10 or Windows 11 are then read as numbers on both sides alike.
     */
    static boolean isNameWord(String w) {
        if (w.length() < 2) return false;
        boolean upper = false;
        for (int k = 1; k < w.length(); k++) upper |= Character.isUpperCase(w.charAt(k));
        if (!upper) return false;
        String lower = w.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower) || MONTHS.containsKey(lower) || SMALL.containsKey(lower)) return false;
        for (String[] row : PREFIXES) if (row[0].equals(w)) return false;
        return true;
    }

    private static final class Scan extends QuantityScanner {
        /** Where a year already read stands ("March 9 to 15, 2016": read with March 9), or −1. */
        private int skipFrom = -1;
        private int skipTo;

        Scan(String text) {
            super(text);
        }

        @Override
        int step(int i) {
            char c = s.charAt(i);
            Reading r;
            if (i == skipFrom) return skipTo; // the year a range of days wrote once, already read
            boolean periodLike = c == 'F' || c == 'C' || c == 'Q' || (NumberText.digit(c) >= 0 && i + 1 < n && (s.charAt(i + 1) == 'Q' || s.charAt(i + 1) == 'H'));
            java.util.regex.Matcher period = periodLike && !NumberText.isLatinOrDigit(s, i - 1)
                    ? FISCAL_PERIOD.matcher(s).region(i, n) : null;
            if (period != null && period.lookingAt()) {
                // FY26, 3Q25, 1H26: a period of a year, which Chinese writes 2026 財年, 2025 年第三季;
                // weak, as the Chinese may keep the English form
                String y = period.group(1) != null ? period.group(1) : period.group(2) != null ? period.group(2) : period.group(3);
                r = new Reading();
                r.start = i;
                r.base = BigDecimal.ZERO;
                r.date(y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y), 0, 0);
                r.weakHint = true;
                r.end = period.end();
                resume = r.end;
                return finish(r);
            }
            if (NumberText.digit(c) >= 0) {
                r = readArabic(i);
            } else if (isAsciiLetter(c) && !NumberText.isLatinOrDigit(s, i - 1)) {
                int e = wordEnd(i);
                String word = s.substring(i, e);
                String lower = word.toLowerCase(Locale.ROOT);
                resume = e;
                if (MONTHS.containsKey(lower) && Character.isUpperCase(word.charAt(0))) {
                    r = readMonth(i, e, MONTHS.get(lower));
                    if (r != null && r.day == 0 && s.startsWith(" Day", r.end)) r.weakHint = true; // May Day = 五一
                } else if (lower.endsWith("fold") && FOLD.containsKey(lower.substring(0, lower.length() - 4))) {
                    r = Reading.inWords(i, e, FOLD.get(lower.substring(0, lower.length() - 4))); // a hundredfold = 一百倍
                    resume = e;
                } else if (lower.equals("three") && s.startsWith(" quarters of an hour", e)) {
                    r = Reading.inWords(i, e + 20, 45); // three quarters of an hour = 45 分鐘: weak, like a quarter
                    r.weakHint = true;
                    r.duration(DurationUnit.MINUTE);
                    resume = r.end;
                } else if (lower.equals("half") && halfPoint(e) > 0) {
                    // half a point, a half-point cut = 50 个基点 or 0.5 个百分点: weak, as "half" is
                    int end = e + halfPoint(e);
                    Reading half = Reading.inWords(i, end, 0);
                    half.base = new BigDecimal("0.5");
                    half.integer = false;
                    half.alternative = BigDecimal.valueOf(50);
                    emitWeak(half);
                    resume = end;
                    r = null;
                } else if (lower.equals("a") && s.startsWith(" dozen", e) && !NumberText.isLatinOrDigit(s, e + 6)) {
                    emitWeak(Reading.inWords(i, e + 6, 12)); // a dozen eggs = 12 个鸡蛋, or 十几个: weak
                    resume = e + 6;
                    r = null;
                } else if ((lower.equals("a") || lower.equals("an")) && singularDurationAfter(e) != null) {
                    // "a month later" = 一個月後 or 1 個月後, "a second" = 每秒: one of the unit, weak like "a"
                    String[] unit = singularDurationAfter(e);
                    Reading one = Reading.inWords(i, e + 1 + unit[0].length(), 1);
                    one.duration(DurationUnit.valueOf(unit[1]));
                    emitWeak(one); // no range starts here: "from 80,000 a month to 230,000"
                    resume = one.end;
                    r = null;
                } else if (lower.equals("dollar") && (NumberText.endsAt(s, NumberText.skipSpacesBack(s, i), "to the")
                        || NumberText.endsAt(s, NumberText.skipSpacesBack(s, i), "per"))) {
                    r = Reading.inWords(i, e, 1); // 7.2 yuan to the dollar = 1美元兌7.2元: weak
                    r.money("USD");
                    r.weakHint = true;
                    resume = e;
                } else if (lower.equals("fortnight")) {
                    r = Reading.inWords(i, e, 2); // a fortnight = 兩週
                    r.duration(DurationUnit.WEEK);
                    resume = e;
                } else if (lower.equals("couple") && s.startsWith(" of ", e)) {
                    r = Reading.inWords(i, e, 2); // a couple of years = 兩年: weak, "a couple" is as often a few
                    r.weakHint = true;
                    int after = readUnits(r, e + 3);
                    r.end = after == e + 3 ? e : after;
                    resume = r.end;
                } else if (FRACTIONS.containsKey(lower) && (e >= n || s.charAt(e) != '-') && !s.startsWith(" of an hour", e)
                        && !(lower.equals("half") && (halfOf(e) != null || s.startsWith(" a", e) || s.startsWith(" year", e)))
                        && (lower.equals("half")
                        || NumberText.wordBefore(s, i).equalsIgnoreCase("a") || NumberText.wordBefore(s, i).equalsIgnoreCase("one"))) {
                    r = Reading.inWords(i, e, FRACTIONS.get(lower)); // a fifth = 兩成, half = 五成: weak percentages
                    r.weakHint = true;
                    r.kind = Kind.PERCENT;
                    resume = e;
                } else if (lower.equals("half") && s.startsWith(" a ", e) && SCALES.containsKey(s.substring(e + 3, wordEnd(e + 3)).toLowerCase(Locale.ROOT))) {
                    int w = e + 3, we = wordEnd(w); // half a million = 50 萬
                    r = new Reading();
                    r.start = i;
                    r.base = new BigDecimal("0.5");
                    r.scale = SCALES.get(s.substring(w, we).toLowerCase(Locale.ROOT));
                    r.hasScale = true;
                    r.words = true;
                    r.end = we;
                    resume = we;
                } else if (lower.equals("quarter") && s.startsWith(" of an hour", e)) {
                    r = Reading.inWords(i, e + 11, 15); // a quarter of an hour = 一刻鐘, 15 分鐘: weak
                    r.weakHint = true;
                    r.duration(DurationUnit.MINUTE);
                    resume = r.end;
                } else if (lower.equals("half") && s.startsWith(" a second", e) && !NumberText.isLatinOrDigit(s, e + 9)) {
                    r = Reading.inWords(i, e + 9, 0); // half a second = 0.5 秒: weak, like half an hour
                    r.base = new BigDecimal("0.5");
                    r.weakHint = true;
                    r.duration(DurationUnit.SECOND);
                    resume = r.end;
                } else if (lower.equals("half") && halfOf(e) != null) {
                    String[] unit = halfOf(e); // half an hour = 半小時, 30 minutes: weak, like 半小時
                    r = Reading.halfOf(i, e + unit[0].length(), DurationUnit.valueOf(unit[1]));
                    resume = r.end;
                } else if (lower.equals("half") && (s.startsWith(" a year", e) || s.startsWith(" year", e) || s.startsWith("-year", e))) {
                    r = new Reading(); // half a year = 半年, six months
                    r.start = i;
                    r.base = BigDecimal.valueOf(6);
                    r.words = true;
                    r.duration(DurationUnit.MONTH);
                    r.end = s.indexOf("year", e) + 4;
                    resume = r.end;
                } else if (lower.equals("decade") || lower.equals("decades")) {
                    // "a decade ago" = 十年前, "for decades" = 幾十年: weak, as "a" and vague amounts are
                    r = new Reading();
                    r.start = i;
                    r.base = BigDecimal.TEN;
                    if (lower.equals("decades")) r.approximate(BigDecimal.valueOf(20), BigDecimal.valueOf(90));
                    r.words = true;
                    r.weakHint = true;
                    r.duration(DurationUnit.YEAR);
                    r.end = e;
                    resume = e;
                } else if (DECADES.containsKey(lower)) {
                    r = new Reading(); // "in their early thirties" = 30 出頭: weak, it only meets a 30
                    r.start = i;
                    r.base = BigDecimal.valueOf(DECADES.get(lower));
                    r.words = true;
                    r.weakHint = true;
                    r.end = e;
                    resume = e;
                } else if (VAGUE.containsKey(lower) || ((lower.equals("several") || lower.equals("few"))
                        && vagueScaleAfter(e))) {
                    r = readVague(i, e, lower);
                } else if (SCALES.containsKey(lower) && NumberText.wordBefore(s, i).equalsIgnoreCase("next")) {
                    r = Reading.inWords(i, e, 1); // "the next billion users" = 下一个十亿用户: one of the scale, weak like "a"
                    r.scale = SCALES.get(lower);
                    r.hasScale = true;
                    r.weakHint = true;
                    r.end = e;
                } else if (SCALES.containsKey(lower) && RATE.contains(NumberText.wordBefore(s, i).toLowerCase(Locale.ROOT))) {
                    r = new Reading(); // "every billion parameters" = 每十億參數: a rate's unit, weak
                    r.start = i;
                    r.base = BigDecimal.ONE;
                    r.scale = SCALES.get(lower);
                    r.hasScale = true;
                    r.words = true;
                    r.weakHint = true;
                    r.end = e;
                } else if (SMALL.containsKey(lower) || TENS.containsKey(lower) || ORDINALS.containsKey(lower)
                        || ((lower.equals("a") || lower.equals("one")) && scaleWordAfter(e))) {
                    r = readWords(i);
                } else {
                    return e;
                }
            } else {
                return i + 1;
            }
            if (r != null && (inRatio(r) || hourOfDay(r))) r.weakHint = true;
            return r == null ? resume : finish(r);
        }

        /** The words after "half" that make it half of an hour or a minute, as {written, smaller unit}. */
        private String[] halfOf(int e) {
            for (String[] u : HALF_OF) if (s.startsWith(u[0], e) && !NumberText.isLatinOrDigit(s, e + u[0].length())) return u;
            return null;
        }

        /** The words after a tens number that make it "and a few more": -odd, -something, -some. */
        private String oddAfter(int end) {
            for (String w : new String[] {"-something", "-some", "-odd", " odd"}) {
                if (s.startsWith(w, end) && !NumberText.isLatinOrDigit(s, end + w.length())) return w;
            }
            return null;
        }

        /** "9 p.m.", "9am": an hour of the day, which Chinese writes 21:00 or 晚上 9 點. */
        private boolean hourOfDay(Reading r) {
            if (r.kind != Kind.PLAIN || !r.wholeIn(0, 12)) return false;
            int k = skipSpaces(s, r.end);
            return s.startsWith("p.m.", k) || s.startsWith("a.m.", k) || wordAt(s, k, "pm") || wordAt(s, k, "am")
                    || wordAt(s, k, "PM") || wordAt(s, k, "AM") || wordAt(s, k, "o'clock");
        }

        /** "3 out of 4" is 四分之三 or 75 % as often as the two numbers: weak, both of them. */
        private boolean inRatio(Reading r) {
            if (r.kind != Kind.PLAIN) return false;
            return s.startsWith(" out of ", r.end) || (r.start >= 7 && s.startsWith("out of ", r.start - 7));
        }

        @Override
        int connector(int k, Reading left) {
            if (rangeSign(k) >= 0) return k + 1;
            if (wordAt(s, k, "to") && !NumberText.isAsciiLetter(s, k - 1)) return k + 2;
            if (wordAt(s, k, "and") && NumberText.wordBefore(s, left.start).equalsIgnoreCase("between")) return k + 3;
            return -1;
        }

        @Override
        Reading readRangeEnd(int p) {
            if (p >= n) return null;
            int q = skipCurrencySigns(p);
            if (q >= n) return null;
            char c = s.charAt(q);
            if (NumberText.digit(c) >= 0) return readArabic(q);
            if (isAsciiLetter(c) && q == p) {
                String word = s.substring(q, wordEnd(q)), lower = word.toLowerCase(Locale.ROOT);
                if (SMALL.containsKey(lower) || TENS.containsKey(lower)) return readWords(q);
                // from May to July 2023: a month ends a range of months
                if (MONTHS.containsKey(lower) && Character.isUpperCase(word.charAt(0))) return readMonth(q, wordEnd(q), MONTHS.get(lower));
            }
            return null;
        }

        private int wordEnd(int i) {
            int e = i;
            while (e < n && isAsciiLetter(s.charAt(e))) e++;
            return e;
        }

        /** The singular unit of time after "a " at e ({written, unit}), or null: a month, an hour. */
        /** Whether the number at i follows hours written glued (the 13m of "1h 13m" is minutes, not millions). */
        private boolean afterGluedHours(int i) {
            int p = i - 1;
            while (p >= 0 && s.charAt(p) == ' ') p--;
            return p >= 1 && s.charAt(p) == 'h' && isDigit(s, p - 1);
        }

        /**
         * A time taken written as a clock, H:MM:SS ("finished in 3:58:41" = 3小时58分41秒): its hours,
         * minutes and seconds are emitted as weak durations, so the words a translation spells them in
         * meet them; a clock time of day reads the same and is weak anyway. Returns whether it was one.
         */
        private boolean elapsedTime(int i, int colon, int end) {
            int second = s.indexOf(':', colon + 1);
            if (second < 0 || second >= end || colon - i > 2 || second - colon != 3 || end - second != 3) return false;
            DurationUnit[] units = {DurationUnit.HOUR, DurationUnit.MINUTE, DurationUnit.SECOND};
            int[] starts = {i, colon + 1, second + 1};
            int[] ends = {colon, second, end};
            for (int k = 0; k < 3; k++) {
                Reading part = Reading.inWords(starts[k], ends[k], Long.parseLong(s.substring(starts[k], ends[k])));
                part.words = false;
                part.duration(units[k]);
                emitWeak(part);
            }
            return true;
        }

        /** The length of " a point", "-point", " a percentage point" or "-percentage-point" at e, or 0. */
        private int halfPoint(int e) {
            for (String p : new String[] {" a percentage point", "-percentage-point", " a point", "-point"}) {
                if (s.startsWith(p, e) && !NumberText.isLatinOrDigit(s, e + p.length())) return p.length();
            }
            return 0;
        }

        /** The end of "/1M", "/1K", "/1B" (a rate's unit after a price) at j, or j. */
        private int perScale(int j) {
            if (j + 3 >= n + 1 || s.charAt(j) != '/' || s.charAt(j + 1) != '1' || j + 2 >= n || "KkMB".indexOf(s.charAt(j + 2)) < 0) return j;
            return NumberText.isLatinOrDigit(s, j + 3) ? j : j + 3;
        }

        private String[] singularDurationAfter(int e) {
            if (e >= n || s.charAt(e) != ' ') return null;
            String next = s.substring(e + 1, wordEnd(e + 1));
            int after = e + 1 + next.length();
            if (after < n && s.charAt(after) == '-') return null; // a second-year student
            for (String[] row : DURATIONS) if (row[0].equals(next) && !next.endsWith("s")) return row;
            return null;
        }

        /** "several hundred", "a few thousand": a scale word follows. */
        private boolean vagueScaleAfter(int e) {
            if (e >= n || s.charAt(e) != ' ') return false;
            String next = s.substring(e + 1, wordEnd(e + 1));
            return next.equals("hundred") || SCALES.containsKey(next);
        }

        /**
         * A vague amount: "hundreds of", "tens of millions", "thousands of dollars", "tens of
         * seconds", "several hundred", "a few thousand". "dozens" is 24 to 99; "several"/"a few"
         * X is 2 to 9 X; otherwise the range is from the scale to just below ten times it.
         */
        private Reading readVague(int i, int e, String first) {
            BigDecimal lo, hi;
            int end;
            if (first.equals("several") || first.equals("few")) {
                int w = e + 1, we = wordEnd(w);
                String next = s.substring(w, we);
                BigDecimal sc = next.equals("hundred") ? BigDecimal.valueOf(100) : SCALES.get(next);
                end = we;
                // "a few hundred thousand" = 幾十萬: a larger scale after the first multiplies it
                if (s.startsWith(" ", end)) {
                    int w2 = end + 1, we2 = wordEnd(w2);
                    BigDecimal sc2 = SCALES.get(s.substring(w2, we2));
                    if (sc2 != null && sc2.compareTo(sc) > 0) {
                        sc = sc.multiply(sc2);
                        end = we2;
                    }
                }
                lo = sc.multiply(BigDecimal.valueOf(2));
                hi = sc.multiply(BigDecimal.valueOf(9));
            } else {
                BigDecimal unit = VAGUE.get(first);
                end = e;
                // "tens of millions", "hundreds of thousands": the first word counts the second
                if (s.startsWith(" of ", e)) {
                    int w = e + 4, we = wordEnd(w);
                    BigDecimal sc = VAGUE.get(s.substring(w, we).toLowerCase(Locale.ROOT));
                    if (sc != null && sc.compareTo(unit) > 0) {
                        unit = unit.multiply(sc);
                        end = we;
                    }
                }
                if (first.equals("dozens")) {
                    lo = BigDecimal.valueOf(24);
                    hi = BigDecimal.valueOf(99);
                } else {
                    lo = unit;
                    hi = unit.multiply(BigDecimal.TEN).subtract(BigDecimal.ONE);
                }
            }
            Reading r = new Reading();
            r.start = i;
            r.words = true;
            r.approximate(lo, hi);
            // the unit after "of": tens of seconds, billions of dollars
            int u = s.startsWith(" of ", end) ? end + 3 : end;
            int after = readUnits(r, u);
            r.end = after == u ? end : after;
            resume = r.end;
            return r;
        }

        private boolean scaleWordAfter(int e) {
            if (e >= n || s.charAt(e) != ' ') return false;
            int w = e + 1;
            String next = s.substring(w, wordEnd(w));
            return next.equals("hundred") || SCALES.containsKey(next);
        }

        private Reading readArabic(int i) {
            java.util.regex.Matcher cn = CHINESE_DATE.matcher(s).region(i, n);
            if (cn.lookingAt() && !NumberText.isLatinOrDigit(s, i - 1)) {
                // Zhiwei, 2023年12月13日: a date written the Chinese way in English text (a signature)
                Reading r = new Reading();
                r.start = i;
                r.base = BigDecimal.ZERO;
                r.date(cn.group(1) != null ? Integer.parseInt(cn.group(1)) : 0, cn.group(2) != null ? Integer.parseInt(cn.group(2)) : 0,
                        cn.group(3) != null ? Integer.parseInt(cn.group(3)) : 0);
                r.end = cn.end();
                resume = r.end;
                return r;
            }
            Reading r = startArabic(i, PREFIXES);
            if (r == null) return null;
            NumberText.Prefix pre = arabicPrefix;
            NumberText.ArabicRun a = arabicRun;
            char prev = i > 0 ? s.charAt(i - 1) : 0;
            int j = a.end();
            r.start = pre != null ? pre.start() : i;
            boolean decade = false;
            if (j < n && isAsciiLetter(s.charAt(j))) {
                int e = wordEnd(j);
                String suffix = s.substring(j, e);
                if (pre != null && SCALE_SUFFIXES.containsKey(suffix)) {
                    r.scale = SCALE_SUFFIXES.get(suffix);
                    r.hasScale = true;
                    j = e;
                } else if (suffix.equalsIgnoreCase("x") && !isDigit(s, e)) {
                    j = e; // 10x, like 10 倍
                } else if (pre == null && !isDigit(s, e) && (GLUED_DURATIONS.containsKey(suffix) || suffix.equals("m") && afterGluedHours(i))) {
                    // 1h 13m, 45min: a duration written as a stopwatch shows it (1 小時 13 分鐘)
                    r.duration(suffix.equals("m") ? DurationUnit.MINUTE : GLUED_DURATIONS.get(suffix));
                    r.end = e;
                    resume = e;
                    return r;
                } else if (NumberText.unitAt(s, j) != null && NumberText.unitAt(s, j)[1].length() == e - j) {
                    r.kind = Kind.MEASURE; // 7nm, 40GB, 5ms: a unit, not a name
                    r.measure = NumberText.unitAt(s, j)[0];
                    j = e;
                } else if (suffix.equals("s") && a.intDigits() == 4 && r.integer && !a.grouped()) {
                    decade = true; // the 1980s, like 1980 年代
                    j = e;
                } else if (suffix.equals("s") && a.intDigits() == 2 && r.integer && pre == null) {
                    r.shortYear = true; // the 90s, the '90s, like 90 年代
                    r.start = i;
                    r.end = e;
                    resume = e;
                    return r;
                } else if (pre == null && a.fracDigits() == 0 && !a.grouped() && isOrdinalSuffix(a.value(), suffix)) {
                    r.start = i;
                    if (s.startsWith(" year of the Republic", e) && r.wholeIn(1, 999)) {
                        // "the 36th year of the Republic" is Taiwan's era year: 民國三十六年 = 1947
                        r.date(r.value().intValue() + 1911, 0, 0);
                        r.end = e + " year of the Republic".length();
                        resume = r.end;
                        return r;
                    }
                    // 1st, 80th: an ordinal, weak like the zh side's 第 80
                    r.weakHint = true;
                    r.end = e;
                    resume = e;
                    return r;
                } else {
                    // 405B, 128K, 4o: names; 70B and 10K standing alone are also the figures they stand for
                    BigDecimal magnitude = pre == null ? NumberText.magnitude(suffix) : null;
                    if (magnitude != null && !isDigit(s, e)) emitMagnitude(i, e, magnitude);
                    resume = NumberText.skipName(s, i);
                    emitVersion(i);
                    return null;
                }
            } else if (j + 1 < n && s.charAt(j) == '.' && isAsciiLetter(s.charAt(j + 1))) {
                resume = NumberText.skipName(s, i); // 01.AI
                return null;
            } else if (j + 1 < n && s.charAt(j) == ':' && isDigit(s, j + 1)) {
                resume = skipDigitsAnd(j, ":"); // 10:30
                NumberText.ArabicRun b = NumberText.readArabic(s, j + 1);
                if (elapsedTime(i, j, resume)) return null;
                // ... or a ratio (2:1 = 2比1, 1:1.2 = 1比1.2): both numbers, weak, as a time's are
                if (a.intDigits() <= 2 && a.fracDigits() == 0 && b.end() > j + 1 && !b.versionLike()
                        && (b.end() == resume || b.end() > resume && s.charAt(resume) == '.' && (b.end() >= n || s.charAt(b.end()) != ':'))) {
                    resume = b.end();
                    Reading left = Reading.inWords(i, j, a.value().longValue());
                    Reading right = Reading.inWords(j + 1, b.end(), 0);
                    right.base = b.value();
                    right.integer = b.fracDigits() == 0;
                    left.words = right.words = false;
                    emitWeak(left);
                    emitWeak(right);
                }
                return null;
            } else if (pre != null && perScale(j) > j) {
                resume = perScale(j); // $15/1M characters = 每百萬字元 15 美元: a price, per a million of something
                r.money(pre.currency());
                r.end = j;
                return r;
            } else if ((j + 1 < n && s.charAt(j) == '/' && isDigit(s, j + 1)) || (prev == '/' && isDigit(s, i - 2))) {
                resume = skipDigitsAnd(j, "/");
                if (s.startsWith("24/7", i) && resume == i + 4) {
                    r.duration(DurationUnit.HOUR); // 24/7 = 24 小時 (全天候): weak
                    r.weakHint = true;
                    r.end = resume;
                    return r;
                }
                return numericDate(r, i, resume) ? r : null;
            }
            if (a.intDigits() == 4 && (a.fracDigits() == 4 || a.fracDigits() == 5) && !a.grouped()) {
                resume = NumberText.skipName(s, i); // arXiv id
                return null;
            }
            if (NumberText.isMarker(s, i, a.end(), a.fracDigits() > 0)) {
                resume = a.end() + 1;
                return null;
            }
            if (pre != null) r.money(pre.currency());
            if (a.intDigits() == 2 && r.integer && (prev == '\'' || prev == '’') && !NumberText.isLatinOrDigit(s, i - 2)
                    && !isDigit(s, j)) {
                r.shortYear = true; // summer '24: a year written in two digits
            }
            if (lowerBound(r.start)) r.atLeast = true;
            // a 1-bedroom flat = 一居室: one of a compound adjective, weak like "a"
            if (r.isWholeNumber() && r.value().compareTo(BigDecimal.ONE) == 0 && j + 1 < n && s.charAt(j) == '-' && isAsciiLetter(s.charAt(j + 1))) r.weakHint = true;
            // No. 1 on the App Store = 榜首: a rank, weak like "1st"
            if (r.start >= 4 && s.regionMatches(true, r.start - 4, "no. ", 0, 4) && !NumberText.isLatinOrDigit(s, r.start - 5)) r.weakHint = true;
            // "reached number 1 on the App Store" = 登上榜首: a rank too
            if (r.start >= 7 && s.regionMatches(true, r.start - 7, "number ", 0, 7) && !NumberText.isLatinOrDigit(s, r.start - 8)) r.weakHint = true;
            // "1 in 20 page loads" = 每 20 次一次: the one is the article of the rate, weak like 一
            if (r.isWholeNumber() && r.value().compareTo(BigDecimal.ONE) == 0 && s.startsWith(" in ", j) && j + 4 < n && isDigit(s, j + 4)) r.weakHint = true;
            // Grade 12 = 高三, Tier 1 cities = 一線城市: a level's number, which Chinese names in words of its own
            if (r.isWholeNumber() && pre == null && LEVEL_WORDS.contains(NumberText.wordBefore(s, i).toLowerCase(Locale.ROOT))) r.weakHint = true;
            if (prev == '-' && r.isWholeNumber() && r.value().intValue() % 10 == 0 && APPROXIMATELY.contains(NumberText.wordBefore(s, i - 1).toLowerCase(Locale.ROOT))) {
                r.approximate(r.value(), r.value().add(BigDecimal.valueOf(9))); // mid-40% = 44 %, 45 %, 46 %…
            }
            if (decade) {
                // the 1800s is the 19th century as often as 1800–1809, and 19 世紀 is weak: so is it
                if (r.value().intValue() % 100 == 0) r.weakHint = true;
                r.date(r.value().intValue(), 0, 0);
                r.end = j;
                return r;
            }
            if (r.intDigits == 4 && r.integer && !a.grouped() && isoDate(r, j)) return r;
            if (!r.hasScale) j = readScaleWord(r, j);
            r.end = readUnits(r, j);
            if (r.kind == Kind.PLAIN && !r.hasScale && r.integer && !a.grouped() && r.intDigits == 4
                    && r.wholeIn(1000, 2999) && yearContext(i)) {
                r.date(r.value().intValue(), 0, 0);
            }
            if (pre == null && r.kind == Kind.PLAIN && !r.hasScale && r.intDigits <= 2 && i > 0
                    && NumberText.isSpace(s.charAt(i - 1)) && isNameWord(NumberText.wordBefore(s, i))) {
                resume = r.end; // LLaMA 2, ERNIE 4.5
                return asVersion(r);
            }
            return r;
        }

        @Override
        boolean isNameContext(int i, char prev) {
            if (isAsciiLetter(prev)) return true; // H800
            // A hyphen after a digit is a range (80-100), after a letter a name (GPT-4, Yi-34B).
            if (((prev == '-' || prev == '_') && isAsciiLetter(s, i - 2))
                    || (prev == '.' && NumberText.isLatinOrDigit(s, i - 2))) {
                // mid-2025, pre-2020 are years, GPT-4 and Yi-34B are names
                if (prev == '-') {
                    int k = i - 1;
                    while (k > 0 && isAsciiLetter(s.charAt(k - 1))) k--;
                    String w = s.substring(k, i - 1).toLowerCase(Locale.ROOT);
                    if (w.equals("mid") || w.equals("early") || w.equals("late") || w.equals("pre")
                            || w.equals("post")) {
                        return false;
                    }
                }
                return true;
            }
            return prev == '#';
        }

        /** "more than", "over", "at least", "upwards of" before the number: it is a lower bound. */
        private boolean lowerBound(int start) {
            String w = NumberText.wordBefore(s, start).toLowerCase(Locale.ROOT);
            if (w.equals("over")) return true;
            int p = NumberText.skipSpacesBack(s, start) - w.length();
            String w2 = NumberText.wordBefore(s, p).toLowerCase(Locale.ROOT);
            return (w.equals("than") && w2.equals("more")) || (w.equals("least") && w2.equals("at"))
                    || (w.equals("of") && w2.equals("upwards"));
        }

        private boolean yearContext(int i) {
            int p = i;
            if (p > 0 && s.charAt(p - 1) == '-') p--; // mid-2025
            return YEAR_CONTEXT.contains(NumberText.wordBefore(s, p).toLowerCase(Locale.ROOT));
        }

        /** "13.8 million": one scale word after the digits. */
        private int readScaleWord(Reading r, int j) {
            // "10万+" quoted from Chinese: its own scale, right after the digits
            if (j < n && "万萬亿億".indexOf(s.charAt(j)) >= 0) {
                r.scale = s.charAt(j) == '亿' || s.charAt(j) == '億' ? BigDecimal.valueOf(100_000_000L) : BigDecimal.valueOf(10_000L);
                r.hasScale = true;
                return j + 1;
            }
            // "13.8 million", and "a 671-billion-parameter model"
            int k = j < n && s.charAt(j) == '-' ? j + 1 : skipSpaces(s, j);
            if (k == j || k >= n) return j;
            String w = s.substring(k, wordEnd(k));
            BigDecimal scale = w.equals("hundred") ? BigDecimal.valueOf(100) : SCALES.get(w);
            if (scale == null) return j;
            r.scale = scale;
            r.hasScale = !w.equals("hundred");
            if (w.equals("hundred")) {
                r.base = r.base.multiply(scale);
                r.scale = BigDecimal.ONE;
                k += w.length();
                int k2 = skipSpaces(s, k);
                String w2 = s.substring(k2, wordEnd(k2));
                if (k2 > k && SCALES.containsKey(w2)) {
                    r.scale = SCALES.get(w2);
                    r.hasScale = true;
                    return k2 + w2.length();
                }
                return k;
            }
            return k + w.length();
        }

        /** %, percent, currency words, duration words, "15 November 2023". */
        private int readUnits(Reading r, int j) {
            int k = skipSpaces(s, j);
            if (k >= n) return j;
            char c = s.charAt(k);
            if (c == '%' || c == '％') {
                r.kind = Kind.PERCENT;
                return k + 1;
            }
            if (r.kind == Kind.PLAIN) {
                for (String[] row : IMPERIAL) {
                    boolean glued = row[0].charAt(0) == '°';
                    if (glued ? !s.startsWith(row[0], k) : k == j || !wordAt(s, k, row[0])) continue;
                    // 2.5 miles (4 km), 34°F: a figure the Chinese translation converts or drops, weak;
                    // and the metric figure it writes instead, within a tenth
                    r.kind = Kind.MEASURE;
                    r.measure = row[1];
                    r.weakHint = true;
                    if (!row[2].isEmpty()) {
                        BigDecimal metric = r.value().multiply(new BigDecimal(row[3]));
                        Reading m = new Reading();
                        m.start = r.start;
                        m.end = k + row[0].length();
                        m.base = metric;
                        m.kind = Kind.MEASURE;
                        m.measure = row[2];
                        m.approximate(metric.multiply(new BigDecimal("0.9")), metric.multiply(new BigDecimal("1.1")));
                        emitWeak(m);
                    }
                    return k + row[0].length();
                }
            }
            String[] measure = k > j && r.kind == Kind.PLAIN ? NumberText.unitAt(s, k) : null;
            if (measure != null) {
                r.kind = Kind.MEASURE; // 40 GB
                r.measure = measure[0];
                return k + measure[1].length();
            }
            if (k == j) {
                // Only a hyphen may join a unit directly: a three-year plan, a 5-month lead.
                if (c != '-' || !isAsciiLetter(s, k + 1)) return j;
                return readDuration(r, k + 1, j);
            }
            if (wordAt(s, k, "percent")) {
                r.kind = Kind.PERCENT;
                return k + 7;
            }
            // 120 basis points = 1.2 个百分点, as often as 120 个基点: the figure in hundredths of a point too
            for (String bp : BASIS_POINTS) {
                if (r.kind == Kind.PLAIN && r.alternative == null && wordAt(s, k, bp)) {
                    r.alternative = r.value().movePointLeft(2);
                    return k + bp.length();
                }
            }
            if (wordAt(s, k, "per cent")) {
                r.kind = Kind.PERCENT;
                return k + 8;
            }
            if (r.kind == Kind.PLAIN && !r.hasScale) {
                for (String[] row : SMALL_CHANGE) {
                    if (!wordAt(s, k, row[0])) continue;
                    int e = k + row[0].length();
                    if (s.startsWith(" on the dollar", e)) { // 30 cents on the dollar = 三成
                        r.kind = Kind.PERCENT;
                        return e + 14;
                    }
                    r.base = r.value().movePointLeft(row[2].length() - 1); // one cent = 1 美分 = $0.01, ten fen = 一毛
                    r.integer = false;
                    r.money(row[1]);
                    return e;
                }
            }
            for (String[] row : SUFFIXES) {
                if (wordAt(s, k, row[0])) {
                    r.money(row[1]);
                    return k + row[0].length();
                }
            }
            String w = s.substring(k, wordEnd(k));
            Integer month = MONTHS.get(w.toLowerCase(Locale.ROOT));
            if (month != null && Character.isUpperCase(w.charAt(0)) && r.wholeIn(1, 31) && r.intDigits <= 2) {
                int e = k + w.length();
                int y = skipSpaces(s, e);
                if (y > e && isYear(y)) {
                    r.date(Integer.parseInt(s.substring(y, y + 4)), month, r.value().intValue());
                    return y + 4;
                }
                r.date(0, month, r.value().intValue());
                return e;
            }
            return readDuration(r, k, j);
        }

        private int readDuration(Reading r, int k, int otherwise) {
            for (String decade : DECADE_WORDS) {
                if (!wordAt(s, k, decade)) continue;
                r.base = r.base.multiply(BigDecimal.TEN); // two decades = 二十年
                r.duration(DurationUnit.YEAR);
                return k + decade.length();
            }
            for (String century : CENTURY_WORDS) {
                if (!wordAt(s, k, century)) continue;
                r.base = r.base.multiply(BigDecimal.valueOf(100)); // three centuries = 三百年
                r.duration(DurationUnit.YEAR);
                return k + century.length();
            }
            if (s.startsWith(AND_A_HALF, k) && r.isWholeNumber()) {
                // three and a half years = 三年半: weak, like 三年半 and 一個半小時
                int u = k + AND_A_HALF.length();
                for (String[] row : DURATIONS) {
                    if (!wordAt(s, u, row[0])) continue;
                    r.base = r.base.add(new BigDecimal("0.5"));
                    r.weakHint = true;
                    r.duration(DurationUnit.valueOf(row[1]));
                    return u + row[0].length();
                }
                return otherwise;
            }
            for (String[] row : DURATIONS) {
                if (!wordAt(s, k, row[0])) continue;
                int e = k + row[0].length();
                if (s.startsWith("-old", e) || s.startsWith(" old", e)) {
                    return e + 4; // 40-year-old, 40 years old: an age, like 40 歲
                }
                if (row[0].equals("second") && (s.startsWith("-hand", e) || s.startsWith(" hand", e))) return otherwise; // ¥3,000 second-hand
                r.duration(DurationUnit.valueOf(row[1]));
                return e;
            }
            return otherwise;
        }

        private boolean isYear(int y) {
            if (y + 4 > n) return false;
            for (int k = y; k < y + 4; k++) if (!isDigit(s, k)) return false;
            int v = Integer.parseInt(s.substring(y, y + 4));
            return v >= 1000 && v <= 2999 && !NumberText.isLatinOrDigit(s, y + 4);
        }

        /**
         * Whether the "May" at [i, e) is the month by its capital: mid-sentence ("April, May, June",
         * "(May)", "the May release"), where the verb is written in lower case; or opening a sentence
         * before a verb or punctuation ("May was busy", "**May**:"), where the verb would ask ("May I").
         */
        private boolean capitalisedMidSentence(int i, int e) {
            int p = i - 1;
            while (p >= 0 && (s.charAt(p) == ' ' || s.charAt(p) == '*' || s.charAt(p) == '_')) p--;
            boolean opens = p < 0 || ".!?\n#->|".indexOf(s.charAt(p)) >= 0;
            // a title's capitals: "What You May Need", "It May Not Work"
            String prev = NumberText.wordBefore(s, i).toLowerCase(Locale.ROOT);
            String following = NumberText.wordAfter(s, e).toLowerCase(Locale.ROOT);
            if (SUBJECTS.contains(prev) || MODAL_FOLLOWERS.contains(following)) return false;
            // ... and a name: the May Fourth Movement (五四運動)
            int w = e;
            while (w < n && s.charAt(w) == ' ') w++;
            if (w > e && w < n && Character.isUpperCase(s.charAt(w)) && !MONTHS.containsKey(following)) return false;
            if (!opens) return true;
            int q = e;
            while (q < n && (s.charAt(q) == '*' || s.charAt(q) == '_')) q++;
            if (q >= n || !Character.isLetter(s.charAt(q)) && s.charAt(q) != ' ') return true;
            String next = NumberText.wordAfter(s, q).toLowerCase(Locale.ROOT);
            return Set.of("was", "is", "has", "had", "saw", "brought", "ended", "began", "started", "will").contains(next);
        }

        private static final Set<String> SUBJECTS = Set.of("i", "you", "we", "they", "he", "she", "it", "this", "that", "which",
                "who", "there", "users", "some", "results", "prices", "one");
        private static final Set<String> MODAL_FOLLOWERS = Set.of("not", "be", "have", "need", "also", "still", "want", "take",
                "help", "cause", "vary", "use", "seem", "look", "affect", "apply", "require", "change", "differ", "work", "get",
                "i", "we", "you", "the", "your", "all");

        /** November 2023, Nov. 15, 2023, in May, early March. */
        private Reading readMonth(int i, int e, int month) {
            int p = e;
            if (p < n && s.charAt(p) == '.') p++;
            int k = skipSpaces(s, p);
            Reading r = new Reading();
            r.start = i;
            r.base = BigDecimal.ZERO;
            if (k > p && isYear(k)) {
                r.date(Integer.parseInt(s.substring(k, k + 4)), month, 0);
                r.end = k + 4;
                resume = r.end;
                return r;
            }
            if (k > p && isDigit(s, k)) {
                int d = k, de = d;
                while (de < n && isDigit(s, de)) de++;
                int day = de - d <= 2 ? Integer.parseInt(s.substring(d, de)) : 0;
                if (day >= 1 && day <= 31) {
                    int after = de;
                    String sfx = s.substring(de, wordEnd(de));
                    if (sfx.equals("st") || sfx.equals("nd") || sfx.equals("rd") || sfx.equals("th")) after = de + 2;
                    else if (!sfx.isEmpty()) return null;
                    int y = after;
                    if (y < n && s.charAt(y) == ',') y++;
                    y = skipSpaces(s, y);
                    if (y > after && isYear(y)) {
                        r.date(Integer.parseInt(s.substring(y, y + 4)), month, day);
                        r.end = y + 4;
                    } else {
                        r.date(yearAfterDayRange(after), month, day);
                        r.end = after;
                    }
                    resume = r.end;
                    return r;
                }
            }
            // A month alone. "May" is also a verb and "Mar" an abbreviation: they need a date context.
            String word = s.substring(i, e);
            String before = NumberText.wordBefore(s, i > 0 && s.charAt(i - 1) == '-' ? i - 1 : i)
                    .toLowerCase(Locale.ROOT);
            boolean full = word.length() > 4 || word.equals("June") || word.equals("July");
            boolean needsContext = word.equals("May") ? !capitalisedMidSentence(i, e) : !full;
            if (needsContext && !MONTH_CONTEXT.contains(before)) return null;
            r.date(0, month, 0);
            r.end = e;
            return r;
        }

        /**
         * "March 9 to 15, 2016", "May 3–5, 2024": the year after a range of days is the first day's
         * too (Chinese writes 2016年3月9日至15日). Returns it, or 0; its digits are then skipped.
         */
        private int yearAfterDayRange(int after) {
            int k = skipSpaces(s, after);
            if (s.startsWith("to ", k) || s.startsWith("through ", k)) k = skipSpaces(s, k + (s.charAt(k) == 't' && s.charAt(k + 1) == 'o' ? 3 : 8));
            else if (k < n && "-–".indexOf(s.charAt(k)) >= 0) k = skipSpaces(s, k + 1);
            else return 0;
            int d = k;
            while (k < n && isDigit(s, k) && k - d < 3) k++;
            if (k == d || k - d > 2) return 0;
            if (k < n && s.charAt(k) == ',') k++;
            int y = skipSpaces(s, k);
            if (y == k && s.charAt(k - 1) != ',') return 0;
            if (!isYear(y)) return 0;
            skipFrom = y;
            skipTo = y + 4;
            return Integer.parseInt(s.substring(y, y + 4));
        }

        private static boolean isOrdinalSuffix(BigDecimal n, String suffix) {
            long v = n.longValue();
            String want = v % 100 >= 11 && v % 100 <= 13 ? "th"
                    : v % 10 == 1 ? "st" : v % 10 == 2 ? "nd" : v % 10 == 3 ? "rd" : "th";
            return suffix.equalsIgnoreCase(want);
        }

        /** Whether a letter or a digit precedes i in its sentence (skipping spaces and opening quotes and brackets). */
        private boolean insideSentence(int i) {
            int k = i - 1;
            while (k >= 0 && (s.charAt(k) == ' ' || "\"'“‘(*_".indexOf(s.charAt(k)) >= 0)) k--;
            return k >= 0 && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == ',');
        }

        /** Number words: five, twenty-five, one hundred and fifty, two thousand, a million. */
        private Reading readWords(int i) {
            long total = 0;
            long current = 0;
            BigDecimal lastScale = null;
            int type = 0; // 0 none, 1 unit, 2 teen or ten, 3 tens, 4 hundred, 5 scale
            int p = i;
            int end = i;
            boolean article = false;
            boolean ordinal = false;
            int words = 0;
            while (p < n) {
                int e = wordEnd(p);
                if (e == p) break;
                String w = s.substring(p, e).toLowerCase(Locale.ROOT);
                if (words == 0 && (w.equals("a") || w.equals("an"))) {
                    article = true;
                    current = 1;
                    type = 1;
                } else if (SMALL.containsKey(w)) {
                    int v = SMALL.get(w);
                    if (type == 1 || type == 2 || (type == 3 && v >= 10)) break;
                    current += v;
                    type = v < 10 ? 1 : 2;
                } else if (ORDINALS.containsKey(w) && !article) {
                    int v = ORDINALS.get(w);
                    if (type == 1 || type == 2 || (type == 3 && v >= 10)) break;
                    current += v;
                    ordinal = true;
                    words++;
                    end = e;
                    break; // "twenty-sixth": an ordinal ends the number
                } else if (TENS.containsKey(w)) {
                    if (type == 1 || type == 2 || type == 3) break;
                    current += TENS.get(w);
                    type = 3;
                } else if (w.equals("hundred")) {
                    if (type == 0 || type == 4 || type == 5 && current == 0) break;
                    current = current * 100;
                    type = 4;
                } else if (SCALES.containsKey(w)) {
                    if (type == 0 || type == 5) break;
                    BigDecimal sc = SCALES.get(w);
                    total += current * sc.longValueExact();
                    current = 0;
                    lastScale = sc;
                    type = 5;
                } else {
                    break;
                }
                words++;
                end = e;
                // separators: "twenty-five", "two hundred", "one hundred and fifty"
                if (e < n && s.charAt(e) == '-' && isAsciiLetter(s, e + 1)) {
                    p = e + 1;
                } else if (e < n && s.charAt(e) == ' ') {
                    p = e + 1;
                    if ((type == 4 || type == 5) && s.startsWith("and ", p)) p += 4;
                } else {
                    break;
                }
            }
            resume = Math.max(end, i + 1);
            if (words == 0 || (article && words == 1)) return null;
            long value = total + current;
            String text = s.substring(i, end).toLowerCase(Locale.ROOT);
            if (text.equals("one") && (s.startsWith(" of", end) || s.startsWith(" another", end))) return null;
            Reading r = new Reading();
            r.start = i;
            r.words = true;
            // A capitalised number word inside a sentence is part of a title or a name (One Hundred
            // Years of Solitude, Nineteen Eighty-Four, Ocean's Eleven): translated or not, it counts nothing.
            r.weakHint = article || ordinal || (Character.isUpperCase(s.charAt(i)) && insideSentence(i));
            if (ordinal) {
                r.base = BigDecimal.valueOf(value);
                r.end = end;
                resume = end;
                return r;
            }
            if (type == 5 && lastScale != null && value % lastScale.longValueExact() == 0) {
                r.base = BigDecimal.valueOf(value).divide(lastScale);
                r.scale = lastScale;
                r.hasScale = true;
            } else {
                r.base = BigDecimal.valueOf(value);
            }
            NumberText.Prefix pre = NumberText.prefixBefore(s, i, PREFIXES);
            if (pre != null) {
                r.money(pre.currency());
                r.start = pre.start();
            }
            if (lowerBound(r.start)) r.atLeast = true;
            String odd = type == 3 && current == value ? oddAfter(end) : null;
            if (odd != null) {
                // twenty-odd, thirty-something = 二十幾, 三十多: 21 to 29
                r.approximate(BigDecimal.valueOf(value + 1), BigDecimal.valueOf(value + 9));
                end += odd.length();
            }
            r.end = readUnits(r, end);
            resume = r.end;
            return r;
        }
    }
}
