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
 * (hant, then hans): each pivot block with what each other variant aligned to it. Blocks of the
 * other variants that no pivot block took are in no row: rules comparing content never see them
 * alone, and structure-mismatch reports them from the pairwise alignments.
 */
public final class Rows {
    private Rows() {}

    public static List<Row> join(List<Lang> present, BiFunction<Lang, Lang, List<BlockPair>> alignment) {
        List<Row> rows = new ArrayList<>();
        if (present.isEmpty()) return rows;
        Lang pivot = present.get(0);
        List<Map<Block, Block>> partner = new ArrayList<>();
        List<Block> pivotBlocks = null;
        for (Lang other : present.subList(1, present.size())) {
            Map<Block, Block> m = new IdentityHashMap<>();
            List<Block> order = new ArrayList<>();
            for (BlockPair p : alignment.apply(pivot, other)) {
                if (p.left() != null) order.add(p.left());
                if (p.matched()) m.put(p.left(), p.right());
            }
            if (pivotBlocks == null) pivotBlocks = order;
            partner.add(m);
        }
        if (pivotBlocks == null) return rows; // a single variant: nothing to compare
        for (Block pb : pivotBlocks) {
            Map<Lang, Block> row = new EnumMap<>(Lang.class);
            row.put(pivot, pb);
            for (int i = 1; i < present.size(); i++) {
                Block b = partner.get(i - 1).get(pb);
                if (b != null) row.put(present.get(i), b);
            }
            rows.add(new Row(row));
        }
        return rows;
    }
}
