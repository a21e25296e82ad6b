package dev.concord.check.rules;

import dev.concord.align.Row;
import dev.concord.check.Consensus;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.Severity;
import dev.concord.markdown.Block;
import dev.concord.markdown.Link;
import dev.concord.model.Lang;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Link and image targets of aligned blocks differ. With three variants the one that differs from
 * the two others is reported (a changed target: "has X instead of Y"); with two, the side that
 * lacks a target.
 */
public final class LinkMismatchRule implements Rule {
    @Override public String id() { return "link-mismatch"; }
    @Override public String description() { return "Link and image targets of aligned blocks differ."; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Row row : post.rows()) {
            if (row.size() < 2) continue;
            Map<Lang, List<Link>> items = new EnumMap<>(Lang.class);
            row.blocks().forEach((l, b) -> items.put(l, b.links()));
            var diffs = Consensus.of(items, (Link l) -> normalise(l.destination()));
            diffs.forEach((lang, d) -> report(post, lang, row.blocks().get(lang), d, row.size(), out));
        }
    }

    private void report(PostContext post, Lang lang, Block block, Consensus.Diff<Link> d, int n, List<Finding> out) {
        for (int i = 0; i < d.missing().size(); i++) {
            Link want = d.missing().get(i);
            Link at = i < d.extra().size() ? d.extra().get(i) : null;
            int s = at != null ? at.span().start() : block.span().start();
            int e = at != null ? at.span().end() : block.span().start();
            out.add(post.at(this, lang, s, e)
                    .message(at != null
                            ? kind(want) + " target " + at.destination() + " differs from " + d.missingFrom().get(i).key() + "'s " + want.destination()
                            : kind(want) + " target " + want.destination() + " is missing here")
                    .expected(want.destination()).found(at != null ? at.destination() : null)
                    .related(post.location(d.missingFrom().get(i), want.span().start()))
                    .build());
        }
        if (n < 3) return; // with two variants an extra on one side is the other's missing: reported there
        for (int i = d.missing().size(); i < d.extra().size(); i++) {
            Link at = d.extra().get(i);
            out.add(post.at(this, lang, at.span().start(), at.span().end())
                    .message(kind(at) + " target " + at.destination() + " is not in the other variants")
                    .found(at.destination()).build());
        }
    }

    private static String kind(Link l) {
        return l.image() ? "image" : "link";
    }

    /** Angle brackets and surrounding spaces are syntax, not part of the target. */
    static String normalise(String d) {
        String s = d.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        return s;
    }
}
