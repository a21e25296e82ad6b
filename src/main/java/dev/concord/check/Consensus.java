package dev.concord.check;

import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which variant is the odd one out. For each variant of a row, the items (link targets, code,
 * numbers…) that most of the other variants have and it lacks ("missing"), and the items it has
 * that no other variant has ("extra"). With two variants each side's missing items are the other's
 * extras; with three, two that agree outvote one, so only the variant that changed is reported.
 */
public final class Consensus {
    private Consensus() {}

    /** What one variant lacks and has in excess, as indexes into its own and the others' item lists. */
    public record Diff<T>(List<T> missing, List<Lang> missingFrom, List<T> extra) {}

    public static <K, T> Map<Lang, Diff<T>> of(Map<Lang, List<T>> items, java.util.function.Function<T, K> key) {
        Map<Lang, Diff<T>> out = new EnumMap<>(Lang.class);
        int n = items.size();
        for (var e : items.entrySet()) {
            Lang me = e.getKey();
            Map<K, Integer> mine = counts(e.getValue(), key);
            List<T> missing = new ArrayList<>();
            List<Lang> from = new ArrayList<>();
            // missing: for each key, the number of others having at least c copies
            Map<K, Integer> emitted = new HashMap<>();
            for (var o : items.entrySet()) {
                if (o.getKey() == me) continue;
                Map<K, Integer> seen = new HashMap<>();
                for (T t : o.getValue()) {
                    K k = key.apply(t);
                    int copy = seen.merge(k, 1, Integer::sum);
                    if (copy <= mine.getOrDefault(k, 0)) continue;
                    // Already reported from another variant: this variant lacks (copy - mine) copies of k.
                    if (copy - mine.getOrDefault(k, 0) <= emitted.getOrDefault(k, 0)) continue;
                    int others = 0;
                    for (var p : items.entrySet()) {
                        if (p.getKey() == me) continue;
                        if (counts(p.getValue(), key).getOrDefault(k, 0) >= copy) others++;
                    }
                    if (others * 2 > n - 1) {
                        missing.add(t);
                        from.add(o.getKey());
                        emitted.merge(k, 1, Integer::sum);
                    }
                }
            }
            List<T> extra = new ArrayList<>();
            Map<K, Integer> seenMine = new HashMap<>();
            for (T t : e.getValue()) {
                K k = key.apply(t);
                int copy = seenMine.merge(k, 1, Integer::sum);
                int others = 0;
                for (var p : items.entrySet()) {
                    if (p.getKey() == me) continue;
                    if (counts(p.getValue(), key).getOrDefault(k, 0) >= copy) others++;
                }
                if (others * 2 < n - 1 || (n == 2 && others == 0)) extra.add(t);
            }
            out.put(me, new Diff<>(missing, from, extra));
        }
        return out;
    }

    /**
     * Each item's key, in order. A loop rather than {@code stream().map(…).toList()}: the first
     * stream of a process links the stream classes' lambdas at run time (~1 ms of CPU), and a
     * one-post check with a finding would pay it here.
     */
    public static <T> List<String> keys(List<T> items, java.util.function.Function<? super T, String> key) {
        List<String> out = new java.util.ArrayList<>(items.size());
        for (T t : items) out.add(key.apply(t));
        return out;
    }

    /**
     * Once the items both sides have were matched by value: which extra item took the place of each
     * missing one (index into {@code extra}, or −1). A lone missing item and a lone extra one are a
     * changed item; otherwise only items that look alike pair (at most half of the longer one's
     * characters edited), so a reordered sentence does not give "`*` differs from
     * `https://example.com/`" and a dropped link beside a changed one is not called a change of it.
     */
    public static int[] pairAlike(List<String> missing, List<String> extra) {
        int[] pair = new int[missing.size()];
        java.util.Arrays.fill(pair, -1);
        if (missing.size() == 1 && extra.size() == 1) {
            pair[0] = 0;
            return pair;
        }
        // The most alike pairs first, so a dropped target is not taken for the change of another
        // that shares its prefix (…/guide dropped, …/api changed to …/api-v2).
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            for (int j = 0; j < extra.size(); j++) {
                double sim = similarity(missing.get(i), extra.get(j));
                if (sim >= 0.5) candidates.add(new double[] {sim, i, j});
            }
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        boolean[] taken = new boolean[extra.size()];
        for (double[] c : candidates) {
            int i = (int) c[1], j = (int) c[2];
            if (pair[i] >= 0 || taken[j]) continue;
            pair[i] = j;
            taken[j] = true;
        }
        return pair;
    }

    /** 1 − edit distance / length of the longer: 1 for equal strings, 0 for nothing in common. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        return 1 - (double) dev.concord.model.EditDistance.between(a, b) / Math.max(a.length(), b.length());
    }

    private static <K, T> Map<K, Integer> counts(List<T> list, java.util.function.Function<T, K> key) {
        Map<K, Integer> m = new HashMap<>();
        for (T t : list) m.merge(key.apply(t), 1, Integer::sum);
        return m;
    }
}
