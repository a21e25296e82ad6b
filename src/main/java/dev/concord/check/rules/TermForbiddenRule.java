package dev.concord.check.rules;

import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.glossary.TermMatch;
import dev.concord.script.ScriptChars;
import java.util.List;

/**
 * An {@code avoid} rendering is used; fixed by the preferred rendering. A rendering that only the
 * other Chinese variant accepts (芯片 in hant when hant says 晶片) is reported the same way unless
 * it contains characters of the wrong script, which script-mixed already reports.
 */
public final class TermForbiddenRule implements Rule {
    @Override public String id() { return "term-forbidden"; }
    @Override public String description() { return "An avoid rendering of a glossary term (or the other script's rendering) is used instead of the preferred one."; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            for (TermMatch m : post.terms().everywhere(v)) {
                if (m.kind() == TermMatch.Kind.FOREIGN && wrongScript(m.found())) continue;
                if (m.kind() != TermMatch.Kind.AVOID && m.kind() != TermMatch.Kind.FOREIGN) continue;
                String preferred = m.term().preferred(v.lang());
                var f = post.at(this, v.lang(), m.start(), m.end()).term(m.term().id()).found(m.found())
                        .message((m.kind() == TermMatch.Kind.AVOID ? "avoid '" + m.found() + "'"
                                : "'" + m.found() + "' is not the " + v.lang().key() + " rendering")
                                + (preferred != null ? "; use '" + preferred + "'" : "") + " [term " + m.term().id() + "]");
                if (preferred != null) f.expected(preferred).fix(preferred);
                out.add(f.build());
            }
        }
    }

    private static boolean wrongScript(String s) {
        return ScriptChars.indexOfSimplifiedOnly(s, 0, s.length()) >= 0 || ScriptChars.indexOfTraditionalOnly(s, 0, s.length()) >= 0;
    }
}
