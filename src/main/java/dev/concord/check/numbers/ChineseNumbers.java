package dev.concord.check.numbers;

import static dev.concord.check.numbers.NumberText.endsAt;
import static dev.concord.check.numbers.NumberText.isAsciiLetter;
import static dev.concord.check.numbers.NumberText.isDigit;
import static dev.concord.check.numbers.NumberText.skipSpaces;
import static dev.concord.check.numbers.NumberText.skipSpacesBack;

import java.math.BigDecimal;
import java.util.List;

/**
 * Extracts the quantities of Chinese prose (hant or hans): Arabic and full-width digits with
 * 萬/億 scales (1380 萬 = 13,800,000), Chinese numerals (三十億, 一萬二千), currencies (美元, 人民幣 … 元),
 * percentages (%, 百分之五十), dates (2023 年 11 月, 民國 112 年) and durations (五個月).
 *
 * <p>The caller removes code and URLs and masks glossary terms with spaces first (otherwise
 * 零一萬物 would otherwise read as 10,000 and 01.AI as 1). Digits joined to Latin letters are names
 * and are skipped anyway (Yi-34B, GPT-4, H800, 405B, 01.AI).
 */
public final class ChineseNumbers {
    private ChineseNumbers() {}

    /** The quantities of {@code text} in order of position. Never null; a range gives two entries. */
    public static List<Quantity> extract(String text) {
        List<Quantity> found = new Scan(text).run();
        if (text.indexOf('民') >= 0) found = weakenEraGlosses(found);
        found = NumberText.weakenRoundTheClock(text, NumberText.withNines(text, NumberText.weakenQuarterMonths(text, NumberText.ratesAlike(text, found))));
        return text.indexOf('《') < 0 ? found : weakenInTitles(text, found);
    }

    /**
     * Taiwan's era year written beside the same Gregorian year (2025年（民國114年）) as weak: a gloss
     * the other variants need not repeat. An era year that disagrees with its Gregorian year, or
     * stands alone, is compared as the year it is.
     */
    private static List<Quantity> weakenEraGlosses(List<Quantity> found) {
        return NumberText.replaced(found, k -> {
            Quantity x = found.get(k);
            if (x.kind() != Kind.DATE || !(x.text().startsWith("民國") || x.text().startsWith("民国"))) return null;
            for (Quantity y : found) {
                if (y != x && y.kind() == Kind.DATE && y.year() == x.year() && !y.text().startsWith("民")) return x.weakened();
            }
            return null;
        });
    }

    /**
     * The numbers inside a cited title (《馬雲和他的102年夢想》) as weak: a title is a name, and an
     * English block names the work by its own title or not at all (The House That Jack Ma Built).
     */
    private static List<Quantity> weakenInTitles(String text, List<Quantity> found) {
        return NumberText.replaced(found, k -> {
            Quantity x = found.get(k);
            int open = text.lastIndexOf('《', x.start());
            int close = open < 0 ? -1 : text.indexOf('》', open);
            return open >= 0 && close >= x.end() ? x.weakened() : null;
        });
    }

    /** Currencies written before the number; longest first. */
    private static final String[][] PREFIXES = {
            {"人民幣", "CNY"}, {"人民币", "CNY"}, {"新台幣", "TWD"}, {"新臺幣", "TWD"}, {"新台币", "TWD"},
            {"US$", "USD"}, {"HK$", "HKD"}, {"NT$", "TWD"}, {"USD", "USD"}, {"RMB", "CNY"}, {"CNY", "CNY"},
            {"港幣", "HKD"}, {"港币", "HKD"},
            {"$", "USD"}, {"＄", "USD"}, {"¥", "CNY"}, {"￥", "CNY"}, {"€", "EUR"}, {"£", "GBP"},
    };

    /** Currencies written after the number; longest first so 美元 wins over 元. */
    private static final String[][] SUFFIXES = {
            {"元人民幣", "CNY"}, {"元人民币", "CNY"},
            // 9338 億元新台幣: 元 is the unit, the name after it the currency
            {"元新台幣", "TWD"}, {"元新臺幣", "TWD"}, {"元新台币", "TWD"}, {"元港幣", "HKD"}, {"元港币", "HKD"},
            {"新台幣", "TWD"}, {"新臺幣", "TWD"}, {"新台币", "TWD"},
            {"人民幣", "CNY"}, {"人民币", "CNY"},
            {"美元", "USD"}, {"美金", "USD"}, {"港元", "HKD"}, {"港幣", "HKD"}, {"港币", "HKD"},
            {"歐元", "EUR"}, {"欧元", "EUR"}, {"日元", "JPY"}, {"日圓", "JPY"}, {"日圆", "JPY"},
            {"英鎊", "GBP"}, {"英镑", "GBP"}, {"台幣", "TWD"}, {"臺幣", "TWD"}, {"台币", "TWD"},
            {"塊錢", "CNY"}, {"块钱", "CNY"}, {"元", "CNY"},
    };

    /** Second characters of words that start with 成 (成功, 成本…): there 成 is no unit of tenths. */
    private static final String COMPOUNDS_WITH_CHENG = "功立为為本长長果员員绩績就熟型交人年品语語千万萬百十个個份倍";

    private static final String[][] DURATIONS = {
            {"個多月", "MONTH"}, {"个多月", "MONTH"}, {"個月", "MONTH"}, {"个月", "MONTH"},
            {"個多小時", "HOUR"}, {"个多小时", "HOUR"}, {"個小時", "HOUR"}, {"个小时", "HOUR"},
            {"個鐘頭", "HOUR"}, {"个钟头", "HOUR"}, {"小時", "HOUR"}, {"小时", "HOUR"},
            {"鐘頭", "HOUR"}, {"钟头", "HOUR"},
            {"個星期", "WEEK"}, {"个星期", "WEEK"}, {"個禮拜", "WEEK"}, {"个礼拜", "WEEK"},
            {"星期", "WEEK"}, {"禮拜", "WEEK"}, {"礼拜", "WEEK"}, {"週", "WEEK"}, {"周", "WEEK"},
            {"分鐘", "MINUTE"}, {"分钟", "MINUTE"}, {"秒鐘", "SECOND"}, {"秒钟", "SECOND"}, {"秒", "SECOND"},
            {"天", "DAY"},
    };

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** The banker's numerals other than 參, which write amounts on cheques and contracts. */
    private static final java.util.regex.Pattern FINANCIAL = java.util.regex.Pattern.compile("[壹貳贰叁肆伍陸陆柒捌玖拾佰仟]");

    /** Units that 半 halves into 30 of the next smaller one: 半小時 = 30 minutes, 半分鐘 = 30 seconds. */
    private static final String[][] HALF_UNITS = {
            {"個小時", "MINUTE"}, {"个小时", "MINUTE"}, {"個鐘頭", "MINUTE"}, {"个钟头", "MINUTE"}, {"小時", "MINUTE"},
            {"小时", "MINUTE"}, {"鐘頭", "MINUTE"}, {"钟头", "MINUTE"}, {"分鐘", "SECOND"}, {"分钟", "SECOND"},
    };

    /** Characters that make the numeral after them vague: 幾十, 數百 (a few tens, hundreds). */
    private static final String VAGUE_COUNT = "幾几數数";

    /** 十百千萬億: the numerals that can follow 幾 or 上 in a vague amount. */
    private static boolean isScaleNumeral(char c) {
        return ChineseNumerals.smallUnit(c) > 0 || ChineseNumerals.isBigScale(c);
    }

    /** 九千九百九十九萬九千九百九十九億… is under 30 characters; longer runs are not amounts. */
    private static final int MAX_NUMERALS = 32;

    private static final class Scan extends QuantityScanner {
        Scan(String text) {
            super(text);
        }

        @Override
        int step(int i) {
            char c = s.charAt(i);
            // most characters start no number: one test for them before the phrases below
            boolean numeral = ChineseNumerals.isNumeral(c);
            if (!numeral && NumberText.digit(c) < 0 && STARTS.indexOf(c) < 0) return i + 1;
            Reading r = null;
            int[] festival = numeral || FESTIVAL_FIRST.indexOf(c) >= 0 ? festivalAt(i) : null;
            if (festival != null) {
                // 國慶 (October 1), 元旦: a day named by its festival, which English names by its date as
                // often as by its name; weak, like 雙十一
                r = new Reading();
                r.start = i;
                r.words = true;
                r.weakHint = true;
                r.date(0, festival[0], festival[1]);
                r.end = i + festival[2];
                resume = r.end;
            } else if (s.startsWith("全天候", i)) {
                r = Reading.inWords(i, i + 3, 24); // 全天候: around the clock, "24/7", weak
                r.weakHint = true;
                r.duration(DurationUnit.HOUR);
                resume = r.end;
            } else if (s.startsWith("半百", i)) {
                r = Reading.inWords(i, i + 2, 50); // 年過半百: past fifty, an idiom for an age
                r.weakHint = true;
                resume = r.end;
            } else if ((s.startsWith("一刻", i) || s.startsWith("三刻", i)) && (s.startsWith("鐘", i + 2) || s.startsWith("钟", i + 2))) {
                r = Reading.inWords(i, i + 3, c == '一' ? 15 : 45); // 一刻鐘 = a quarter of an hour, 15 minutes
                r.weakHint = true;
                r.duration(DurationUnit.MINUTE);
                resume = r.end;
            } else if (s.startsWith("百分百", i) || s.startsWith("百分之百", i)) {
                r = Reading.inWords(i, i + (s.startsWith("百分百", i) ? 3 : 4), 100); // 百分百 = 100 %
                r.kind = Kind.PERCENT;
                resume = r.end;
            } else if (s.startsWith("百分之", i)) {
                r = readPercentWords(i);
            } else if (NumberText.digit(c) >= 0) {
                r = readArabic(i);
            } else if (c == '半' && s.startsWith("半年", i) && !s.startsWith("半年度", i)
                    && (i == 0 || (s.charAt(i - 1) != '上' && s.charAt(i - 1) != '下'))) { // 上半年: the first half of a year
                r = Reading.inWords(i, i + 2, 6); // 半年 = half a year, six months
                r.duration(DurationUnit.MONTH);
                if (i > 0 && s.charAt(i - 1) == '大') r.weakHint = true; // 大半年: "the better part of a year"
                resume = r.end;
            } else if (c == '半' && (s.startsWith("半個月", i) || s.startsWith("半个月", i))) {
                r = Reading.inWords(i, i + 3, 0); // 半個月 = half a month: "two weeks", "15 days"; weak
                r.base = new BigDecimal("0.5");
                r.weakHint = true;
                r.duration(DurationUnit.MONTH);
                resume = r.end;
            } else if (c == '半' && halfUnit(i + 1) != null) {
                // 半小時 = 30 minutes, 半分鐘 = 30 seconds: weak, as English says "half an hour" as often
                String[] unit = halfUnit(i + 1);
                r = Reading.halfOf(i, i + 1 + unit[0].length(), DurationUnit.valueOf(unit[1]));
                resume = r.end;
            } else if ((c == '一' && s.startsWith("一半", i)) && (i + 2 >= n || s.charAt(i + 2) != '天')) {
                r = Reading.inWords(i, i + 2, 50); // 一半 = 50 %: weak, "half" is no number in English
                r.weakHint = true;
                r.kind = Kind.PERCENT;
                resume = r.end;
            } else if ((VAGUE_COUNT.indexOf(c) >= 0 || c == '上') && i + 1 < n && isScaleNumeral(s.charAt(i + 1))) {
                r = readVague(i);
            } else if (ChineseNumerals.isNumeral(c)) {
                r = readNumerals(i);
            } else {
                return i + 1;
            }
            // 每百萬 token, 每 10 億參數: a rate's unit ("per million"), which English often leaves unsaid
            if (r != null && r.low == null && endsAt(s, skipSpacesBack(s, r.start), "每") && powerOfTen(r.value())) r.weakHint = true;
            if (r != null && weakBefore(r.start)) r.weakHint = true;
            // 六點四十, 七點十分: the minutes of a time of day, weak like its hour
            if (r != null && r.start > 1 && (s.charAt(r.start - 1) == '點' || s.charAt(r.start - 1) == '点')
                    && (isDigit(s, r.start - 2) || ChineseNumerals.isNumeral(s.charAt(r.start - 2)))) r.weakHint = true;
            return r == null ? resume : finish(r);
        }

        /**
         * Words before a number that make it weak: 快七十歲 and 將近五十 ("nearly", said "in her late
         * sixties"), 約合 and 北京時間 (a conversion added for the reader: a price, a time zone), 正月十五
         * and 大年三十 (days of the lunar calendar, which English names by their festival).
         */
        private static final String[] WEAK_BEFORE = {"快", "將近", "将近", "接近", "約合", "约合", "折合", "正月", "臘月", "腊月", "大年",
                "農曆", "农历", "陰曆", "阴历", "初", "閏", "闰", "週休", "周休",
                "北京時間", "北京时间", "臺灣時間", "台灣時間", "台湾时间"};

        private boolean weakBefore(int start) {
            int p = skipSpacesBack(s, start);
            for (String w : WEAK_BEFORE) if (endsAt(s, p, w)) return true;
            return false;
        }

        /** What may start a quantity besides digits and numerals: 全天候, 半年, 幾十, 數百, 上億, and the festivals. */
        private static final String STARTS = "全半幾几數数上國国元聖圣情愚萬万";

        /** The first characters of {@link #FESTIVALS}: only they make a step look the festivals up. */
        private static final String FESTIVAL_FIRST = "國国元聖圣情愚萬万";

        /** Festivals named without their date: {written, month, day}. */
        private static final Object[][] FESTIVALS = {
                {"國慶", 10, 1}, {"国庆", 10, 1}, {"元旦", 1, 1}, {"聖誕", 12, 25}, {"圣诞", 12, 25},
                {"情人節", 2, 14}, {"情人节", 2, 14}, {"愚人節", 4, 1}, {"愚人节", 4, 1}, {"萬聖節", 10, 31}, {"万圣节", 10, 31},
        };

        /**
         * What names a holiday after its month and day written together (五一假期, 十一長假, 六一兒童節).
         * Not 節 alone: 十一節課 is eleven lessons.
         */
        private static final String[] HOLIDAY_AFTER = {"假", "長假", "长假", "連假", "连假", "黃金週", "黄金周", "勞動節", "劳动节", "兒童節", "儿童节"};

        /** {month, day, length} of a festival named at i, or null. */
        private int[] festivalAt(int i) {
            for (Object[] f : FESTIVALS) if (s.startsWith((String) f[0], i)) return new int[] {(Integer) f[1], (Integer) f[2], ((String) f[0]).length()};
            if (i + 2 > n || (i > 0 && ChineseNumerals.isNumeral(s.charAt(i - 1)))) return null;
            int month = ChineseNumerals.digit(s.charAt(i)), day = ChineseNumerals.digit(s.charAt(i + 1));
            if (s.startsWith("十一", i)) {
                month = 10; // 十一 = October 1, National Day
                day = 1;
            } else if (month < 1 || day < 1) {
                return null;
            }
            for (String a : HOLIDAY_AFTER) if (s.startsWith(a, i + 2)) return new int[] {month, day, 2};
            return null;
        }

        private static boolean powerOfTen(BigDecimal v) {
            return v.signum() > 0 && v.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE) && v.compareTo(BigDecimal.TEN) >= 0;
        }

        /** The unit after 半 that makes it half of that unit, as {written, smaller unit}: 小時 → 30 minutes. */
        private String[] halfUnit(int k) {
            for (String[] u : HALF_UNITS) if (s.startsWith(u[0], k)) return u;
            return null;
        }

        @Override
        int connector(int k, Reading left) {
            char c = s.charAt(k);
            if (c == '至' || c == '到') return k + 1;
            return rangeSign(k);
        }

        @Override
        Reading readRangeEnd(int p) {
            if (p >= n) return null;
            int q = skipSpaces(s, skipCurrencySigns(p));
            if (q >= n) return null;
            char c = s.charAt(q);
            if (NumberText.digit(c) >= 0) return readArabic(q);
            if (ChineseNumerals.isNumeral(c)) return readNumerals(q);
            return null;
        }

        /**
         * 幾十 / 數百 / 幾千萬 (a few tens, hundreds…: 2 to 9 of the scale) and 上億 / 上千 (reaching the
         * scale: 1 to 10 of it, not including 10). Reads the unit after it: 幾十秒, 數十億美元.
         */
        private Reading readVague(int i) {
            boolean reaching = s.charAt(i) == '上';
            int j = i + 1;
            while (j < n && isScaleNumeral(s.charAt(j))) j++;
            resume = j;
            if (reaching && j < n && s.charAt(j) == '度') return null; // 上百度: "go on Baidu"
            BigDecimal scale = ChineseNumerals.parse("一" + s.substring(i + 1, j), ChineseNumerals.ZHAO);
            if (scale == null) return null;
            Reading r = new Reading();
            r.start = i;
            r.words = true;
            // 成千上萬 (thousands upon thousands) and 成百上千 reach down to the smaller scale they name first
            BigDecimal from = reaching && i >= 2 && s.charAt(i - 2) == '成' && isScaleNumeral(s.charAt(i - 1))
                    ? ChineseNumerals.parse("一" + s.charAt(i - 1), ChineseNumerals.ZHAO) : scale;
            if (reaching) r.approximate(from == null ? scale : from, scale.multiply(BigDecimal.TEN).subtract(BigDecimal.ONE));
            else r.approximate(scale.multiply(BigDecimal.valueOf(2)), scale.multiply(BigDecimal.valueOf(9)));
            int end = readUnits(r, j, false, i);
            if (end < 0) return null;
            r.end = end;
            resume = end;
            return r;
        }

        private Reading readPercentWords(int i) {
            int p = skipSpaces(s, i + 3);
            resume = i + 3;
            if (p >= n) return null;
            Reading r;
            if (NumberText.digit(s.charAt(p)) >= 0) {
                NumberText.ArabicRun a = NumberText.readArabic(s, p);
                if (a.versionLike()) return null;
                r = new Reading();
                r.base = a.value();
                r.end = a.end();
            } else {
                int j = p;
                while (j < n && ChineseNumerals.isNumeral(s.charAt(j))) j++;
                BigDecimal v = ChineseNumerals.parse(s.substring(p, j), ChineseNumerals.ZHAO);
                if (v == null) return null;
                r = new Reading();
                r.base = v;
                r.words = true;
                r.end = readDecimalPart(r, j);
            }
            r.start = i;
            r.kind = Kind.PERCENT;
            return r;
        }

        /** 三點五 = 3.5; returns the end, updating r.base, or j unchanged when there is no decimal part. */
        private int readDecimalPart(Reading r, int j) {
            if (j + 1 >= n || (s.charAt(j) != '點' && s.charAt(j) != '点')) return j;
            int f = j + 1;
            StringBuilder frac = new StringBuilder();
            while (f < n && ChineseNumerals.digit(s.charAt(f)) >= 0) frac.append(ChineseNumerals.digit(s.charAt(f++)));
            // 十二點三十分 is a time of day, not 12.3; 一點一點 ("bit by bit") is no number.
            if (frac.length() == 0 || (f < n && (ChineseNumerals.smallUnit(s.charAt(f)) > 0 || "分點点刻".indexOf(s.charAt(f)) >= 0))) return j;
            if (frac.toString().equals("1") && f < n && s.charAt(f) == '到') return j; // 六點一到: as six o'clock came
            r.base = new BigDecimal(r.base.toBigInteger() + "." + frac);
            r.integer = false;
            return f;
        }

        private Reading readArabic(int i) {
            Reading r = startArabic(i, PREFIXES);
            if (r == null) return null;
            NumberText.Prefix pre = arabicPrefix;
            NumberText.ArabicRun a = arabicRun;
            char prev = i > 0 ? s.charAt(i - 1) : 0;
            int j = a.end();
            if (j < n && isAsciiLetter(s.charAt(j))) {
                String[] unit = NumberText.unitAt(s, j);
                int w = j;
                while (w < n && isAsciiLetter(s.charAt(w))) w++;
                String suffix = s.substring(j, w);
                if ((s.charAt(j) == 'x' || s.charAt(j) == 'X') && !NumberText.isLatinOrDigit(s, j + 1)) {
                    j++; // 10x: a multiplier, like 10 倍
                } else if (pre != null && NumberText.magnitude(suffix) != null && !isDigit(s, w)) {
                    r.scale = NumberText.magnitude(suffix); // ¥2.0M, $5B: the same in a Chinese block
                    r.hasScale = true;
                    j = w;
                } else if (unit != null) {
                    r.kind = Kind.MEASURE; // 7nm, 40GB: a unit, not a name
                    r.measure = unit[0];
                    j += unit[1].length();
                } else if ((suffix.equals("w") || suffix.equals("W")) && !isDigit(s, w)) {
                    r.scale = BigDecimal.valueOf(10_000); // 1.2w 个赞: 万 as the internet writes it
                    r.hasScale = true;
                    j = w;
                } else {
                    // 405B, 128K, 4o: names; 70B and 10K standing alone are also the figures they stand for
                    int e = j;
                    while (e < n && isAsciiLetter(s.charAt(e))) e++;
                    BigDecimal magnitude = pre == null ? NumberText.magnitude(s.substring(j, e)) : null;
                    if (magnitude != null && !isDigit(s, e)) emitMagnitude(i, e, magnitude);
                    resume = NumberText.skipName(s, i);
                    emitVersion(i);
                    return null;
                }
            } else if (j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == '．') && isAsciiLetter(s.charAt(j + 1))) {
                resume = NumberText.skipName(s, i); // 01.AI
                return null;
            } else if (j + 1 < n && (s.charAt(j) == ':' || s.charAt(j) == '：') && isDigit(s, j + 1)
                    && a.intDigits() <= 2 && a.fracDigits() == 0 && !(s.charAt(j) == '：' && digitsAt(j + 1) > 2)) {
                // AIME 2025：86.7% is a label and a score; so is Geekbench 6：14800, where no minutes follow
                resume = skipDigitsAnd(j, ":：");   // 10:30 is a time
                return null;
            } else if (j + 1 < n && s.charAt(j) == '·' && isDigit(s, j + 1) && pre == null) {
                // 3·15, 9·11: a month and a day joined by a middle dot, the way Chinese names a date (an event)
                int d = j + 1, de = d;
                while (de < n && isDigit(s, de)) de++;
                int month = a.value().intValue(), day = de - d <= 2 ? Integer.parseInt(ascii(d, de)) : 0;
                resume = de;
                if (a.intDigits() > 2 || a.fracDigits() > 0 || month < 1 || month > 12 || day < 1 || day > 31) return null;
                r.start = i;
                r.date(0, month, day);
                r.end = de;
                return r;
            } else if (isClockTime(j)) {
                resume = skipDigitsAnd(skipSpaces(s, j), "点點分半 ");  // 7点45, 7 點半: a time of day, like 7:45
                return null;
            } else if ((j + 1 < n && s.charAt(j) == '/' && isDigit(s, j + 1)) || (prev == '/' && isDigit(s, i - 2))) {
                resume = skipDigitsAnd(j, "/");     // 24/7, 11/05/2023
                return numericDate(r, i, resume) ? r : null;
            }
            if (a.intDigits() == 4 && (a.fracDigits() == 4 || a.fracDigits() == 5) && !a.grouped()) {
                resume = NumberText.skipName(s, i); // arXiv id 2501.12948(v2)
                return null;
            }
            if (NumberText.isMarker(s, i, a.end(), a.fracDigits() > 0)) {
                resume = a.end() + 1;
                return null;
            }
            // ordinals: 第 3 名 is weak, like en "3rd"; it meets "Step 3" but is never missed alone;
            // 雙11 is a festival, like 雙十一
            if (endsAt(s, skipSpacesBack(s, i), "第") || prev == '雙' || prev == '双') r.weakHint = true;
            r.start = pre != null ? pre.start() : i;
            if (pre != null) r.money(pre.currency());
            if (r.intDigits == 4 && r.integer && isoDate(r, j)) return r;
            j = readScales(r, j);
            j = readColloquialRest(r, j);
            int end = readUnits(r, j, pre != null, i);
            if (end < 0) return null;
            r.end = end;
            if (pre == null && r.kind == Kind.PLAIN && !r.hasScale && r.intDigits <= 2 && isVersionOfName(i)) {
                resume = r.end; // LLaMA 2, ERNIE 4.5 — the en side reads them the same way
                return asVersion(r);
            }
            return r;
        }

        @Override
        boolean isNameContext(int i, char prev) {
            if (isAsciiLetter(prev)) return true;                                      // H800, Qwen2.5
            // A hyphen after a digit is a range (80-100), after a letter a name (GPT-4, Yi-34B).
            if (((prev == '-' || prev == '_') && isAsciiLetter(s, i - 2))
                    || (prev == '.' && NumberText.isLatinOrDigit(s, i - 2))) return true; // GPT-4
            return prev == '#';
        }

        /** 7点45, 7 點 45 分, 7點半 after the digits ending at j. */
        private boolean isClockTime(int j) {
            int k = skipSpaces(s, j);
            if (k >= n || (s.charAt(k) != '点' && s.charAt(k) != '點')) return false;
            int m = skipSpaces(s, k + 1);
            return m < n && (isDigit(s, m) || s.charAt(m) == '半');
        }

        private boolean isVersionOfName(int i) {
            if (i == 0 || !NumberText.isSpace(s.charAt(i - 1))) return false;
            return EnglishNumbers.isNameWord(NumberText.wordBefore(s, i));
        }

        /**
         * What follows 萬 or 億 in speech: 2萬6千 (26,000), 1萬8 (18,000: a lone digit is tenths of the
         * scale, as in 一萬八), right after the scale with no space; and Taiwan's 1 萬 5,000, the rest in
         * full digits (three, or grouped) after a space. Returns the new end.
         */
        private int readColloquialRest(Reading r, int j) {
            if (!r.hasScale || j == 0 || !ChineseNumerals.isBigScale(s.charAt(j - 1))) return j;
            if (r.scale.compareTo(ChineseNumerals.WAN) != 0 && r.scale.compareTo(ChineseNumerals.YI) != 0) return j;
            int q = skipSpaces(s, j);
            if (q < n && isDigit(s, q) && r.scale.compareTo(ChineseNumerals.YI) == 0) {
                // 3亿5000万, 3 億 5 千萬: the ten-thousands after the hundred millions
                NumberText.ArabicRun rest = NumberText.readArabic(s, q);
                int k = skipSpaces(s, rest.end());
                BigDecimal times = ChineseNumerals.WAN;
                if (k < n && s.charAt(k) == '千') {
                    times = times.multiply(BigDecimal.valueOf(1000));
                    k = skipSpaces(s, k + 1);
                }
                if (rest.fracDigits() == 0 && k < n && (s.charAt(k) == '萬' || s.charAt(k) == '万')
                        && rest.value().multiply(times).compareTo(r.scale) < 0) {
                    r.base = r.base.add(rest.value().multiply(times).divide(r.scale));
                    r.integer = r.value().stripTrailingZeros().scale() <= 0;
                    return k + 1;
                }
            }
            if (q < n && isDigit(s, q)) {
                // 1 萬 5,000 人, 12 萬 5,000, 41 萬 2800: Taiwan's way of writing 15,000, the rest in full digits
                NumberText.ArabicRun rest = NumberText.readArabic(s, q);
                if (rest != null && rest.fracDigits() == 0 && (rest.grouped() || rest.intDigits() == 3 || rest.intDigits() == 4)
                        && rest.value().compareTo(r.scale) < 0 && !isDigit(s, rest.end())
                        && (skipSpaces(s, rest.end()) >= n || "年月日號号".indexOf(s.charAt(skipSpaces(s, rest.end()))) < 0)) {
                    r.base = r.base.add(rest.value().divide(r.scale));
                    r.integer = r.value().stripTrailingZeros().scale() <= 0;
                    return rest.end();
                }
            }
            if (j >= n || !isDigit(s, j)) return j;
            int e = j;
            while (e < n && isDigit(s, e)) e++;
            BigDecimal rest = new BigDecimal(ascii(j, e));
            char after = e < n ? s.charAt(e) : 0;
            BigDecimal unit = after == '千' ? BigDecimal.valueOf(1000) : after == '百' ? BigDecimal.valueOf(100) : null;
            BigDecimal add;
            int end;
            if (unit != null && rest.multiply(unit).compareTo(r.scale) < 0) {
                add = rest.multiply(unit);
                end = e + 1;
            } else if (e - j == 1 && unit == null && !ChineseNumerals.isNumeral(after) && NOT_AFTER_TENTHS.indexOf(after) < 0) {
                add = rest.multiply(r.scale).divide(BigDecimal.TEN);
                end = e;
            } else {
                return j;
            }
            r.base = r.base.add(add.divide(r.scale));
            return end;
        }

        /** The words after a figure that count it in hundredths of a percentage point. */
        private static final String[] BASIS_POINTS = {"个基点", "個基點", "基点", "基點"};

        /** What makes the digit after 萬 a count of its own (1萬8個人? 1萬 and 8 people): counters and units. */
        private static final String NOT_AFTER_TENTHS = "元塊块美人個个年月日號号次天";

        /** 萬, 億, 千萬, 萬億 after digits (1380 萬, 1.5 萬億), with 多/餘 (10 多萬). Returns the new end. */
        private int readScales(Reading r, int j) {
            int k = skipSpaces(s, j);
            BigDecimal scale = BigDecimal.ONE;
            BigDecimal alt = null;
            boolean any = false;
            int end = j;
            while (k < n) {
                char c = s.charAt(k);
                if (NumberText.unitAt(s, k) != null) break; // 150 千瓦, 2.94 兆比特: the prefix of a unit, no scale
                if (ChineseNumerals.isBigScale(c)) {
                    if (c == '兆') alt = (alt == null ? scale : alt).multiply(ChineseNumerals.ZHAO_MEGA);
                    else if (alt != null) alt = alt.multiply(ChineseNumerals.bigScale(c, ChineseNumerals.ZHAO));
                    scale = scale.multiply(ChineseNumerals.bigScale(c, ChineseNumerals.ZHAO));
                } else if (c == '千' || (c == '百' && (k + 1 >= n || s.charAt(k + 1) != '分'))) {
                    BigDecimal u = BigDecimal.valueOf(ChineseNumerals.smallUnit(c));
                    scale = scale.multiply(u);
                    if (alt != null) alt = alt.multiply(u);
                } else if ((c == '多' || c == '餘' || c == '余') && (any || (k + 1 < n && ChineseNumerals.isBigScale(s.charAt(k + 1))))) {
                    k++;
                    end = k;
                    continue;
                } else {
                    break;
                }
                any = true;
                k++;
                end = k;
            }
            if (!any) return j;
            r.scale = scale;
            r.hasScale = true;
            if (alt != null) r.alternative = r.base.multiply(alt);
            return end;
        }

        /**
         * The unit after the number: %, currency, date or duration. Returns the end of the quantity, or
         * −1 when the number turns out not to be one (a fraction 三分之一, an anniversary 10 週年).
         * {@code numberStart} is where the digits or numerals begin (民國 is looked for before it).
         */
        private int readUnits(Reading r, int j, boolean prefixed, int numberStart) {
            int k = skipSpaces(s, j);
            if (k >= n) return j;
            char c = s.charAt(k);
            if (c == '%' || c == '％') {
                r.kind = Kind.PERCENT;
                return k + 1;
            }
            // 50 個基點 = "half a point", 0.5 個百分點: the figure in hundredths of a point too
            for (String bp : BASIS_POINTS) {
                if (r.kind == Kind.PLAIN && r.alternative == null && s.startsWith(bp, k)) {
                    r.alternative = r.value().movePointLeft(2);
                    return k + bp.length();
                }
            }
            String[] measure = r.kind == Kind.PLAIN ? NumberText.unitAt(s, k) : null;
            if (measure != null) {
                r.kind = Kind.MEASURE; // 40 GB, 7 納米
                r.measure = measure[0];
                int e = k + measure[1].length();
                int tenths = measure[1].equals("米") && r.isWholeNumber() && !r.hasScale ? digitAt(e) : -1;
                int hundredths = tenths >= 0 ? digitAt(e + 1) : -1;
                int f = e + (hundredths >= 0 ? 2 : 1);
                if (tenths >= 0 && digitAt(f) < 0 && NumberText.unitAt(s, f) == null) {
                    // 一米八 = 1.8 m, 一米七五 = 1.75 m: a height
                    r.base = r.base.add(BigDecimal.valueOf(tenths * 10L + Math.max(0, hundredths)).movePointLeft(2));
                    r.integer = false;
                    return f;
                }
                return e;
            }
            if (s.startsWith("分之", k)) {
                int top0 = skipSpaces(s, k + 2); // 4 分之 1
                int f = top0;
                while (f < n && (ChineseNumerals.isNumeral(s.charAt(f)) || isDigit(s, f))) f++;
                resume = f;
                // 五十分之一 = "a factor of 50", 四分之三 = "3 out of 4": the two numbers, weak, as
                // English writes 75 % or "three quarters" as often
                if (r.kind == Kind.PLAIN && r.low == null) {
                    r.weakHint = true;
                    r.end = k;
                    emitWeak(r);
                    BigDecimal numerator = numeratorAt(top0, f);
                    if (numerator != null && r.value().signum() > 0 && numerator.compareTo(r.value()) < 0) {
                        // 五分之一 is 20 % too ("a fifth" = 兩成): weak
                        Reading share = new Reading();
                        share.start = r.start;
                        share.end = f;
                        share.words = true;
                        share.base = numerator.multiply(BigDecimal.valueOf(100)).divide(r.value(), 2, java.math.RoundingMode.DOWN)
                                .stripTrailingZeros(); // 千分之一 = 0.1 %, 三分之一 = 33.33 %
                        share.kind = Kind.PERCENT;
                        emitWeak(share);
                    }
                    if (numerator != null) {
                        Reading top = new Reading();
                        top.start = top0;
                        top.base = numerator;
                        top.words = true;
                        top.weakHint = true;
                        top.end = f;
                        emitWeak(top);
                    }
                }
                return -1;
            }
            if (c == '成' && r.wholeIn(1, 10) && r.kind == Kind.PLAIN
                    && (k + 1 >= n || COMPOUNDS_WITH_CHENG.indexOf(s.charAt(k + 1)) < 0)) {
                r.kind = Kind.PERCENT; // 主播5成，平台2成: tenths, 50 % and 20 %
                r.base = r.base.multiply(BigDecimal.TEN);
                r.tenths = true;
                int unit = digitAt(k + 1);
                if (r.wholeIn(10, 90) && unit >= 1 && digitAt(k + 2) < 0 && (k + 2 >= n || NOT_AFTER_TENTHS.indexOf(s.charAt(k + 2)) < 0)) {
                    r.base = r.base.add(BigDecimal.valueOf(unit)); // 八成五 = 85 %
                    return k + 2;
                }
                return k + 1;
            }
            if (s.startsWith("世紀", k) || s.startsWith("世纪", k)) {
                r.weakHint = true; // 20 世紀 is the 20th century, an ordinal: weak, like "20th" (20 世紀 90 年代 = the 1990s)
                return k + 2;
            }
            if (s.startsWith("週年", k) || s.startsWith("周年", k)) {
                r.weakHint = true; // 三週年: the third anniversary, "three years" since
                r.duration(DurationUnit.YEAR);
                return k + 2;
            }
            if (readDiscount(r, k) < 0) return -1;
            int change = readSmallChange(r, k);
            if (change > k) return change;
            for (String[] row : SUFFIXES) {
                if (!s.startsWith(row[0], k)) continue;
                // 二元 (binary), 一元 (unary): a small numeral before a bare 元 is not money.
                if (row[0].equals("元") && r.words && r.wholeIn(0, 10)) return j;
                if (!(prefixed && row[0].startsWith("元"))) r.money(row[1]);
                return k + row[0].length();
            }
            if ((s.startsWith("分半鐘", k) || s.startsWith("分半钟", k)) && r.isWholeNumber()) {
                r.base = r.base.add(HALF); // 一分半鐘 = 90 seconds: weak, like 一個半小時
                r.weakHint = true;
                r.duration(DurationUnit.MINUTE);
                return k + 3;
            }
            if (s.startsWith("個半", k) || s.startsWith("个半", k)) {
                // 一個半小時 = an hour and a half, 90 minutes; 兩個半月 = two and a half months. Weak:
                // English says "an hour and a half" (a weak "an hour") as often as "90 minutes".
                int h = k + 2;
                DurationUnit unit = s.startsWith("月", h) ? DurationUnit.MONTH : null;
                int end = h + 1;
                for (String[] row : DURATIONS) {
                    if (unit == null && s.startsWith(row[0], h) && row[0].charAt(0) != '個' && row[0].charAt(0) != '个') {
                        unit = DurationUnit.valueOf(row[1]);
                        end = h + row[0].length();
                    }
                }
                if (unit != null) {
                    r.base = r.base.add(HALF);
                    r.weakHint = true;
                    r.duration(unit);
                    return end;
                }
            }
            for (String[] row : DURATIONS) {
                if (s.startsWith(row[0], k)) {
                    r.duration(DurationUnit.valueOf(row[1]));
                    int end = k + row[0].length();
                    if (end < n && s.charAt(end) == '半' && r.isWholeNumber() && row[1].equals("DAY")) {
                        r.base = r.base.add(HALF); // 三天半, weak like 三年半
                        r.weakHint = true;
                        return end + 1;
                    }
                    return end;
                }
            }
            // 30 万年薪, 5 萬年終獎金: the 年 starts the word after a sum, not a unit of it
            if (c == '年' && r.hasScale && k + 1 < n && "薪终終费費收化均".indexOf(s.charAt(k + 1)) >= 0) return j;
            if (c == '年') return readYear(r, k, numberStart);
            if (c == '月') {
                if (!r.wholeIn(1, 12)) return j;
                r.date(0, r.value().intValue(), 0);
                return readDay(r, k + 1);
            }
            if (c == '日' && k + 1 < n && ("內内".indexOf(s.charAt(k + 1)) >= 0
                    || s.startsWith("以內", k + 1) || s.startsWith("以内", k + 1) || s.startsWith("之內", k + 1) || s.startsWith("之内", k + 1))) {
                r.duration(DurationUnit.DAY); // 30日內: within 30 days, as statutes write it
                return k + 1;
            }
            if ((c == '日' || c == '號' || c == '号') && r.wholeIn(1, 31)) {
                r.date(0, 0, r.value().intValue());
                return k + 1;
            }
            int beforeNumber = skipSpacesBack(s, numberStart);
            if (c == '倍' && beforeNumber > 0 && s.charAt(beforeNumber - 1) == '了' && !r.hasScale) {
                // 快了一倍, 增長了兩倍: "by" one time is twice as much; English says 2x as often
                r.alternative = r.value().add(BigDecimal.ONE);
                if (r.value().compareTo(BigDecimal.ONE) == 0) r.weakHint = true;
                return k + 1;
            }
            if (c == '倍' || c == '歲' || c == '岁') return k + 1;
            if ((c == '后' || c == '後') && r.intDigits == 2 && r.integer && !r.hasScale && r.kind == Kind.PLAIN
                    && (k + 1 >= n || !isDigit(s, k + 1))) {
                // 80後 = born in the 1980s, like 80 年代; 95後 is "born after 1995" as often as "Gen Z": weak
                r.shortYear = true;
                if (r.value().intValue() % 10 != 0) r.weakHint = true;
                return k + 1;
            }
            if ((s.startsWith("塊多", k) || s.startsWith("块多", k)) && r.isWholeNumber() && !r.hasScale && r.kind == Kind.PLAIN) {
                r.money("CNY"); // 一塊多: a little over one yuan
                r.atLeast = true;
                return k + 2;
            }
            if ((s.startsWith("毛錢", k) || s.startsWith("毛钱", k) || s.startsWith("角錢", k) || s.startsWith("角钱", k))
                    && r.isWholeNumber() && !r.hasScale && r.kind == Kind.PLAIN) {
                r.base = r.value().movePointLeft(1); // 5 毛錢 = 0.5 yuan
                r.integer = false;
                r.money("CNY");
                return k + 2;
            }
            if (s.startsWith("美分", k) && !r.hasScale && r.kind == Kind.PLAIN) {
                r.base = r.value().movePointLeft(2); // 1 美分 = $0.01
                r.integer = false;
                r.money("USD");
                return k + 2;
            }
            if ((c == '斤') && !r.hasScale && r.kind == Kind.PLAIN && r.low == null) {
                r.alternative = r.value(); // 164 斤 = 82 kg; "164 jin" in English too
                if (r.words && r.value().compareTo(BigDecimal.ONE) == 0) r.weakHint = true; // 兩塊二一斤: per jin
                r.base = r.value().divide(BigDecimal.valueOf(2));
                r.integer = r.base.stripTrailingZeros().scale() <= 0;
                r.kind = Kind.MEASURE;
                r.measure = "kg";
                return k + 1;
            }
            if ((c == '點' || c == '点') && r.kind == Kind.PLAIN && !r.hasScale && r.integer && r.wholeIn(0, 24)
                    && (k + 1 >= n || !(isDigit(s, k + 1) || ChineseNumerals.isNumeral(s.charAt(k + 1))))) {
                r.weakHint = true; // 晚上 9 點 = "9 p.m." = 21:00: an hour of the day, said many ways
                return k + 1;
            }
            if ("屆届級级".indexOf(c) >= 0 && r.intDigits == 2 && r.integer && !r.weakHint && !r.hasScale) {
                r.shortYear = true; // 清華 10 屆: the class of 2010 (第 10 屆 is an ordinal)
                return k + 1;
            }
            return j;
        }

        /**
         * Yuan and its tenths and hundredths as said aloud: 42塊5 and 127元5角 are 42.5 and 127.5
         * yuan, 6塊8毛8 is 6.88. Only where a digit of the tenths follows 元 or 塊 directly (a bare
         * 塊 is a measure word too: 3塊蛋糕, three pieces of cake). Returns the end, or {@code k}.
         */
        /** 8折, 8.5折, 85折 (a price of 80 %, 85 %) at k: emitted as a discount; returns −1, or k if there is none. */
        private int readDiscount(Reading r, int k) {
            if (s.charAt(k) != '折' || r.kind != Kind.PLAIN || r.hasScale || r.low != null) return k;
            BigDecimal v = r.value();
            BigDecimal tenths = v.compareTo(BigDecimal.TEN) < 0 ? v : r.isWholeNumber() && v.compareTo(BigDecimal.valueOf(100)) < 0 ? v.movePointLeft(1) : null;
            if (tenths == null || tenths.signum() <= 0) return k;
            emitDiscount(r.start, k + 1, tenths);
            return -1;
        }

        private int readSmallChange(Reading r, int k) {
            char c = s.charAt(k);
            if ((c != '元' && c != '塊' && c != '块') || !r.isWholeNumber() || r.hasScale || r.kind != Kind.PLAIN) return k;
            int t = skipSpaces(s, k + 1);
            int tenths = digitAt(t);
            if (tenths < 0) return k;
            int e = t + 1;
            // 一塊 4 TB 的硬碟, 兩塊 2.5G 網卡: 塊 counts disks and cards, the digit starts their size
            int z = skipSpaces(s, e);
            if (e < n && (s.charAt(e) == '.' || isDigit(s, e)) || z < n && (NumberText.isAsciiLetter(s.charAt(z)) || NumberText.unitAt(s, z) != null)) return k;
            BigDecimal add = BigDecimal.valueOf(tenths).movePointLeft(1);
            int d = skipSpaces(s, e);
            boolean dime = d < n && "角毛".indexOf(s.charAt(d)) >= 0;
            if (dime) {
                e = d + 1;
                int c2 = skipSpaces(s, e);
                int cents = digitAt(c2);
                if (cents >= 0) {
                    add = add.add(BigDecimal.valueOf(cents).movePointLeft(2));
                    e = c2 + 1;
                    if (e < n && s.charAt(e) == '分') e++;
                }
            }
            // 42塊50, 2塊5個: another digit, a Latin letter or a counter after it is another number; 三塊五一瓶
            // is 3.5 a bottle, but 六十八塊一盒 is 68 a box (一 counts the box)
            char after = e < n ? s.charAt(e) : 0;
            if (isDigit(s, e) || (ChineseNumerals.isNumeral(after) && after != '一') || NumberText.isAsciiLetter(after)
                    || (!dime && NOT_AFTER_TENTHS.indexOf(after) >= 0)) return k;
            if (!dime && tenths == 1 && after != 0 && dev.concord.script.ScriptChars.isHan(after) && "的了呢吧啊錢钱".indexOf(after) < 0) return k;
            r.base = r.base.add(add);
            r.integer = false;
            r.money("CNY");
            return e;
        }

        /**
         * 八折 (a price of 80 %) is said "20 % off" as often as "80 % of the price": both, weak, for
         * a discount of {@code tenths} tenths written at [start, end).
         */
        private void emitDiscount(int start, int end, BigDecimal tenths) {
            BigDecimal price = tenths.movePointRight(1);
            for (BigDecimal v : new BigDecimal[] {price, BigDecimal.valueOf(100).subtract(price)}) {
                Reading d = new Reading();
                d.start = start;
                d.end = end;
                d.words = true;
                d.base = v;
                d.integer = v.stripTrailingZeros().scale() <= 0;
                d.kind = Kind.PERCENT;
                emitWeak(d);
            }
            resume = end;
        }

        /** The digit 0–9 at {@code i}, written in Arabic or as a numeral, or −1. */
        private int digitAt(int i) {
            if (i >= n) return -1;
            return isDigit(s, i) ? NumberText.digit(s.charAt(i)) : ChineseNumerals.digit(s.charAt(i));
        }

        private int readYear(Reading r, int k, int numberStart) {
            int end = k + 1;
            int before = skipSpacesBack(s, numberStart);
            if (r.intDigits == 4 && r.wholeIn(1000, 2999)) {
                r.date(r.value().intValue(), 0, 0);
                if (s.startsWith("年代", k)) return k + 2; // 1980 年代 = the 1980s
            } else if (r.wholeIn(1, 999) && (endsAt(s, before, "民國") || endsAt(s, before, "民国"))) {
                r.date(r.value().intValue() + 1911, 0, 0); // ROC era: 民國 112 年 = 2023
                r.start = before - 2;
            } else {
                boolean decade = s.startsWith("年代", k) && r.wholeIn(10, 90) && r.value().intValue() % 10 == 0;
                if ((r.intDigits == 2 || (decade && r.words)) && r.integer && !r.weakHint && !r.hasScale) {
                    // 13 年那一年 is 2013 as often as 13 years; 90 年代 and 五十年代 are the 1990s and the 1950s
                    r.shortYear = true;
                    if (decade) return k + 2;
                }
                r.duration(DurationUnit.YEAR);
                if (end < n && s.charAt(end) == '半' && r.isWholeNumber()) {
                    // 三年半 = three and a half years. Weak, like 一個半小時: English says "three years
                    // and six months" too.
                    r.base = r.base.add(HALF);
                    r.shortYear = false;
                    r.weakHint = true;
                    return end + 1;
                }
                return end;
            }
            int m = skipSpaces(s, end);
            if (m < n && "底初中末".indexOf(s.charAt(m)) >= 0) return m + 1; // 2024 年底: late 2024
            int[] month = readSmall(m);
            if (month != null && month[0] >= 1 && month[0] <= 12) {
                int t = skipSpaces(s, month[1]);
                if (t < n && s.charAt(t) == '月') {
                    r.month = month[0];
                    return readDay(r, t + 1);
                }
            }
            return end;
        }

        private int readDay(Reading r, int k) {
            int p = skipSpaces(s, k);
            int[] day = readSmall(p);
            if (day != null && day[0] >= 1 && day[0] <= 31) {
                int t = skipSpaces(s, day[1]);
                if (t < n && (s.charAt(t) == '日' || s.charAt(t) == '號' || s.charAt(t) == '号')) {
                    r.day = day[0];
                    return t + 1;
                }
                // 八月十五 (the lunar calendar's way): a day in numerals right after 月, with no 日, where
                // no counted noun follows (八月十五個人 is not a date)
                if (p == k && !isDigit(s, p) && (day[1] >= n || DAY_FOLLOWERS.indexOf(s.charAt(day[1])) >= 0
                        || !Character.isLetterOrDigit(s.charAt(day[1])))) {
                    r.day = day[0];
                    return day[1];
                }
            }
            return k;
        }

        /** What may follow a day written without 日 (八月十五那天, 八月十五的月亮, 八月十五晚上). */
        private static final String DAY_FOLLOWERS = "的那這这晚夜前後后當当是早上中";

        /** A month or day number at p: up to two digits or a numeral like 十二; {value, end} or null. */
        private int[] readSmall(int p) {
            if (p >= n) return null;
            int j = p;
            if (isDigit(s, p)) {
                int v = 0;
                while (j < n && isDigit(s, j) && j - p < 3) v = v * 10 + NumberText.digit(s.charAt(j++));
                if (j - p > 2 || isDigit(s, j)) return null;
                return new int[] {v, j};
            }
            while (j < n && j - p < 4 && (ChineseNumerals.digit(s.charAt(j)) > 0 || s.charAt(j) == '十')) j++;
            if (j == p) return null;
            BigDecimal v = ChineseNumerals.parse(s.substring(p, j), ChineseNumerals.ZHAO);
            return v == null ? null : new int[] {v.intValue(), j};
        }

        private Reading readNumerals(int i) {
            int j = i;
            while (j < n && ChineseNumerals.isNumeral(s.charAt(j))) j++;
            // 參 is the banker's 三 only among banker's numerals (壹佰貳拾參); after plain ones it starts
            // a word (一萬億參數: "a trillion parameters").
            int can = s.indexOf('參', i);
            if (can >= 0 && can < j && !FINANCIAL.matcher(s.substring(i, j).replace("參", "")).find()) {
                j = can;
                if (j == i) {
                    resume = i + 1;
                    return null;
                }
            }
            resume = j;
            if (j - i > MAX_NUMERALS) return null; // no amount is written with this many numerals
            String run = s.substring(i, j);
            char first = run.charAt(0);
            char prev = i > 0 ? s.charAt(i - 1) : 0;
            char next = j < n ? s.charAt(j) : 0;
            // 六年零四個月: 零 joins the smaller unit to the larger
            if (ChineseNumerals.digit(first) == 0 && run.length() > 1 && "年月天日時时".indexOf(prev) >= 0) return readNumerals(i + 1);
            // 百度, 千萬 (by all means), 萬一 (in case), 億萬富翁: a scale with no count before it is a word,
            // unless it is an amount by what comes before (近千萬考生: nearly ten million) or a fraction's (萬分之一)
            boolean scaleFirst = ChineseNumerals.isBigScale(first) || first == '百' || first == '千' || first == '佰' || first == '仟';
            if (scaleFirst && ChineseNumerals.parse("一" + run, ChineseNumerals.ZHAO) == null) return null;
            // 萬卡集群 (10,000 GPUs), 百萬 token, 百億補貼 are amounts too, but weak: a word may hold them
            boolean wordLike = scaleFirst && "近約约逾每".indexOf(prev) < 0 && !s.startsWith("分之", j);
            // 萬一 (in case), 百度 (Baidu), 千萬不要 (by all means do not): words, no amounts
            if (wordLike && (run.length() > 1 && ChineseNumerals.digit(run.charAt(run.length() - 1)) == 1 || "度不別别要記记".indexOf(next) >= 0)) return null;
            if (scaleFirst) run = "一" + run;
            boolean ordinal = prev == '第';                                  // 第一: ordinal, weak
            if ("數数幾几".indexOf(prev) >= 0) return null;                   // 數千, 幾百: vague
            // 週一, 星期三: weekdays (一週六天: six days; 任期六年: a term of six years)
            if (run.length() == 1 && ("週周拜".indexOf(prev) >= 0 || prev == '期' && i >= 2 && s.charAt(i - 2) == '星') && next != '天') return null;
            if (run.equals("十") && next == '分' && !s.startsWith("分鐘", j) && !s.startsWith("分钟", j)
                    && !s.startsWith("分之", j)) {
                return null;                                               // 十分 = very
            }
            if (run.equals("三") && next == '星' && !s.startsWith("星期", j)) return null; // 三星 = Samsung
            if (next == '、' && NumberText.isMarker(s, i, j, false)) return null;      // 一、 list marker
            if ((prev == '(' || prev == '（') && (next == ')' || next == '）')) return null; // （一）

            Reading r = new Reading();
            r.words = true;
            r.start = i;
            // 第一: ordinal; 雙十一, 雙一流: a festival, a title, said "Double 11" as often as "Singles' Day"
            r.weakHint = ordinal || prev == '雙' || prev == '双' || wordLike;
            boolean allDigits = true;
            for (int k = 0; k < run.length(); k++) {
                if (ChineseNumerals.digit(run.charAt(k)) < 0) allDigits = false;
            }
            if (next == '折' && !ordinal && run.length() <= 3 && allDigits) {
                StringBuilder decimals = new StringBuilder();
                for (int k = 1; k < run.length(); k++) decimals.append(ChineseNumerals.digit(run.charAt(k)));
                BigDecimal tenths = new BigDecimal(ChineseNumerals.digit(first) + (decimals.length() > 0 ? "." + decimals : ""));
                emitDiscount(i, j + 1, tenths);
                return null;
            }
            if (prev == '雙' || prev == '双') {
                BigDecimal v = ChineseNumerals.parse(run, ChineseNumerals.ZHAO);
                if (v != null && v.intValue() >= 1 && v.intValue() <= 12 && next != '年') {
                    Reading day = new Reading(); // 雙十一 = November 11 (Singles' Day) as well as "Double 11"
                    day.start = i;
                    day.end = j;
                    day.words = true;
                    day.base = BigDecimal.ZERO;
                    day.date(0, v.intValue(), v.intValue());
                    emitWeak(day);
                }
            }
            int pair = neighbourPair(run);
            if (pair >= 0 && !ordinal) return readNeighbours(i, j, run, pair);
            // 二、三十 and 四、五十 (Taiwan's way of writing 二三十): neighbours set apart by 、
            if (!ordinal && run.length() == 1 && next == '、' && j + 1 < n && ChineseNumerals.isNumeral(s.charAt(j + 1))) {
                int e = j + 1;
                while (e < n && ChineseNumerals.isNumeral(s.charAt(e))) e++;
                String joined = run + s.substring(j + 1, e);
                if (neighbourPair(joined) == 0) return readNeighbours(i, e, joined, 0);
            }
            // 十六進制, 二進位: a base, not an amount
            if (s.startsWith("进制", j) || s.startsWith("進制", j) || s.startsWith("進位", j)) return null;
            if (allDigits && run.length() == 2 && !ordinal && (next == '后' || next == '後')) {
                // 八〇後, 九零后: the generation born in the 1980s, 1990s, like 80後
                int d1 = ChineseNumerals.digit(first), d2 = ChineseNumerals.digit(run.charAt(1));
                if (d2 == 0) {
                    r.base = BigDecimal.valueOf(d1 * 10L);
                    r.intDigits = 2;
                    r.shortYear = true;
                    r.end = j + 1;
                    resume = r.end;
                    return r;
                }
            }
            if (ChineseNumerals.digit(first) == 0 && run.length() == 1 && (next == '點' || next == '点')) {
                Reading z = Reading.inWords(i, j, 0); // 零點七五 = 0.75
                int e = readDecimalPart(z, j);
                if (e > j) {
                    z.end = e;
                    resume = e;
                    return z;
                }
            }
            if (allDigits && run.length() > 1) {
                // 二〇二三年 is a year written digit by digit, and so is 九八年 (1998: two digits, like 98 年).
                int y = skipSpaces(s, j);
                if ((run.length() != 4 && run.length() != 2) || y >= n || s.charAt(y) != '年') return null;
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < run.length(); k++) b.append(ChineseNumerals.digit(run.charAt(k)));
                r.base = new BigDecimal(b.toString());
                r.intDigits = run.length();
            } else {
                if (ChineseNumerals.digit(first) == 0) return null; // 零售, and an unmasked 零一萬物
                BigDecimal v = ChineseNumerals.parse(run, ChineseNumerals.ZHAO);
                if (v == null && run.length() > 2 && (run.endsWith("一") || run.endsWith("兩") || run.endsWith("两"))) {
                    // 七千五一個月: the last numeral counts what follows (一個月), the rest is the amount
                    run = run.substring(0, run.length() - 1);
                    j--;
                    resume = j;
                    v = ChineseNumerals.parse(run, ChineseNumerals.ZHAO);
                }
                if (v == null) return null;
                applyTrailingScale(r, run, v);
                if (run.indexOf('兆') >= 0) r.alternative = ChineseNumerals.parse(run, ChineseNumerals.ZHAO_MEGA);
                if (!r.hasScale) j = readDecimalPart(r, j);
                if (!r.hasScale && j < n && ChineseNumerals.isBigScale(s.charAt(j))) {
                    // 三點五億: the scale follows the decimal part
                    int e = j;
                    while (e < n && ChineseNumerals.isBigScale(s.charAt(e))) e++;
                    BigDecimal v2 = ChineseNumerals.parse("一" + s.substring(j, e), ChineseNumerals.ZHAO);
                    if (v2 != null) {
                        r.scale = v2;
                        r.hasScale = true;
                        j = e;
                    }
                }
            }
            // 十多年, 一百多個, 二十餘家: more than the written number ("more than ten years")
            if (j < n && "多餘余".indexOf(s.charAt(j)) >= 0) {
                r.atLeast = true;
                j++;
                // 三千多萬, 一百多萬: the scale after 多 applies to the whole ("more than 30 million")
                int e = j;
                while (e < n && ChineseNumerals.isBigScale(s.charAt(e))) e++;
                BigDecimal sc = e > j && !r.hasScale ? ChineseNumerals.parse("一" + s.substring(j, e), ChineseNumerals.ZHAO) : null;
                if (sc != null) {
                    r.scale = sc;
                    r.hasScale = true;
                    j = e;
                }
            } else if (j < n && "幾几".indexOf(s.charAt(j)) >= 0 && run.endsWith("十") && !r.hasScale) {
                // 十幾, 二十幾: a few more than the tens, 11–19 and 21–29; 十幾萬 takes the scale after it
                BigDecimal tens = r.base;
                r.approximate(tens.add(BigDecimal.ONE), tens.add(BigDecimal.valueOf(9)));
                j++;
                int e = j;
                while (e < n && ChineseNumerals.isBigScale(s.charAt(e))) e++;
                BigDecimal sc = e > j ? ChineseNumerals.parse("一" + s.substring(j, e), ChineseNumerals.ZHAO) : null;
                if (sc != null) {
                    r.scale = sc;
                    r.hasScale = true;
                    j = e;
                }
            } else if (j < n && "來来".indexOf(s.charAt(j)) >= 0) {
                j++; // 十來年: about ten years; 二十來個 meets "twenty" and "twenty-something"
                if (run.endsWith("十") && !r.hasScale && r.low == null) r.approximate(r.base, r.base.add(BigDecimal.valueOf(9)));
            }
            NumberText.Prefix pre = NumberText.prefixBefore(s, i, PREFIXES);
            if (pre != null) {
                r.money(pre.currency());
                r.start = pre.start();
            }
            int end = readUnits(r, j, pre != null, i);
            if (end < 0) return null;
            // A lone 一 with no unit is the article "a" (一個模型 = "a model") or part of a word (唯一, 一些, 之一);
            // not in a ratio or a score (三比一 = 3 to 1), nor at the start of a range (一到兩個小時 = 1-2 hours).
            if (r.kind == Kind.PLAIN && run.length() == 1 && ChineseNumerals.digit(first) == 1 && r.integer && !ordinal && r.alternative == null
                    && prev != '比' && next != '比' && !startsRange(j)) {
                if (numbersALabel(i) && (end >= n || !dev.concord.script.ScriptChars.isHan(s.charAt(end)))) {
                    r.weakHint = true; // 方案一： = "Option 1:", as 方案二 is "Option 2"
                    r.end = end;
                    resume = end;
                    return r;
                }
                resume = end;
                return null;
            }
            // 这两天 ("lately"), 前两天 ("the other day"), 这两年 ("in recent years"): a couple, said loosely
            if (r.kind == Kind.DURATION && r.words && r.value().compareTo(BigDecimal.valueOf(2)) == 0 && "这這那前近".indexOf(prev) >= 0
                    && (r.unit == DurationUnit.DAY || r.unit == DurationUnit.YEAR)) r.weakHint = true;
            r.end = end;
            resume = end;
            return r;
        }

        /** How many digits stand at k. */
        private int digitsAt(int k) {
            int e = k;
            while (e < n && isDigit(s, e)) e++;
            return e - k;
        }

        /** Words a numeral after them numbers, as English writes "Option 1", "Step 1", "Part 1". */
        private static final String[] NUMBERED_LABELS = {"方案", "步骤", "步驟", "选项", "選項", "方法", "部分", "阶段", "階段",
                "问题", "問題", "示例", "範例", "范例", "案例", "场景", "場景", "原因", "思路", "做法", "办法", "辦法",
                "规则", "規則", "原则", "原則", "建议", "建議", "技巧", "提示"};

        private boolean numbersALabel(int i) {
            for (String w : NUMBERED_LABELS) if (endsAt(s, i, w)) return true;
            return false;
        }

        /**
         * Where two neighbouring digits mean "this or the next" (三四千 = 3,000 or 4,000, 四五個小時,
         * 十七八歲, 二三十萬, 三五年, 一兩次): the index of the first of them, or −1. The second must be
         * one more than the first (or 三五, 一兩, the set phrases): 一九年 and 九八年 are years, 一五一十
         * is an idiom.
         */
        private static int neighbourPair(String run) {
            int at = -1;
            for (int k = 0; k + 1 < run.length(); k++) {
                int a = ChineseNumerals.digit(run.charAt(k)), b = ChineseNumerals.digit(run.charAt(k + 1));
                if (a < 0 || b < 0) continue;
                boolean next = a >= 1 && (b == a + 1 || (a == 3 && b == 5));
                if (!next || at >= 0) return -1; // two pairs: not an approximation
                at = k;
            }
            return at;
        }

        /**
         * 三四千塊 read as the range 3,000–4,000 (the unit after it applies to both ends), like 三至四千.
         * The low end is weak: English keeps it ("3,000 or 4,000 yuan") as often as it rounds to one
         * figure ("about 4,000 yuan"); the high end too where it is ten or less (兩三秒).
         */
        private Reading readNeighbours(int i, int j, String run, int pair) {
            BigDecimal lowValue = ChineseNumerals.parse(run.substring(0, pair + 1) + run.substring(pair + 2), ChineseNumerals.ZHAO);
            BigDecimal highValue = ChineseNumerals.parse(run.substring(0, pair) + run.substring(pair + 1), ChineseNumerals.ZHAO);
            if (lowValue == null || highValue == null || lowValue.compareTo(highValue) >= 0) return null;
            Reading high = new Reading();
            high.words = true;
            high.start = i;
            applyTrailingScale(high, run.substring(0, pair) + run.substring(pair + 1), highValue);
            NumberText.Prefix pre = NumberText.prefixBefore(s, i, PREFIXES);
            if (pre != null) high.money(pre.currency());
            int end = readUnits(high, j, pre != null, i);
            if (end < 0) return null;
            boolean months = high.kind == Kind.DATE && high.year == 0 && high.day == 0; // 三四月: March or April
            if (high.kind == Kind.DATE && !months) return null;
            high.end = end;
            // both ends of a small count are weak: 兩三秒 is "a couple of seconds" or "a few seconds"
            if (!months && highValue.compareTo(BigDecimal.TEN) <= 0) high.weakHint = true;
            Reading low = new Reading();
            low.words = true;
            low.weakHint = true;
            low.start = pre != null ? pre.start() : i;
            low.base = lowValue.divide(high.scale);
            if (high.tenths) low.base = low.base.multiply(BigDecimal.TEN); // 兩三成 = 20 to 30 %
            low.scale = high.scale;
            low.hasScale = high.hasScale;
            low.kind = high.kind;
            low.currency = high.currency;
            low.unit = high.unit;
            low.measure = high.measure;
            if (months) low.date(0, lowValue.intValue(), 0);
            low.end = end;
            resume = end;
            emitRange(low, high);
            return null;
        }

        /** The numerator of a fraction written at [from, to), in digits or numerals, or null. */
        private BigDecimal numeratorAt(int from, int to) {
            if (from >= to) return null;
            String t = s.substring(from, to);
            if (isDigit(s, from)) {
                try {
                    return new BigDecimal(ascii(from, to));
                } catch (NumberFormatException notDigits) {
                    return null;
                }
            }
            return ChineseNumerals.parse(t, ChineseNumerals.ZHAO);
        }

        /** Whether a range connector (到, 至, a dash) follows at j, and a number after it: 一到兩 is a range, 一到家 is not. */
        private boolean startsRange(int j) {
            int k = skipSpaces(s, j);
            if (k >= n || "到至~～-–—".indexOf(s.charAt(k)) < 0) return false;
            int q = skipSpaces(s, k + 1);
            return q < n && (isDigit(s, q) || ChineseNumerals.isNumeral(s.charAt(q)));
        }

        /** 五千萬 = 50 × 1e6: the scale chars after the last digit, when they include 萬/億/兆, make the range scale. */
        private static void applyTrailingScale(Reading r, String run, BigDecimal v) {
            int last = -1;
            for (int k = 0; k < run.length(); k++) {
                if (ChineseNumerals.digit(run.charAt(k)) > 0) last = k;
            }
            String tail = run.substring(last + 1);
            boolean big = false;
            for (int k = 0; k < tail.length(); k++) big |= ChineseNumerals.isBigScale(tail.charAt(k));
            if (last >= 0 && big) {
                BigDecimal scale = ChineseNumerals.parse("一" + tail, ChineseNumerals.ZHAO);
                // Only a pure power of ten is a scale: 二十萬十 has the tail 十萬十 (100,010), not a scale.
                if (scale != null && scale.signum() > 0
                        && scale.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE)) {
                    r.scale = scale;
                    r.base = v.divide(scale);
                    r.hasScale = true;
                    return;
                }
            }
            r.base = v;
        }
    }
}
