package dev.concord.check.rules;

import dev.concord.align.BlockPair;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.Severity;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import java.util.List;
import java.util.Locale;

/**
 * A block that one variant has and another lacks (the aligner left it unpaired). Reported on the
 * variant that lacks it, where the gap is: at the next paired block, or the end of the file.
 */
public final class StructureMismatchRule implements Rule {
    @Override public String id() { return "structure-mismatch"; }
    @Override public String description() { return "The variants have a different block structure: a missing or extra heading, paragraph, list item, table row or code block."; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Lang[] pair : post.pairs()) {
            List<BlockPair> rows = post.alignment(pair[0], pair[1]);
            // Where each side's next block starts, computed once from the end: finding the gap's
            // position by scanning forward per unpaired block was quadratic on a 10 MB file.
            int[] nextLeft = nextStarts(rows, true), nextRight = nextStarts(rows, false);
            int lastLeft = 0, lastRight = 0;
            for (int i = 0; i < rows.size(); i++) {
                BlockPair row = rows.get(i);
                if (row.left() != null) lastLeft = end(row.left());
                if (row.right() != null) lastRight = end(row.right());
                if (row.matched()) continue;
                boolean leftHas = row.left() != null;
                Lang has = leftHas ? pair[0] : pair[1], lacks = leftHas ? pair[1] : pair[0];
                Block extra = leftHas ? row.left() : row.right();
                int next = leftHas ? nextRight[i] : nextLeft[i];
                int at = next >= 0 ? next : (leftHas ? lastRight : lastLeft);
                out.add(post.at(this, lacks, at, at)
                        .message(lacks.key() + " lacks a " + name(extra) + " that " + has.key() + " has at line "
                                + post.variant(has).doc().source().line(extra.span().start()))
                        .related(post.location(has, extra.span().start()))
                        .build());
            }
        }
    }

    /** For each row, the start of the first block at or after it on one side, or -1. */
    private static int[] nextStarts(List<BlockPair> rows, boolean left) {
        int[] next = new int[rows.size()];
        int n = -1;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Block b = left ? rows.get(i).left() : rows.get(i).right();
            if (b != null) n = b.span().start();
            next[i] = n;
        }
        return next;
    }

    /** An offset on the block's last character (a gap at the end of the file points there). */
    private static int end(Block b) {
        return b.span().end() > b.span().start() ? b.span().end() - 1 : b.span().start();
    }

    static String name(Block b) {
        return switch (b.kind()) {
            case HEADING -> "heading";
            case LIST_ITEM -> "list item";
            case TABLE_ROW -> "table row";
            case CODE_BLOCK -> "code block";
            default -> b.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
