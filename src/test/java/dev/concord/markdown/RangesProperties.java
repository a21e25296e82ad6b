package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Normalising protected ranges, added in any order, gives their union as sorted disjoint ranges. */
class RangesProperties {

    @Property(tries = 300)
    void normalizedRangesAreTheUnionInOrder(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 200) Integer> starts,
            @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 30) Integer> lengths) {
        Ranges ranges = new Ranges();
        BitSet covered = new BitSet();
        int n = Math.min(starts.size(), lengths.size());
        for (int i = 0; i < n; i++) {
            int s = starts.get(i), e = s + lengths.get(i);
            ranges.add(s, e);
            covered.set(s, e);
        }
        ranges.normalize();

        // the expected union: maximal runs of covered offsets (touching ranges merge, as [s, e) and [e, f) do)
        List<int[]> expected = new ArrayList<>();
        for (int s = covered.nextSetBit(0); s >= 0; s = covered.nextSetBit(covered.nextClearBit(s))) {
            expected.add(new int[] {s, covered.nextClearBit(s)});
        }
        assertEquals(expected.size(), ranges.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i)[0], ranges.start(i), "start of range " + i);
            assertEquals(expected.get(i)[1], ranges.end(i), "end of range " + i);
        }
    }
}
