package dev.concord.check.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A number as written in prose, normalised so that the zh and en ways of writing the same amount
 * compare equal by {@link #key()}: 1380 萬美元 and $13.8 million both have the key
 * {@code money USD 13800000}.
 *
 * @param kind        what is measured
 * @param value       the full value, scales applied (1380 萬 = 13800000). For {@link Kind#DATE} it is the
 *                    year if there is one, else the month, else the day.
 * @param currency    ISO 4217 code (USD, CNY, HKD, TWD, EUR, GBP, JPY) for {@link Kind#MONEY}, else null
 * @param unit        the unit of a {@link Kind#DURATION}, else null
 * @param measure     the unit symbol of a {@link Kind#MEASURE} (nm, GB, ms: 納米 is nm), else null
 * @param year        DATE only: the year (民國 112 年 is stored as 2023), 0 when not given
 * @param month       DATE only: 1–12, 0 when not given
 * @param day         DATE only: 1–31, 0 when not given
 * @param range       which end of a range this is; ignored by the keys
 * @param words       written in words or Chinese numerals (five, 五, 三十億) rather than digits
 * @param weak        a missing counterpart is weak evidence: a plain whole number 0–10 written as a
 *                    word or Chinese numeral ("one" vanishes in Chinese, 一/兩 appear for "a"/"a couple"),
 *                    a duration of one written so (一年 = "a year"), or "a million"/"a hundred"
 * @param alternative the other reading of an ambiguous scale (兆 = 1e12 in Taiwan/HK, 1e6 in mainland
 *                    technical text), else null; {@link #keys()} offers both
 * @param low         an approximation's least value (幾十 = 20, 上億 = 1e8, "tens of millions" = 1e7), scales
 *                    applied; null for a figure. {@link #value} is then {@code low}
 * @param high        an approximation's greatest value (幾十 = 90, 上億 = 999,999,999), null for a figure
 * @param atLeast     written as a lower bound ("more than ten years", 十多年): it meets an approximation
 *                    whose range reaches it, never a different figure
 * @param shortYear   a two-digit number that may stand for a year ('24, 13 年, 10 屆): its keys include
 *                    the years 19NN and 20NN
 * @param start       first char offset of the quantity (with its unit and currency) in the extracted text
 * @param end         offset after the last char; for a range both ends carry the whole range's span
 * @param text        the text between start and end, as written
 */
public record Quantity(Kind kind, BigDecimal value, String currency, DurationUnit unit, String measure, int year, int month, int day,
                       RangeEnd range, boolean words, boolean weak, BigDecimal alternative,
                       BigDecimal low, BigDecimal high, boolean atLeast, boolean shortYear,
                       int start, int end, String text) {

    public Quantity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
        if (kind == Kind.MONEY) Objects.requireNonNull(currency, "currency of MONEY");
        if (kind == Kind.DURATION) Objects.requireNonNull(unit, "unit of DURATION");
        if ((low == null) != (high == null)) throw new IllegalArgumentException("an approximation needs both ends");
    }

    /** The same quantity as weak evidence: it meets its counterpart but is never reported missing. */
    public Quantity weakened() {
        return weak ? this : new Quantity(kind, value, currency, unit, measure, year, month, day, range, words, true, alternative,
                low, high, atLeast, shortYear, start, end, text);
    }

    /** The same quantity with another reading ({@link #alternative}). */
    public Quantity withAlternative(BigDecimal other) {
        return new Quantity(kind, value, currency, unit, measure, year, month, day, range, words, weak, other,
                low, high, atLeast, shortYear, start, end, text);
    }

    /** A vague amount (幾十, 上億, "tens of millions") rather than a figure. */
    public boolean approximate() {
        return low != null;
    }

    /** A sum in 元 or 塊 with no word or sign of the yuan's (人民幣, RMB, ¥). */
    private static boolean bareYuan(String text) {
        return (text.endsWith("元") || text.endsWith("塊") || text.endsWith("块") || text.endsWith("塊錢") || text.endsWith("块钱"))
                && !text.contains("人民") && !text.contains("RMB") && !text.contains("CNY") && text.indexOf('¥') < 0 && text.indexOf('￥') < 0;
    }

    /** Units that speech names by their prefix alone (300 兆, 1G): bits, bytes, hertz. */
    private static final java.util.Set<String> MEGA_UNITS = java.util.Set.of("bps", "B", "Hz", "bit");

    /** The normalised identity: equal for the same meaning whatever the language or notation. */
    public String key() {
        return keyOf(value);
    }

    /**
     * {@link #key()} plus the key of the {@link #alternative} reading, if any; a duration also in
     * each smaller unit down to seconds (一分鐘 meets "60 seconds", one day 24 小時, 1 小時 "3600
     * seconds"); a two-digit year as the
     * years it may stand for (13 年 meets "in 2013").
     */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(4);
        keys.add(key());
        if (approximate()) return keys;
        if (alternative != null) keys.add(keyOf(alternative));
        // ¥ is the yen's sign as well as the yuan's: ¥500 meets 500 日元
        if (kind == Kind.MONEY && "CNY".equals(currency) && (text.startsWith("¥") || text.startsWith("￥"))) {
            keys.add(keyOf(value).replace("money CNY", "money JPY"));
        }
        // a bare 元 is the unit of Taiwan's and Hong Kong's dollar as well as the yuan's: 新台币3100元，
        // 三年期5500元 names the currency once
        if (kind == Kind.MONEY && "CNY".equals(currency) && bareYuan(text)) {
            keys.add(keyOf(value).replace("money CNY", "money TWD"));
            keys.add(keyOf(value).replace("money CNY", "money HKD"));
        }
        // 5000 萬像素 is 50 MP: a count of pixels in the millions is a camera's megapixels
        if (kind == Kind.MEASURE && "px".equals(measure) && value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            keys.add("measure " + plain(value.movePointLeft(6)) + " MP");
        }
        // and in each smaller unit it is written in exactly: 1 hour = 60 minutes = 3600 seconds
        BigDecimal v = value;
        for (DurationUnit u = kind == Kind.DURATION ? unit : null; u != null && u.smaller() != null; u = u.smaller()) {
            v = v.multiply(BigDecimal.valueOf(u.inSmaller()));
            keys.add("duration " + plain(v) + " " + u.smaller().name().toLowerCase(Locale.ROOT));
        }
        // half a month is two weeks or fifteen days (半個月, "two weeks")
        if (kind == Kind.DURATION && unit == DurationUnit.MONTH && value.compareTo(new BigDecimal("0.5")) == 0) {
            keys.add("duration 2 week");
            keys.add("duration 15 day");
        }
        // and a duration in seconds is also one in milliseconds, and back (5000 ms = 5 秒, 0.02 s = 20 毫秒)
        if (kind == Kind.DURATION && (unit == DurationUnit.SECOND || unit == DurationUnit.MINUTE)) {
            keys.add("measure " + plain(v.movePointRight(3)) + " ms");
        } else if (kind == Kind.MEASURE && "ms".equals(measure)) {
            keys.add("duration " + plain(value.movePointLeft(3)) + " second");
        }
        if (shortYear) {
            int yy = value.intValue() % 100;
            keys.add("date " + (1900 + yy) + "-?-?");
            keys.add("date " + (2000 + yy) + "-?-?");
        }
        return keys;
    }

    /**
     * Keys for a second, looser matching pass: the bare number, so that a side that dropped the
     * currency, the unit or the word "percent" still meets its counterpart (0.14 美元 vs 0.14), and a
     * year written as a date meets the same year read as a plain number ("in 2023" vs "2023 的").
     * Full dates and months have no loose key: November 2023 must meet November 2023.
     */
    public List<String> looseKeys() {
        List<String> keys = new ArrayList<>(2);
        if (approximate()) return keys;
        if (shortYear) {
            int yy = value.intValue() % 100;
            keys.add("number " + (1900 + yy));
            keys.add("number " + (2000 + yy));
        }
        if (kind == Kind.DATE) {
            if (year != 0 && month == 0 && day == 0) keys.add("number " + year);
            // 10 號 alone is the 10th as often as a number: Line 10 = 10 號線, Building 7 = 7 號樓
            if (year == 0 && month == 0 && day != 0) keys.add("number " + day);
            // "in July and October 1948" = 1948年7月和10月: a year written once for two months
            if (month != 0) keys.add("month " + month + "-" + day);
            return keys;
        }
        keys.add("number " + plain(value));
        if (alternative != null) keys.add("number " + plain(alternative));
        // 300 Mbps is 300 兆 in mainland speech and 300M in Taiwan's: a prefixed unit is also the
        // figure, loosely, so that a unit named alike on both sides meets first (10 MB, not 一千萬)
        if (kind == Kind.MEASURE && measure.length() > 1 && MEGA_UNITS.contains(measure.substring(1))) {
            BigDecimal prefix = switch (measure.charAt(0)) {
                case 'k', 'K' -> BigDecimal.valueOf(1_000);
                case 'M' -> BigDecimal.valueOf(1_000_000);
                case 'G' -> BigDecimal.valueOf(1_000_000_000);
                case 'T' -> BigDecimal.valueOf(1_000_000_000_000L);
                default -> null;
            };
            if (prefix != null) keys.add("number " + plain(value.multiply(prefix)));
        }
        return keys;
    }

    private String keyOf(BigDecimal v) {
        String n = approximate() ? "~" + plain(low) + ".." + plain(high) : plain(v);
        return switch (kind) {
            case PLAIN -> "plain " + n;
            case MONEY -> "money " + currency + " " + n;
            case PERCENT -> "percent " + n;
            case DURATION -> "duration " + n + " " + unit.name().toLowerCase(Locale.ROOT);
            case VERSION -> "version " + n;
            case MEASURE -> "measure " + n + " " + measure;
            case DATE -> "date " + part(year) + "-" + part(month) + "-" + part(day);
        };
    }

    /**
     * Whether an approximation meets the other quantity: the other's figure lies in its range (幾十秒
     * meets "30 seconds"), the other is an approximation whose range overlaps ("thousands of" meets
     * 數千), or the other is a lower bound its range reaches ("more than ten years" meets 十幾年). Two
     * figures never meet here: they meet by {@link #keys()} or not at all. Kinds, currencies and
     * duration units must agree (durations compare in seconds), or one side be a plain number.
     */
    public boolean within(Quantity o) {
        if (!approximate() && !o.approximate()) return false;
        if (kind == Kind.DATE || o.kind == Kind.DATE) return false;
        if (kind != o.kind && kind != Kind.PLAIN && o.kind != Kind.PLAIN) return false;
        if (kind == o.kind && kind == Kind.MONEY && !currency.equals(o.currency)) return false;
        BigDecimal f = seconds(this, o), g = seconds(o, this);
        BigDecimal aLow = lowEnd().multiply(f), aHigh = highEnd() == null ? null : highEnd().multiply(f);
        BigDecimal bLow = o.lowEnd().multiply(g), bHigh = o.highEnd() == null ? null : o.highEnd().multiply(g);
        return (aHigh == null || bLow.compareTo(aHigh) <= 0) && (bHigh == null || aLow.compareTo(bHigh) <= 0);
    }

    private BigDecimal lowEnd() {
        return approximate() ? low : value;
    }

    /** Null for no upper end ("more than ten years"). */
    private BigDecimal highEnd() {
        return approximate() ? high : atLeast ? null : value;
    }

    /** The factor to seconds when both are durations, else 1. */
    private static BigDecimal seconds(Quantity a, Quantity b) {
        return a.kind == Kind.DURATION && b.kind == Kind.DURATION ? BigDecimal.valueOf(a.unit.seconds()) : BigDecimal.ONE;
    }

    private static String part(int field) {
        return field == 0 ? "?" : Integer.toString(field);
    }

    /** 2,000 = 2000 = 2000.0; 1.38E+7 = 13800000. */
    static String plain(BigDecimal v) {
        if (v.signum() == 0) return "0";
        return v.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return key() + (range == RangeEnd.NONE ? "" : " (" + range.name().toLowerCase(Locale.ROOT) + ")")
                + " «" + text + "»@" + start;
    }
}
