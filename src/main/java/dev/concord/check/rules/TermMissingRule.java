package dev.concord.check.rules;

import dev.concord.align.Row;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.Severity;
import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A glossary term occurs in one variant's block but none of its accepted renderings occurs in the
 * aligned block of another variant. Reported on the variant that lacks it, at its block, with the
 * occurrence in the other variant as related location. A variant that uses an avoid rendering or
 * an altered keep form is left to term-forbidden / keep-altered (one defect, one finding).
 */
public final class TermMissingRule implements Rule {
    @Override public String id() { return "term-missing"; }
    @Override public String description() { return "A glossary term in one variant's block has none of its accepted renderings in the aligned block of another variant."; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Row row : post.rows()) {
            if (row.size() < 2) continue;
            Map<Lang, Map<String, TermMatch>> accepted = new EnumMap<>(Lang.class);
            Map<Lang, Map<String, TermMatch>> touched = new EnumMap<>(Lang.class); // any occurrence, even wrong
            row.blocks().forEach((lang, b) -> {
                Map<String, TermMatch> acc = new LinkedHashMap<>(), any = new LinkedHashMap<>();
                for (TermMatch m : post.terms().in(lang, post.variant(lang).doc().text(), b)) {
                    any.putIfAbsent(m.term().id(), m);
                    if (m.kind() == TermMatch.Kind.ACCEPTED) acc.putIfAbsent(m.term().id(), m);
                }
                accepted.put(lang, acc);
                touched.put(lang, any);
            });
            for (var e : row.blocks().entrySet()) {
                Lang lang = e.getKey();
                Block block = e.getValue();
                for (var other : accepted.entrySet()) {
                    if (other.getKey() == lang) continue;
                    for (TermMatch m : other.getValue().values()) {
                        Term t = m.term();
                        if (touched.get(lang).containsKey(t.id())) continue;
                        if (t.accepted(lang).isEmpty()) continue; // the term has no rendering in this variant
                        out.add(post.at(this, lang, block.span().start(), block.span().start())
                                .term(t.id()).expected(t.preferred(lang))
                                .message("term '" + t.id() + "' (" + other.getKey().key() + ": " + m.found() + ") has no "
                                        + lang.key() + " rendering here; expected " + String.join(" or ", t.accepted(lang)))
                                .related(post.location(other.getKey(), m.start()))
                                .build());
                    }
                }
            }
        }
    }
}
