package dev.concord.check.numbers;

import java.math.BigDecimal;

/** A number being read by a scanner, before it becomes a {@link Quantity}. Mutable, package-private. */
final class Reading {
    int start;
    int end;
    /** The number as written before any trailing scale: 1380 in "1380 萬", 80 in "$80 million". */
    BigDecimal base;
    /** The product of the trailing scales (萬, 億, million…), 1 when none. */
    BigDecimal scale = BigDecimal.ONE;
    boolean hasScale;
    /** The whole value under the other reading of 兆 (1e6), null when 兆 is not involved. */
    BigDecimal alternative;
    boolean words;
    /** Set by the scanner for readings that are weak whatever their value ("a million"). */
    boolean weakHint;
    /** Integer digits as written (4 for a year); 0 for numerals and words. */
    int intDigits;
    boolean integer = true;
    /** An approximation's ends before the trailing scales (幾十 = 20..90), null for a figure. */
    BigDecimal low;
    BigDecimal high;
    /** "more than ten years", 十多年: the figure is a lower bound. */
    boolean atLeast;
    /** A two-digit number that may be a year ('24, 13 年, 10 屆). */
    boolean shortYear;
    /** Tenths said with 成 (兩成 = 20 %): the figure is already ten times what was written. */
    boolean tenths;

    Kind kind = Kind.PLAIN;
    String currency;
    DurationUnit unit;
    String measure;
    int year;
    int month;
    int day;

    /** A number said in words that spans [start, end): 半年, 百分百, "half an hour". */
    static Reading inWords(int start, int end, long value) {
        Reading r = new Reading();
        r.start = start;
        r.end = end;
        r.base = BigDecimal.valueOf(value);
        r.words = true;
        return r;
    }

    /** Half of the unit after {@code smaller}, weak: 半小時 and "half an hour" = 30 minutes. */
    static Reading halfOf(int start, int end, DurationUnit smaller) {
        Reading r = inWords(start, end, 30);
        r.weakHint = true;
        r.duration(smaller);
        return r;
    }

    BigDecimal value() {
        return base.multiply(scale);
    }

    boolean isWholeNumber() {
        BigDecimal v = value();
        return v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0;
    }

    /** Whether the value is a whole number in [lo, hi]. */
    boolean wholeIn(long lo, long hi) {
        if (!isWholeNumber()) return false;
        BigDecimal v = value();
        return v.compareTo(BigDecimal.valueOf(lo)) >= 0 && v.compareTo(BigDecimal.valueOf(hi)) <= 0;
    }

    /** Makes this an approximation between lo and hi (before scales); the figure becomes lo. */
    void approximate(BigDecimal lo, BigDecimal hi) {
        low = lo;
        high = hi;
        base = lo;
    }

    void date(int y, int m, int d) {
        kind = Kind.DATE;
        year = y;
        month = m;
        day = d;
    }

    void money(String code) {
        kind = Kind.MONEY;
        currency = code;
    }

    void duration(DurationUnit u) {
        kind = Kind.DURATION;
        unit = u;
    }

    Quantity toQuantity(String text, RangeEnd range, int from, int to) {
        BigDecimal value = kind == Kind.DATE
                ? BigDecimal.valueOf(year != 0 ? year : month != 0 ? month : day)
                : value();
        // "one" vanishes in Chinese and 一/兩 appear for "a"/"a couple": small counts in words are weak.
        // A duration only at 1 (一年 = "a year"); "five months" is never dropped, 五月 ↔ five months is an error.
        // An approximation (幾十, "thousands of") is weak too: it is paraphrased away ("many") as often as kept.
        boolean weak = weakHint || low != null
                || (words && kind == Kind.PLAIN && wholeIn(0, 10))
                || (words && kind == Kind.DURATION && wholeIn(0, 1));
        return new Quantity(kind, value, kind == Kind.MONEY ? currency : null, kind == Kind.DURATION ? unit : null,
                kind == Kind.MEASURE ? measure : null,
                kind == Kind.DATE ? year : 0, kind == Kind.DATE ? month : 0, kind == Kind.DATE ? day : 0,
                range, words, weak, kind == Kind.DATE ? null : alternative,
                low == null || kind == Kind.DATE ? null : low.multiply(scale),
                low == null || kind == Kind.DATE ? null : high.multiply(scale),
                atLeast, shortYear && kind != Kind.DATE, from, to, text.substring(from, to));
    }
}
