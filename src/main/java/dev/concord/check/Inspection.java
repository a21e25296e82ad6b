package dev.concord.check;

import dev.concord.align.Row;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * One post as checked: its parsed variants, their alignment and term matches (in the context,
 * computed once and kept) and its findings. Views that show the text (the HTML report, diff) read
 * it instead of running the rules again.
 */
public record Inspection(PostContext context, List<Finding> findings) {

    /** Findings of variant {@code lang} on the lines of block {@code b}, in report order. */
    public List<Finding> in(Lang lang, Block b) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) if (f.variant() == lang && covers(b, f)) out.add(f);
        return out;
    }

    /** Findings located inside one of the row's blocks, in report order. */
    public List<Finding> in(Row row) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Block b = f.variant() == null ? null : row.blocks().get(f.variant());
            if (b != null && covers(b, f)) out.add(f);
        }
        return out;
    }

    /** The finding is in the block's variant, on one of the block's lines. */
    private boolean covers(Block b, Finding f) {
        Variant v = context.variant(f.variant());
        if (!f.file().equals(v.path())) return false;
        SourceText src = v.doc().source();
        return f.line() >= src.line(b.span().start()) && f.line() <= src.line(Math.max(b.span().start(), b.span().end() - 1));
    }
}
