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
 * @param start       first char offset of the quantity (with its unit and currency) in the extracted text
 * @param end         offset after the last char; for a range both ends carry the whole range's span
 * @param text        the text between start and end, as written
 */
public record Quantity(Kind kind, BigDecimal value, String currency, DurationUnit unit, int year, int month, int day,
                       RangeEnd range, boolean words, boolean weak, BigDecimal alternative,
                       int start, int end, String text) {

    public Quantity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
        if (kind == Kind.MONEY) Objects.requireNonNull(currency, "currency of MONEY");
        if (kind == Kind.DURATION) Objects.requireNonNull(unit, "unit of DURATION");
    }

    /** The normalised identity: equal for the same meaning whatever the language or notation. */
    public String key() {
        return keyOf(value);
    }

    /** {@link #key()} plus the key of the {@link #alternative} reading, if any. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(2);
        keys.add(key());
        if (alternative != null) keys.add(keyOf(alternative));
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
        if (kind == Kind.DATE) {
            if (year != 0 && month == 0 && day == 0) keys.add("number " + year);
            return keys;
        }
        keys.add("number " + plain(value));
        if (alternative != null) keys.add("number " + plain(alternative));
        return keys;
    }

    private String keyOf(BigDecimal v) {
        return switch (kind) {
            case PLAIN -> "plain " + plain(v);
            case MONEY -> "money " + currency + " " + plain(v);
            case PERCENT -> "percent " + plain(v);
            case DURATION -> "duration " + plain(v) + " " + unit.name().toLowerCase(Locale.ROOT);
            case DATE -> "date " + part(year) + "-" + part(month) + "-" + part(day);
        };
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
