package dev.concord.check.numbers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares the quantities of two aligned blocks (zh and en, or hant and hans) as multisets: each
 * quantity on one side must meet its own counterpart on the other.
 *
 * <p>Two passes. First by {@link Quantity#keys()} (1380 萬美元 meets $13.8 million, 2023 年 11 月
 * meets November 2023). Then what is left by {@link Quantity#looseKeys()}, so that a side that
 * dropped the currency or unit, or wrote a year as a plain number, still meets its counterpart
 * (0.14 美元 vs 0.14; "in 2023" vs "2023 的"). Last, an approximation meets what lies in its range
 * ({@link Quantity#within}: 幾十秒 meets "30 seconds", 上億 does not meet "tens of millions"). What is
 * left after the three passes is a mismatch.
 */
public final class NumberComparison {
    private NumberComparison() {}

    /**
     * The quantities without a counterpart, in their original order.
     *
     * @param onlyInFirst  quantities of the first block that the second block lacks
     * @param onlyInSecond quantities of the second block that the first block lacks
     */
    public record Result(List<Quantity> onlyInFirst, List<Quantity> onlyInSecond) {
        public Result {
            onlyInFirst = List.copyOf(onlyInFirst);
            onlyInSecond = List.copyOf(onlyInSecond);
        }

        /** No quantity lacks a counterpart. */
        public boolean agree() {
            return onlyInFirst.isEmpty() && onlyInSecond.isEmpty();
        }

        /**
         * The same result without {@link Quantity#weak() weak} quantities: the rule reports these,
         * since "one" vanishing in Chinese or 一/兩 appearing for "a" is not evidence of an error.
         */
        public Result strong() {
            return new Result(strong(onlyInFirst), strong(onlyInSecond));
        }

        private static List<Quantity> strong(List<Quantity> all) {
            List<Quantity> out = new java.util.ArrayList<>(all.size());
            for (Quantity q : all) if (!q.weak()) out.add(q);
            return List.copyOf(out);
        }
    }

    public static Result compare(List<Quantity> first, List<Quantity> second) {
        boolean[] usedFirst = new boolean[first.size()];
        boolean[] usedSecond = new boolean[second.size()];
        // each as written first (300 秒 meets 300 seconds before "five minutes" takes it), then by
        // every reading
        match(first, second, usedFirst, usedSecond, q -> List.of(q.key()), (a, b) -> true);
        match(first, second, usedFirst, usedSecond, Quantity::keys, (a, b) -> true);
        // Loosely only against a plain number: 0.99 元 must not meet $0.99, nor 5 個月 meet 5%; and a
        // month without its year against the month with it (the year written once for two).
        match(first, second, usedFirst, usedSecond, Quantity::looseKeys,
                (a, b) -> a.kind() == Kind.PLAIN || b.kind() == Kind.PLAIN
                        || a.kind() == Kind.DATE && b.kind() == Kind.DATE && (a.year() == 0) != (b.year() == 0)
                        || yearOrYears(a, b) || yearOrYears(b, a) || dayOrDays(a, b) || dayOrDays(b, a));
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size() && !usedFirst[i]; j++) {
                if (usedSecond[j] || !first.get(i).within(second.get(j))) continue;
                usedFirst[i] = true;
                usedSecond[j] = true;
            }
        }
        // last, a year alone meets a date of that year the other side wrote in full, which may
        // have met its month and day already (2015 年雙十一 = November 11, 2015)
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size() && !usedFirst[i]; j++) if (yearOfDate(first.get(i), second.get(j))) usedFirst[i] = true;
        }
        for (int j = 0; j < second.size(); j++) {
            for (int i = 0; i < first.size() && !usedSecond[j]; i++) if (yearOfDate(second.get(j), first.get(i))) usedSecond[j] = true;
        }
        wholesOfMetParts(first, usedFirst);
        wholesOfMetParts(second, usedSecond);
        List<Quantity> a = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) if (!usedFirst[i]) a.add(first.get(i));
        List<Quantity> b = new ArrayList<>();
        for (int i = 0; i < second.size(); i++) if (!usedSecond[i]) b.add(second.get(i));
        return new Result(a, b);
    }

    /**
     * A duration in two units read whole ("2 hours 15 minutes" = 135 minutes) whose two parts met
     * their counterparts has met them too: the other side wrote the parts in a way not read whole
     * (6 h 12 min, 2小時7分).
     */
    private static void wholesOfMetParts(List<Quantity> list, boolean[] used) {
        for (int i = 0; i < list.size(); i++) {
            Quantity whole = list.get(i);
            if (used[i] || whole.kind() != Kind.DURATION || whole.weak()) continue;
            boolean big = false, small = false; // the met parts it begins and ends with
            for (int j = Math.max(0, i - 4); j < i; j++) {
                Quantity p = list.get(j);
                if (!used[j] || !p.weak() || p.kind() != Kind.DURATION || p == whole) continue;
                big |= p.start() == whole.start() && p.end() < whole.end();
                small |= p.end() == whole.end() && p.start() > whole.start();
            }
            if (big && small) used[i] = true;
        }
    }

    /** 2015 年雙十一 is November 11, 2015: the year alone meets a date of that year. */
    private static boolean yearOfDate(Quantity year, Quantity date) {
        return year.kind() == Kind.DATE && date.kind() == Kind.DATE && year.year() != 0 && year.month() == 0
                && date.month() != 0 && date.year() == year.year();
    }

    /** 7日 is the 7th and seven days: 七日平均 is "the seven-day average". */
    private static boolean dayOrDays(Quantity date, Quantity duration) {
        return date.kind() == Kind.DATE && date.year() == 0 && date.month() == 0 && date.day() != 0
                && duration.kind() == Kind.DURATION && duration.unit() == DurationUnit.DAY;
    }

    /** 1300年 is a year and a length of years: 延續約1300年 is "lasted about 1,300 years". */
    private static boolean yearOrYears(Quantity date, Quantity duration) {
        return date.kind() == Kind.DATE && date.month() == 0 && duration.kind() == Kind.DURATION
                && duration.unit() == DurationUnit.YEAR;
    }

    private static void match(List<Quantity> first, List<Quantity> second, boolean[] usedFirst, boolean[] usedSecond,
                              Function<Quantity, List<String>> keys, BiPredicate<Quantity, Quantity> compatible) {
        Map<String, Deque<Integer>> bySecond = new HashMap<>();
        for (int i = 0; i < second.size(); i++) {
            if (usedSecond[i]) continue;
            for (String k : keys.apply(second.get(i))) bySecond.computeIfAbsent(k, x -> new ArrayDeque<>()).add(i);
        }
        for (int i = 0; i < first.size(); i++) {
            if (usedFirst[i]) continue;
            for (String k : keys.apply(first.get(i))) {
                Deque<Integer> candidates = bySecond.get(k);
                if (candidates == null) continue;
                for (Integer j : candidates) {
                    if (usedSecond[j] || !compatible.test(first.get(i), second.get(j))) continue;
                    usedSecond[j] = true;
                    usedFirst[i] = true;
                    break;
                }
                if (usedFirst[i]) break;
            }
        }
    }
}
