package dev.concord.check.rules;

import dev.concord.align.BlockPair;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.Severity;
import dev.concord.markdown.Block;
import dev.concord.markdown.Link;
import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.List;

/** Link and image targets of aligned blocks differ: each target one side lacks is reported there. */
public final class LinkMismatchRule implements Rule {
    @Override public String id() { return "link-mismatch"; }
    @Override public String description() { return "Link and image targets of aligned blocks differ."; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Lang[] pair : post.pairs()) {
            for (BlockPair row : post.alignment(pair[0], pair[1])) {
                if (!row.matched()) continue;
                report(post, pair[0], row.left(), pair[1], row.right(), out);
                report(post, pair[1], row.right(), pair[0], row.left(), out);
            }
        }
    }

    /** Targets of {@code other} that {@code block} lacks, reported on {@code block}. */
    private void report(PostContext post, Lang lang, Block block, Lang otherLang, Block other, List<Finding> out) {
        List<String> mine = new ArrayList<>();
        for (Link l : block.links()) mine.add(normalise(l.destination()));
        List<Link> unmatched = new ArrayList<>();
        for (Link l : other.links()) {
            if (!mine.remove(normalise(l.destination()))) unmatched.add(l);
        }
        if (unmatched.isEmpty()) return;
        // Point at a link of ours that the other side lacks (the likely changed one), else the block.
        List<Link> extra = new ArrayList<>(block.links());
        List<String> theirs = new ArrayList<>();
        for (Link l : other.links()) theirs.add(normalise(l.destination()));
        extra.removeIf(l -> theirs.remove(normalise(l.destination())));
        for (int i = 0; i < unmatched.size(); i++) {
            Link l = unmatched.get(i);
            Link at = i < extra.size() ? extra.get(i) : null;
            int s = at != null ? at.span().start() : block.span().start();
            int e = at != null ? at.span().end() : block.span().start();
            out.add(post.at(this, lang, s, e)
                    .message((l.image() ? "image " : "link ") + "target " + l.destination() + " is missing here"
                            + (at != null ? " (this block has " + at.destination() + " instead)" : ""))
                    .expected(l.destination()).found(at != null ? at.destination() : null)
                    .related(post.location(otherLang, l.span().start()))
                    .build());
        }
    }

    /** Angle brackets and surrounding spaces are syntax, not part of the target. */
    static String normalise(String d) {
        String s = d.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        return s;
    }
}
