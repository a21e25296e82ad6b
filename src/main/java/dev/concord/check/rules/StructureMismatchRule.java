package dev.concord.check.rules;

import dev.concord.check.Vote;
import dev.concord.align.BlockPair;
import dev.concord.align.Row;
import dev.concord.align.VariantNote;
import java.util.EnumMap;
import java.util.Map;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.model.Lang;
import java.util.List;
import java.util.Locale;

/**
 * A block that one variant has and another lacks (the aligner left it unpaired). Reported on the
 * variant that lacks it, where the gap is: at the next paired block, or the end of the file.
 * Also blocks that are paired but shaped differently: a heading of another level, a list item
 * nested at another depth, a paragraph that another variant made a list item. The shape most
 * variants share is expected (on a tie, hant's, then hans's).
 */
@RuleInfo(id = "structure-mismatch", severity = Severity.ERROR,
        summary = "The variants have a different block structure: a missing or extra heading, paragraph, list item, table row or code block.",
        details = "A heading, paragraph, list item, table row or code block that one variant has and another lacks, reported where the gap is; or paired blocks of another shape (heading level, list nesting, a paragraph made a list item). A block another variant merged into a neighbouring paragraph (lengths that add up, or its links, numbers, code and terms in that paragraph) is not missing.",
        examples = {"a paragraph hant and en have and hans lacks", "a ## heading that is ### in one variant"})
public final class StructureMismatchRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        checkShapes(post, out);
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
                if (VariantNote.is(post.variant(has).doc(), extra)) continue; // the others have no reason to carry it
                if (row.mergedInto() != null) continue; // its text is in the other variant's neighbouring block
                // An HTML block takes part in alignment for its text; markup one variant adds is no gap.
                if (extra.kind() == BlockKind.HTML) continue;
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

    private void checkShapes(PostContext post, List<Finding> out) {
        for (Row row : post.rows()) {
            if (row.size() < 2) continue;
            Map<Lang, String> ballots = new EnumMap<>(Lang.class);
            row.blocks().forEach((l, b) -> ballots.put(l, shape(b)));
            // a step written as a paragraph (第 1 步：…) where another variant has the list's item
            if (ballots.containsValue("LIST_ITEM 1")) {
                row.blocks().forEach((l, b) -> { if (stepParagraph(post, l, b)) ballots.put(l, "LIST_ITEM 1"); });
            }
            Vote<String> vote = Vote.of(ballots);
            if (vote.unanimous()) continue;
            String expected = vote.value();
            Lang reference = vote.holder();
            Block want = row.blocks().get(reference);
            for (var e : row.blocks().entrySet()) {
                if (ballots.get(e.getKey()).equals(expected)) continue;
                Block b = e.getValue();
                out.add(post.at(this, e.getKey(), b.span().start(), b.span().start())
                        .expected(describe(want)) // no found: a block's shape is not text on the line
                        .message("this " + describe(b) + " is a " + describe(want) + " in " + reference.key())
                        .related(post.location(reference, want.span().start())).build());
            }
        }
    }

    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile(
            "(?:第 ?[0-9一二三四五六七八九十]+ ?步|步[骤驟] ?[0-9一二三四五六七八九十]+|Step \\d+)\\s*[:：]");

    /**
     * A paragraph that starts with its step's number (第 1 步：, 步驟一：, "Step 1:") is a numbered
     * list's item written out, as translators write steps either way.
     */
    private static boolean stepParagraph(PostContext post, Lang lang, Block b) {
        if (b.kind() != BlockKind.PARAGRAPH || b.prose().isEmpty()) return false;
        String text = post.variant(lang).doc().text();
        int from = b.prose().get(0).start();
        return STEP.matcher(text).region(from, Math.min(text.length(), from + 16)).lookingAt();
    }

    /** Kind plus what must agree across variants: the level of a heading, the depth of a list item. */
    private static String shape(Block b) {
        return switch (b.kind()) {
            case HEADING, LIST_ITEM -> b.kind().name() + " " + b.level();
            case HTML -> BlockKind.PARAGRAPH.name(); // its text is a paragraph another variant may write plainly
            default -> b.kind().name();
        };
    }

    private static String describe(Block b) {
        return switch (b.kind()) {
            case HEADING -> "level-" + b.level() + " heading";
            case LIST_ITEM -> "list item at depth " + b.level();
            default -> name(b);
        };
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
            case HTML -> "HTML block";
            default -> b.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
