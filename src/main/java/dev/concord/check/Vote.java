package dev.concord.check;

import dev.concord.model.Lang;
import java.util.HashMap;
import java.util.Map;

/**
 * What most variants of a row say (a code line, a fence language, a block's shape, a front matter
 * value). The value most variants hold wins; on a tie the value of the first variant in
 * {@link Lang} order (hant, then hans) wins, so two variants that disagree have a stable reference.
 *
 * @param value     the winning value
 * @param holder    the first variant (in {@link Lang} order) holding it: the one a finding points to
 * @param unanimous every variant voted the same value (nothing to report)
 */
public record Vote<V>(V value, Lang holder, boolean unanimous) {

    /** The vote over each variant's value; null when no variant voted. */
    public static <V> Vote<V> of(Map<Lang, V> ballots) {
        Map<V, Integer> votes = new HashMap<>();
        Map<V, Lang> firstWith = new HashMap<>();
        for (var e : ballots.entrySet()) {
            votes.merge(e.getValue(), 1, Integer::sum);
            firstWith.merge(e.getValue(), e.getKey(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        V best = null;
        boolean any = false;
        for (var v : votes.entrySet()) {
            if (!any || v.getValue() > votes.get(best)
                    || (v.getValue().equals(votes.get(best)) && firstWith.get(v.getKey()).compareTo(firstWith.get(best)) < 0)) {
                best = v.getKey();
                any = true;
            }
        }
        return any ? new Vote<>(best, firstWith.get(best), votes.size() < 2) : null;
    }
}
