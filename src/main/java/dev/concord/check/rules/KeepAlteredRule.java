package dev.concord.check.rules;

import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.Severity;
import dev.concord.check.Variant;
import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import java.util.List;

/**
 * A keep term written another way: case, spacing or hyphenation ({@code Yi-lightning},
 * {@code Yi Lightning}). Translations of a keep term are the glossary's {@code avoid} entries
 * (term-forbidden). Inside code the lowercase form is legitimate (a model id), and code is not prose.
 */
public final class KeepAlteredRule implements Rule {
    @Override public String id() { return "keep-altered"; }
    @Override public String description() { return "A keep term appears altered: other case, spacing or hyphenation (Yi-lightning, Yi Lightning)."; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            String text = v.doc().text();
            for (Block b : v.doc().blocks()) {
                for (TermMatch m : post.terms().in(v.lang(), text, b)) {
                    if (m.kind() != TermMatch.Kind.KEEP_ALTERED) continue;
                    out.add(post.at(this, v.lang(), m.start(), m.end()).term(m.term().id()).found(m.found())
                            .expected(m.term().keep())
                            .message("'" + m.found() + "' is an altered form of the keep term '" + m.term().keep() + "'")
                            .build());
                }
            }
        }
    }
}
