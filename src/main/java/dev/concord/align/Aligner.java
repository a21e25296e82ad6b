package dev.concord.align;

import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.markdown.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Pairs the blocks of two variants by a global sequence alignment (Needleman–Wunsch), so a
 * missing, extra or moved-by-one block shifts nothing else, unlike pairing by index. Blocks can
 * only pair with blocks of the same kind; among those, shared anchors (names, numbers, links,
 * code) and similar relative position raise the score.
 */
public final class Aligner {
    /** Cost of leaving a block unpaired; a same-kind pair with nothing in common still scores above two gaps. */
    private static final double GAP = -1.0;
    private static final double NEVER = -1e9;

    private Aligner() {}

    /** Blocks that take part in alignment: structural kinds (not HTML comments, references, rules). */
    public static List<Block> alignable(Document d) {
        List<Block> out = new ArrayList<>();
        for (Block b : d.blocks()) if (b.kind().structural()) out.add(b);
        return out;
    }

    public static List<BlockPair> align(Document left, Document right) {
        List<Block> a = alignable(left), b = alignable(right);
        List<Set<String>> fa = new ArrayList<>(a.size()), fb = new ArrayList<>(b.size());
        for (Block x : a) fa.add(Anchors.of(left.text(), x));
        for (Block y : b) fb.add(Anchors.of(right.text(), y));
        int n = a.size(), m = b.size();
        double[][] score = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // 0 diagonal, 1 up (a unpaired), 2 left (b unpaired)
        for (int i = 1; i <= n; i++) { score[i][0] = i * GAP; move[i][0] = 1; }
        for (int j = 1; j <= m; j++) { score[0][j] = j * GAP; move[0][j] = 2; }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double pair = pairScore(a.get(i - 1), b.get(j - 1), fa.get(i - 1), fb.get(j - 1),
                        (double) (i - 1) / Math.max(1, n), (double) (j - 1) / Math.max(1, m));
                double d = score[i - 1][j - 1] + pair, u = score[i - 1][j] + GAP, l = score[i][j - 1] + GAP;
                if (d >= u && d >= l) { score[i][j] = d; move[i][j] = 0; }
                else if (u >= l) { score[i][j] = u; move[i][j] = 1; }
                else { score[i][j] = l; move[i][j] = 2; }
            }
        }
        List<BlockPair> out = new ArrayList<>();
        int i = n, j = m;
        while (i > 0 || j > 0) {
            byte mv = i == 0 ? 2 : j == 0 ? 1 : move[i][j];
            if (mv == 0) { out.add(new BlockPair(a.get(i - 1), b.get(j - 1))); i--; j--; }
            else if (mv == 1) { out.add(new BlockPair(a.get(i - 1), null)); i--; }
            else { out.add(new BlockPair(null, b.get(j - 1))); j--; }
        }
        Collections.reverse(out);
        return out;
    }

    static double pairScore(Block x, Block y, Set<String> ax, Set<String> ay, double px, double py) {
        if (!compatible(x.kind(), y.kind())) return NEVER;
        double s = 1.0;
        if (x.kind() != y.kind()) s -= 0.8;
        if (x.level() != y.level()) s -= 0.5;
        int union = ax.size() + ay.size();
        if (union > 0) {
            int common = 0;
            for (String t : ax) if (ay.contains(t)) common++;
            double jaccard = (double) common / (union - common);
            s += 2.0 * jaccard - (common == 0 ? 0.5 : 0);
        }
        s -= Math.abs(px - py); // far-apart positions are unlikely translations of each other
        return s;
    }

    /** A paragraph may be rendered as a list item by a translator; other kinds must agree. */
    private static boolean compatible(BlockKind a, BlockKind b) {
        if (a == b) return true;
        return (a == BlockKind.PARAGRAPH && b == BlockKind.LIST_ITEM) || (a == BlockKind.LIST_ITEM && b == BlockKind.PARAGRAPH);
    }
}
