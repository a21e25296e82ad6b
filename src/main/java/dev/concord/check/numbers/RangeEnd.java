package dev.concord.check.numbers;

/**
 * Which end of a range a quantity is. A range is emitted as two quantities so that
 * "8000 萬至 1 億美元" and "between $80 million and $100 million" still meet end by end even when
 * one side's range syntax is not recognised; the comparison key ignores this field.
 */
public enum RangeEnd {
    NONE, LOW, HIGH
}
