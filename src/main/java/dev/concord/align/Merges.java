package dev.concord.align;

import dev.concord.markdown.Block;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds blocks that one variant merged into a neighbour: the aligner pairs one block with one
 * block, so a paragraph that carries the text of two of another variant's (real posts: a
 * machine translation joining three letters' paragraphs into one, a reference list written as one
 * sentence, a signature's two lines kept in one HTML block) pairs with one of them and leaves the
 * others unpaired. Such an unpaired block is not missing: it is marked as merged into the
 * paragraph, which its length and anchors show — the pair is too unequal in length alone
 * (Gale and Church's length model) and comes within the tolerance with the neighbours added,
 * and the neighbours' names, numbers, links, code and terms are in the merged paragraph.
 */
final class Merges {
    /** How many unpaired blocks on each side of a pair may have been merged into it. */
    private static final int REACH = 8;

    private Merges() {}

    static List<BlockPair> mark(List<BlockPair> pairs, List<Block> a, List<Block> b, List<Set<String>> fa,
                                List<Set<String>> fb, int[] la, int[] lb, boolean[] na, boolean[] nb) {
        Map<Block, Block> into = new IdentityHashMap<>();
        absorb(pairs, true, index(a), index(b), fa, fb, la, lb, na, into);
        absorb(pairs, false, index(b), index(a), fb, fa, lb, la, nb, into);
        if (into.isEmpty()) return pairs;
        List<BlockPair> out = new ArrayList<>(pairs.size());
        for (BlockPair p : pairs) {
            Block lone = p.matched() ? null : p.left() != null ? p.left() : p.right();
            Block host = lone == null ? null : into.get(lone);
            out.add(host == null ? p : new BlockPair(p.left(), p.right(), host));
        }
        return out;
    }

    /**
     * Blocks of one side ({@code left}: the left variant's) that no block of the other took, merged
     * into the other side's block of an adjacent pair. {@code idx}/{@code f}/{@code l}/{@code note}
     * describe this side's blocks, {@code oIdx}/{@code of}/{@code ol} the other side's.
     */
    private static void absorb(List<BlockPair> pairs, boolean left, Map<Block, Integer> idx, Map<Block, Integer> oIdx,
                               List<Set<String>> f, List<Set<String>> of, int[] l, int[] ol, boolean[] note,
                               Map<Block, Block> into) {
        List<BlockPair> seq = new ArrayList<>(); // this side's blocks in order, each with its pair
        for (BlockPair p : pairs) if (own(p, left) != null) seq.add(p);
        for (int t = 0; t < seq.size(); t++) {
            BlockPair host = seq.get(t);
            if (!host.matched()) continue;
            Block x = own(host, left), m = left ? host.right() : host.left();
            if (!Aligner.proseLike(x.kind()) || !Aligner.proseLike(m.kind())) continue;
            int ix = idx.get(x), im = oIdx.get(m);
            int lx = l[ix]; // with what the aligner already merged into m beside x
            for (BlockPair p : seq) if (!p.matched() && p.mergedInto() == m) lx += l[idx.get(own(p, left))];
            double alone = ratio(ol[im], lx);
            // When the pair's lengths fit, length says nothing: only neighbours whose own links,
            // numbers, code or terms are in m (a reference list written as one sentence) were merged.
            // A pair the aligner already merged a block into was unequal alone: lengths still decide.
            boolean lengthsFit = ratio(ol[im], l[ix]) <= Aligner.LENGTH_TOLERANCE || ol[im] <= l[ix]
                    || (lx == l[ix] && alone <= Aligner.LENGTH_TOLERANCE);
            List<Block> before = chain(seq, t, -1, left, idx, f, m, of.get(im), f.get(ix), note, into);
            List<Block> after = chain(seq, t, +1, left, idx, f, m, of.get(im), f.get(ix), note, into);
            int evidentBefore = evidenced(before, idx, f, of.get(im), f.get(ix)), evidentAfter = evidenced(after, idx, f, of.get(im), f.get(ix));
            int bestI = 0, bestJ = 0;
            double best = lengthsFit ? Double.MAX_VALUE : alone;
            int sumBefore = 0;
            for (int i = 0; i <= before.size(); i++) {
                if (i > 0) sumBefore += l[idx.get(before.get(i - 1))];
                int sumAfter = 0;
                for (int j = 0; j <= after.size(); j++) {
                    if (j > 0) sumAfter += l[idx.get(after.get(j - 1))];
                    if (i + j == 0) continue;
                    double r = ratio(ol[im], lx + sumBefore + sumAfter);
                    if (r > Aligner.LENGTH_TOLERANCE) continue; // even merged they do not fit: a real gap
                    if (lengthsFit) {
                        if (i > evidentBefore || j > evidentAfter) continue;
                        if (i + j > bestI + bestJ || (i + j == bestI + bestJ && r < best)) { best = r; bestI = i; bestJ = j; }
                    } else if (r < best) {
                        best = r; bestI = i; bestJ = j;
                    }
                }
            }
            for (int i = 0; i < bestI; i++) into.put(before.get(i), m);
            for (int j = 0; j < bestJ; j++) into.put(after.get(j), m);
        }
    }

    /**
     * The unpaired blocks next to {@code seq[t]} going in direction {@code step}, nearest first, up
     * to the first that cannot have been merged: a heading, table row or code block, a note about
     * one variant, one already merged elsewhere, or one whose own anchors the merged block lacks
     * (blocks the aligner already merged into the same block are passed over).
     */
    private static List<Block> chain(List<BlockPair> seq, int t, int step, boolean left, Map<Block, Integer> idx,
                                     List<Set<String>> f, Block host, Set<String> merged, Set<String> paired, boolean[] note,
                                     Map<Block, Block> into) {
        List<Block> out = new ArrayList<>();
        for (int k = t + step; k >= 0 && k < seq.size() && out.size() < REACH; k += step) {
            BlockPair p = seq.get(k);
            if (p.mergedInto() == host) continue; // the aligner merged it already: look past it
            if (p.matched() || p.mergedInto() != null) break;
            Block y = own(p, left);
            int iy = idx.get(y);
            if (!Aligner.proseLike(y.kind()) || note[iy] || into.containsKey(y) || !carried(f.get(iy), paired, merged)) break;
            out.add(y);
        }
        return out;
    }

    /**
     * The anchors that identify a block's content in any language (links, code, glossary terms,
     * numbers; not capitalised English words, which a Chinese block never has) that it adds to
     * its paired neighbour: at least half of them are in the merged block.
     */
    static boolean carried(Set<String> own, Set<String> paired, Set<String> merged) {
        int added = 0, found = 0;
        for (String anchor : own) {
            if (!identifying(anchor) || paired.contains(anchor)) continue;
            added++;
            if (merged.contains(anchor)) found++;
        }
        return 2 * found >= added;
    }

    /**
     * As {@link #carried(Set, Set, Set)} with nothing paired, from the block's identifying anchors
     * found beforehand: the aligner asks it for every cell of its table.
     */
    static boolean carried(String[] identifyingOwn, Set<String> merged) {
        int found = 0;
        for (String anchor : identifyingOwn) if (merged.contains(anchor)) found++;
        return 2 * found >= identifyingOwn.length;
    }

    /** The anchors of {@code own} that identify content (see {@link #carried(Set, Set, Set)}). */
    static String[] identifying(Set<String> own) {
        List<String> out = new ArrayList<>();
        for (String anchor : own) if (identifying(anchor)) out.add(anchor);
        return out.toArray(new String[0]);
    }

    /** How many of the chain's blocks, nearest first, show by their own anchors that they are in the merged block. */
    private static int evidenced(List<Block> chain, Map<Block, Integer> idx, List<Set<String>> f, Set<String> merged,
                                 Set<String> paired) {
        int n = 0;
        for (Block y : chain) {
            int added = 0, found = 0;
            for (String anchor : f.get(idx.get(y))) {
                if (!identifying(anchor) || paired.contains(anchor)) continue;
                added++;
                if (merged.contains(anchor)) found++;
            }
            if (found == 0 || 2 * found < added) break;
            n++;
        }
        return n;
    }

    private static boolean identifying(String anchor) {
        if (anchor.startsWith("L:") || anchor.startsWith("C:") || anchor.startsWith("K:") || anchor.startsWith("T:")) return true;
        for (int i = 0; i < anchor.length(); i++) if (Character.isDigit(anchor.charAt(i))) return true;
        return false;
    }

    private static double ratio(int x, int y) {
        return Math.abs(Math.log((double) (x + Aligner.LENGTH_SMOOTHING) / (y + Aligner.LENGTH_SMOOTHING)));
    }

    private static Block own(BlockPair p, boolean left) {
        return left ? p.left() : p.right();
    }

    private static Map<Block, Integer> index(List<Block> blocks) {
        Map<Block, Integer> m = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) m.put(blocks.get(i), i);
        return m;
    }
}
