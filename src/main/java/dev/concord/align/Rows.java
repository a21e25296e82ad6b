package dev.concord.align;

import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Joins pairwise alignments into rows across all variants, pivoting on the first present variant
 * (hant, then hans): each pivot block with what each other variant aligned to it. Blocks that no
 * pivot block took become rows of their own, after the pivot block that precedes them (two
 * variants that both have a block the pivot lacks share one row), so diff and the HTML report
 * show them and rules comparing content see them without the pivot.
 */
public final class Rows {
    private Rows() {}

    public static List<Row> join(List<Lang> present, BiFunction<Lang, Lang, List<BlockPair>> alignment) {
        List<Row> rows = new ArrayList<>();
        if (present.size() < 2) return rows; // a single variant: nothing to compare
        Lang pivot = present.get(0);
        List<Map<Block, Block>> partner = new ArrayList<>();
        List<Block> pivotBlocks = null;
        // orphans.get(i): blocks of present[i + 1] that no pivot block took, each keyed by the number
        // of pivot blocks before it in that alignment (where it goes among the pivot's rows)
        List<List<Map.Entry<Integer, Block>>> orphans = new ArrayList<>();
        for (Lang other : present.subList(1, present.size())) {
            Map<Block, Block> m = new IdentityHashMap<>();
            List<Block> order = new ArrayList<>();
            List<Map.Entry<Integer, Block>> lone = new ArrayList<>();
            for (BlockPair p : alignment.apply(pivot, other)) {
                if (p.left() != null) order.add(p.left());
                if (p.matched()) m.put(p.left(), p.right());
                else if (p.right() != null) lone.add(Map.entry(order.size(), p.right()));
            }
            if (pivotBlocks == null) pivotBlocks = order;
            partner.add(m);
            orphans.add(lone);
        }
        // Two non-pivot variants that both have a block the pivot lacks: one row for the two.
        Map<Block, Block> orphanPartner = new IdentityHashMap<>();
        if (present.size() == 3 && !orphans.get(0).isEmpty() && !orphans.get(1).isEmpty()) {
            Map<Block, Boolean> second = new IdentityHashMap<>();
            for (var e : orphans.get(1)) second.put(e.getValue(), true);
            for (BlockPair p : alignment.apply(present.get(1), present.get(2))) {
                if (p.matched() && second.containsKey(p.right())) orphanPartner.put(p.left(), p.right());
            }
        }
        Map<Block, Boolean> placed = new IdentityHashMap<>();
        for (int at = 0; at <= pivotBlocks.size(); at++) {
            if (at > 0) {
                Block pb = pivotBlocks.get(at - 1);
                Map<Lang, Block> row = new EnumMap<>(Lang.class);
                row.put(pivot, pb);
                for (int i = 1; i < present.size(); i++) {
                    Block b = partner.get(i - 1).get(pb);
                    if (b != null) row.put(present.get(i), b);
                }
                rows.add(new Row(row));
            }
            for (int i = 0; i < orphans.size(); i++) {
                for (var e : orphans.get(i)) {
                    if (e.getKey() != at || placed.containsKey(e.getValue())) continue;
                    Map<Lang, Block> row = new EnumMap<>(Lang.class);
                    row.put(present.get(i + 1), e.getValue());
                    placed.put(e.getValue(), true);
                    Block with = i == 0 ? orphanPartner.get(e.getValue()) : null;
                    if (with != null && !placed.containsKey(with)) {
                        row.put(present.get(2), with);
                        placed.put(with, true);
                    }
                    rows.add(new Row(row));
                }
            }
        }
        return rows;
    }
}
