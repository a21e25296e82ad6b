package dev.concord.align;

import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.markdown.Document;
import dev.concord.markdown.HtmlText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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

    /**
     * Blocks that take part in alignment: structural kinds, HTML blocks with visible text (a
     * signature in {@code <div align="right">} that another variant writes as paragraphs) and HTML
     * blocks with a target (an {@code <img>}, {@code <video>} or {@code <iframe>}, whose src the
     * link rule compares); not comments, Liquid tags, references or rules.
     */
    public static List<Block> alignable(Document d) {
        List<Block> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b.kind().structural() || HtmlText.hasText(d.text(), b) || (b.kind() == BlockKind.HTML && !b.links().isEmpty())) out.add(b);
        }
        return out;
    }

    public static List<BlockPair> align(Document left, Document right) {
        return align(left, right, x -> Set.of(), y -> Set.of());
    }

    /**
     * As {@link #align(Document, Document)}, with anchors the caller knows and the text does not
     * show: the glossary terms of each block, which name the same thing in every language
     * (李智維 and "Zhiwei Li" are one anchor), so the pairs follow the terms.
     */
    public static List<BlockPair> align(Document left, Document right,
            Function<Block, Set<String>> leftTerms, Function<Block, Set<String>> rightTerms) {
        return align(side(left, leftTerms), side(right, rightTerms));
    }

    /**
     * What the aligner reads of one document, whatever it is aligned with: its alignable blocks,
     * their anchors (terms included), notes and lengths. A post's variant is aligned with each of
     * the others, so a caller that keeps a document's side computes it once, not once per pair.
     * Read-only once made.
     */
    public static final class Side {
        final List<Block> blocks;
        final List<Set<String>> anchors;
        /** Anchors of two consecutive blocks, for one block against both (a paragraph merging two). */
        final List<Set<String>> consecutiveAnchors;
        final boolean[] notes;
        final int[] lengths;
        /** Each block's identifying anchors (see {@link Merges#carried}), read for every cell of the table. */
        final List<String[]> identifying;

        private Side(Document d, Function<Block, Set<String>> terms) {
            blocks = alignable(d);
            anchors = new ArrayList<>(blocks.size());
            for (Block x : blocks) anchors.add(withTerms(Anchors.of(d.text(), x), terms.apply(x)));
            notes = new boolean[blocks.size()];
            for (int k = 0; k < notes.length; k++) notes[k] = VariantNote.is(d, blocks.get(k));
            lengths = new int[blocks.size()];
            for (int k = 0; k < lengths.length; k++) lengths[k] = Anchors.length(d.text(), blocks.get(k));
            consecutiveAnchors = consecutive(anchors);
            identifying = new ArrayList<>(anchors.size());
            for (Set<String> f : anchors) identifying.add(Merges.identifying(f));
        }
    }

    /** {@code d}'s side of an alignment, with the glossary terms of each block as anchors. */
    public static Side side(Document d, Function<Block, Set<String>> terms) {
        return new Side(d, terms);
    }

    /** As {@link #align(Document, Document, Function, Function)}, from sides made beforehand. */
    public static List<BlockPair> align(Side left, Side right) {
        List<Block> a = left.blocks, b = right.blocks;
        List<Set<String>> fa = left.anchors, fb = right.anchors;
        boolean[] na = left.notes, nb = right.notes;
        int[] la = left.lengths, lb = right.lengths;
        int n = a.size(), m = b.size();
        List<Set<String>> fa2 = left.consecutiveAnchors, fb2 = right.consecutiveAnchors;
        double[][] score = new double[n + 1][m + 1];
        // 0 diagonal, 1 up (a unpaired), 2 left (b unpaired), 3 a[i-1] with b[j-2..j-1], 4 a[i-2..i-1] with b[j-1]
        byte[][] move = new byte[n + 1][m + 1];
        for (int i = 1; i <= n; i++) { score[i][0] = i * GAP; move[i][0] = 1; }
        for (int j = 1; j <= m; j++) { score[0][j] = j * GAP; move[0][j] = 2; }
        for (int i = 1; i <= n; i++) {
            double px = (double) (i - 1) / Math.max(1, n);
            for (int j = 1; j <= m; j++) {
                double py = (double) (j - 1) / Math.max(1, m);
                double pair = na[i - 1] != nb[j - 1] ? NEVER : pairScore(a.get(i - 1), b.get(j - 1), fa.get(i - 1), fb.get(j - 1), px, py)
                        - lengthPenalty(la[i - 1], lb[j - 1]);
                double d = score[i - 1][j - 1] + pair, u = score[i - 1][j] + GAP, l = score[i][j - 1] + GAP;
                if (d >= u && d >= l) { score[i][j] = d; move[i][j] = 0; }
                else if (u >= l) { score[i][j] = u; move[i][j] = 1; }
                else { score[i][j] = l; move[i][j] = 2; }
                if (j >= 2 && mergeable(a.get(i - 1), na[i - 1]) && mergeable(b.get(j - 2), nb[j - 2]) && mergeable(b.get(j - 1), nb[j - 1])
                        && Merges.carried(right.identifying.get(j - 2), fa.get(i - 1)) && Merges.carried(right.identifying.get(j - 1), fa.get(i - 1))) {
                    double one = score[i - 1][j - 2] + MERGE + Math.max(
                            pairScore(a.get(i - 1), b.get(j - 2), fa.get(i - 1), fb2.get(j - 1), px, py),
                            pairScore(a.get(i - 1), b.get(j - 1), fa.get(i - 1), fb2.get(j - 1), px, py))
                            - lengthPenalty(la[i - 1], lb[j - 2] + lb[j - 1]);
                    if (one > score[i][j]) { score[i][j] = one; move[i][j] = 3; }
                }
                if (i >= 2 && mergeable(b.get(j - 1), nb[j - 1]) && mergeable(a.get(i - 2), na[i - 2]) && mergeable(a.get(i - 1), na[i - 1])
                        && Merges.carried(left.identifying.get(i - 2), fb.get(j - 1)) && Merges.carried(left.identifying.get(i - 1), fb.get(j - 1))) {
                    double two = score[i - 2][j - 1] + MERGE + Math.max(
                            pairScore(a.get(i - 2), b.get(j - 1), fa2.get(i - 1), fb.get(j - 1), px, py),
                            pairScore(a.get(i - 1), b.get(j - 1), fa2.get(i - 1), fb.get(j - 1), px, py))
                            - lengthPenalty(la[i - 2] + la[i - 1], lb[j - 1]);
                    if (two > score[i][j]) { score[i][j] = two; move[i][j] = 4; }
                }
            }
        }
        List<BlockPair> out = new ArrayList<>();
        int i = n, j = m;
        while (i > 0 || j > 0) {
            byte mv = i == 0 ? 2 : j == 0 ? 1 : move[i][j];
            if (mv == 0) { out.add(new BlockPair(a.get(i - 1), b.get(j - 1))); i--; j--; }
            else if (mv == 1) { out.add(new BlockPair(a.get(i - 1), null)); i--; }
            else if (mv == 2) { out.add(new BlockPair(null, b.get(j - 1))); j--; }
            else if (mv == 3) {
                // The one of the two that alone pairs best with the merged block is its pair; the other merged into it.
                Block x = a.get(i - 1), y1 = b.get(j - 2), y2 = b.get(j - 1);
                boolean firstPairs = pairScore(x, y1, fa.get(i - 1), fb.get(j - 2), 0, 0) - lengthPenalty(la[i - 1], lb[j - 2])
                        >= pairScore(x, y2, fa.get(i - 1), fb.get(j - 1), 0, 0) - lengthPenalty(la[i - 1], lb[j - 1]);
                out.add(firstPairs ? new BlockPair(null, y2, x) : new BlockPair(x, y2));
                out.add(firstPairs ? new BlockPair(x, y1) : new BlockPair(null, y1, x));
                i--; j -= 2;
            } else {
                Block y = b.get(j - 1), x1 = a.get(i - 2), x2 = a.get(i - 1);
                boolean firstPairs = pairScore(x1, y, fa.get(i - 2), fb.get(j - 1), 0, 0) - lengthPenalty(la[i - 2], lb[j - 1])
                        >= pairScore(x2, y, fa.get(i - 1), fb.get(j - 1), 0, 0) - lengthPenalty(la[i - 1], lb[j - 1]);
                out.add(firstPairs ? new BlockPair(x2, null, y) : new BlockPair(x2, y));
                out.add(firstPairs ? new BlockPair(x1, y) : new BlockPair(x1, null, y));
                i -= 2; j--;
            }
        }
        Collections.reverse(out);
        return Merges.mark(out, a, b, fa, fb, la, lb, na, nb);
    }

    /**
     * What one block against two merged costs beyond the pair: as much as the gap it saves, so a
     * merge is chosen only on evidence (the two together share more anchors with the block, or
     * their lengths add up to its length), never to hide a block that one variant lacks; and never
     * when a link, number, code span or term of either is not in the block.
     */
    private static final double MERGE = GAP;

    /** Blocks a translator may merge into one paragraph: prose kinds, not a note about one variant. */
    private static boolean mergeable(Block b, boolean note) {
        return !note && proseLike(b.kind());
    }

    /** For k >= 1: the union of the anchors of blocks k-1 and k (index 0 unused). */
    private static List<Set<String>> consecutive(List<Set<String>> f) {
        List<Set<String>> out = new ArrayList<>(f.size());
        for (int k = 0; k < f.size(); k++) {
            if (k == 0) { out.add(Set.of()); continue; }
            Set<String> u = new java.util.HashSet<>(f.get(k - 1));
            u.addAll(f.get(k));
            out.add(u);
        }
        return out;
    }

    private static Set<String> withTerms(Set<String> anchors, Set<String> termIds) {
        for (String id : termIds) anchors.add("T:" + id);
        return anchors;
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

    /** Lengths within this factor of each other are as likely translations as any. */
    static final double LENGTH_TOLERANCE = Math.log(1.3);
    /** Score lost per unit of log length ratio beyond the tolerance: a ratio of 5 costs more than two gaps. */
    private static final double LENGTH_WEIGHT = 2.0;
    /** Added to both lengths so that short blocks (headings, one-line items) are not judged by length. */
    static final int LENGTH_SMOOTHING = 30;

    /**
     * Translations are about as long as their source (Gale and Church's observation, here in
     * {@link Anchors#length} units, where one Han character weighs as much as three Latin letters: the
     * ratio measured over a real blog's three-variant posts). A pair whose lengths differ by far
     * more than that is unlikely, so a block that only one variant has (a translator's note, a
     * paragraph added in one language) stays unpaired instead of shifting every row after it.
     */
    static double lengthPenalty(int x, int y) {
        // Neither has prose (code, two images): anchors decide. Only one has (an image beside a
        // paragraph of text): as unlike as a long and an empty paragraph.
        if (x == 0 && y == 0) return 0;
        double ratio = Math.abs(Math.log((double) (x + LENGTH_SMOOTHING) / (y + LENGTH_SMOOTHING)));
        return LENGTH_WEIGHT * Math.max(0, ratio - LENGTH_TOLERANCE);
    }

    /**
     * A paragraph may be rendered as a list item by a translator, or its text kept in an HTML block
     * (a signature in a right-aligned {@code <div>}); other kinds must agree.
     */
    private static boolean compatible(BlockKind a, BlockKind b) {
        if (a == b) return true;
        return proseLike(a) && proseLike(b) && (a == BlockKind.PARAGRAPH || b == BlockKind.PARAGRAPH);
    }

    static boolean proseLike(BlockKind k) {
        return k == BlockKind.PARAGRAPH || k == BlockKind.LIST_ITEM || k == BlockKind.HTML;
    }
}
