package dev.concord.check.numbers;

/**
 * The unit of a {@link Kind#DURATION}. Not java.util.concurrent.TimeUnit: months and years are not
 * fixed lengths; {@link #seconds()} is only used to tell whether two vague durations overlap.
 */
public enum DurationUnit {
    SECOND(1), MINUTE(60), HOUR(3_600), DAY(86_400), WEEK(604_800), MONTH(2_592_000), YEAR(31_536_000);

    private final long seconds;

    DurationUnit(long seconds) {
        this.seconds = seconds;
    }

    /** Roughly (a month is 30 days, a year 365). */
    long seconds() {
        return seconds;
    }

    /** The unit a figure in this unit is also written in exactly (one minute = 60 seconds), or null. */
    DurationUnit smaller() {
        return switch (this) {
            case SECOND, MONTH -> null;
            case MINUTE -> SECOND;
            case HOUR -> MINUTE;
            case DAY -> HOUR;
            case WEEK -> DAY;
            case YEAR -> MONTH;
        };
    }

    /** How many {@link #smaller()} units make one of this. */
    long inSmaller() {
        return switch (this) {
            case SECOND, MONTH -> 1;
            case MINUTE, HOUR -> 60;
            case DAY -> 24;
            case WEEK -> 7;
            case YEAR -> 12;
        };
    }
}
