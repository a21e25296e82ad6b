package dev.concord.check.numbers;

/** What a {@link Quantity} measures; part of its comparison key. */
public enum Kind {
    /** A bare count or amount: 2,000 GPUs, 100 家, 13.8 million. */
    PLAIN,
    /** An amount of money with an ISO 4217 currency: $13.8 million, 人民幣 0.99 元. */
    MONEY,
    /** A percentage: 50%, 50 percent, 百分之五十. The value is the number before the sign. */
    PERCENT,
    /** A calendar date or part of one: 2023 年 11 月, November 2023, in 2023, 11 月. */
    DATE,
    /** A length of time: 五個月, five months, 3 天. */
    DURATION,
    /** An amount in a unit of measure: 7nm, 40 GB, 5 毫秒; the unit is {@link Quantity#measure()}. */
    MEASURE,
    /**
     * The number of a name (GPT-4, Qwen2.5, ERNIE 4.5, H800): weak, never missed, but it meets the
     * same number written apart from the name on the other side (文心4.5 for "ERNIE 4.5").
     */
    VERSION
}
