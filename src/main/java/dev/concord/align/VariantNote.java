package dev.concord.align;

import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.markdown.Document;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A note about one variant itself, which the other variants have no reason to carry: a paragraph
 * wholly in emphasis, set off from the body by a thematic break, before the first or after the
 * last block of the body. Real posts put "*This post was translated by …*" then {@code ---} at
 * the top of a translation; an "*Originally published at …*" footer is the same kind of block.
 * Such a note pairs only with another note, so it never shifts the rows of the body.
 */
public final class VariantNote {
    /** One emphasis span ({@code *…*}, {@code _…_}, or strong) around the whole paragraph. */
    private static final Pattern WHOLLY_EMPHASIS = Pattern.compile("(\\*{1,2}|_{1,2})[^*_\\s][^*_]*(?<!\\s)\\1");

    private VariantNote() {}

    public static boolean is(Document doc, Block b) {
        if (b.kind() != BlockKind.PARAGRAPH) return false;
        String t = doc.text().substring(b.span().start(), b.span().end()).strip();
        if (!WHOLLY_EMPHASIS.matcher(t).matches()) return false;
        List<Block> all = doc.blocks();
        int i = doc.indexOf(b);
        if (i < 0) return false;
        boolean bodyBefore = false, bodyAfter = false;
        for (int k = 0; k < i; k++) bodyBefore |= all.get(k).kind().structural();
        for (int k = i + 1; k < all.size(); k++) bodyAfter |= all.get(k).kind().structural();
        boolean breakAfter = i + 1 < all.size() && all.get(i + 1).kind() == BlockKind.THEMATIC_BREAK;
        boolean breakBefore = i > 0 && all.get(i - 1).kind() == BlockKind.THEMATIC_BREAK;
        return (!bodyBefore && breakAfter) || (!bodyAfter && breakBefore);
    }
}
