package dev.concord.check.numbers;

/** The unit of a {@link Kind#DURATION}. Not java.util.concurrent.TimeUnit: months and years are not fixed lengths. */
public enum DurationUnit {
    SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR
}
