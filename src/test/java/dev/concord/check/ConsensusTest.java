package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.Lang;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which variant is the odd one out (Consensus) and what most variants say (Vote). */
class ConsensusTest {
    static Map<Lang, List<String>> items(List<String> hant, List<String> hans, List<String> en) {
        Map<Lang, List<String>> m = new EnumMap<>(Lang.class);
        if (hant != null) m.put(Lang.HANT, hant);
        if (hans != null) m.put(Lang.HANS, hans);
        if (en != null) m.put(Lang.EN, en);
        return m;
    }

    static Map<Lang, Consensus.Diff<String>> of(Map<Lang, List<String>> items) {
        return Consensus.of(items, Function.identity());
    }

    @Test
    void twoThatAgreeOutvoteTheThird() {
        var d = of(items(List.of("a", "b"), List.of("a", "x"), List.of("a", "b")));
        assertEquals(List.of("b"), d.get(Lang.HANS).missing());
        assertEquals(List.of(Lang.HANT), d.get(Lang.HANS).missingFrom(), "the first variant that has it");
        assertEquals(List.of("x"), d.get(Lang.HANS).extra());
        for (Lang l : List.of(Lang.HANT, Lang.EN)) {
            assertEquals(List.of(), d.get(l).missing(), l + " agrees with the majority");
            assertEquals(List.of(), d.get(l).extra(), l + " agrees with the majority");
        }
    }

    @Test
    void withTwoVariantsEachSideReportsWhatTheOtherLacks() {
        var d = of(items(List.of("a", "b"), null, List.of("a", "c")));
        assertEquals(List.of("c"), d.get(Lang.HANT).missing());
        assertEquals(List.of("b"), d.get(Lang.HANT).extra());
        assertEquals(List.of("b"), d.get(Lang.EN).missing());
        assertEquals(List.of("c"), d.get(Lang.EN).extra());
    }

    @Test
    void copiesCount() {
        // en has the link twice, hant and hans once: en's second copy is extra, nobody misses one.
        var d = of(items(List.of("a"), List.of("a"), List.of("a", "a")));
        assertEquals(List.of("a"), d.get(Lang.EN).extra());
        assertEquals(List.of(), d.get(Lang.HANT).missing());
        // hans lacks the second copy the other two have.
        d = of(items(List.of("a", "a"), List.of("a"), List.of("a", "a")));
        assertEquals(List.of("a"), d.get(Lang.HANS).missing());
        assertEquals(List.of(), d.get(Lang.HANS).extra());
    }

    @Test
    void aThreeWaySplitReportsEveryItemAsExtraAndNothingMissing() {
        var d = of(items(List.of("a"), List.of("b"), List.of("c")));
        for (Lang l : Lang.values()) {
            assertEquals(List.of(), d.get(l).missing(), "no majority has anything: " + l);
            assertEquals(1, d.get(l).extra().size(), l.toString());
        }
    }

    @Test
    void itemsAreComparedByTheirKey() {
        Map<Lang, List<String>> m = items(List.of("Alpha"), List.of("ALPHA"), List.of("alpha"));
        assertTrue(Consensus.of(m, (String s) -> s.toLowerCase()).values().stream()
                .allMatch(x -> x.missing().isEmpty() && x.extra().isEmpty()));
        assertFalse(of(m).get(Lang.HANT).extra().isEmpty(), "without the key they differ");
    }

    @Test
    void voteTakesTheMajorityAndOnATieTheFirstVariant() {
        Map<Lang, String> ballots = new EnumMap<>(Lang.class);
        ballots.put(Lang.HANT, "x");
        ballots.put(Lang.HANS, "y");
        ballots.put(Lang.EN, "y");
        Vote<String> v = Vote.of(ballots);
        assertEquals("y", v.value());
        assertEquals(Lang.HANS, v.holder());
        assertFalse(v.unanimous());
        ballots.remove(Lang.HANS);
        v = Vote.of(ballots);
        assertEquals("x", v.value(), "a tie goes to hant");
        assertEquals(Lang.HANT, v.holder());
        ballots.put(Lang.EN, "x");
        assertTrue(Vote.of(ballots).unanimous());
        assertNull(Vote.of(new EnumMap<Lang, String>(Lang.class)));
    }

    @Test
    void leftoversPairByLikenessMostAlikeFirst() {
        // a lone pair is a change, however unlike
        assertEquals(List.of(0), toList(Consensus.pairAlike(List.of("*"), List.of("https://example.com/"))));
        // …/guide dropped and …/api changed: the change pairs with its own original, not with the first
        assertEquals(List.of(-1, 0), toList(Consensus.pairAlike(List.of("https://d.example/guide", "https://d.example/api"),
                List.of("https://d.example/api-v2"))));
        // nothing alike: no pair
        assertEquals(List.of(-1, -1), toList(Consensus.pairAlike(List.of("alpha", "beta"), List.of("x", "y"))));
    }

    private static List<Integer> toList(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
