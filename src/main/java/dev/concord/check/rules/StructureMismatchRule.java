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
            for (int i = 0; i < rows.size(); i++) {
                BlockPair row = rows.get(i);
                if (row.matched()) continue;
                boolean leftHas = row.left() != null;
                Lang has = leftHas ? pair[0] : pair[1], lacks = leftHas ? pair[1] : pair[0];
                Block extra = leftHas ? row.left() : row.right();
                int at = gapOffset(post, rows, i, !leftHas, lacks);
                out.add(post.at(this, lacks, at, at)
                        .message(lacks.key() + " lacks a " + name(extra) + " that " + has.key() + " has at line "
                                + post.variant(has).doc().source().line(extra.span().start()))
                        .related(post.location(has, extra.span().start()))
                        .build());
            }
        }
    }

    /** Offset in the lacking variant where the missing block would stand. */
    private static int gapOffset(PostContext post, List<BlockPair> rows, int i, boolean lacksIsLeft, Lang lacks) {
        for (int k = i + 1; k < rows.size(); k++) {
            Block b = lacksIsLeft ? rows.get(k).left() : rows.get(k).right();
            if (b != null) return b.span().start();
        }
        for (int k = i - 1; k >= 0; k--) {
            Block b = lacksIsLeft ? rows.get(k).left() : rows.get(k).right();
            if (b != null) return b.span().end() > b.span().start() ? b.span().end() - 1 : b.span().start();
        }
        return 0;
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
