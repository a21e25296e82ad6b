package dev.concord.check.rules;

import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
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
@RuleInfo(id = "term-forbidden", severity = Severity.ERROR,
        summary = "An avoid rendering of a glossary term (or the other script's rendering) is used instead of the preferred one.",
        details = "An `avoid` rendering (规模定律, 深言科技 for DeepSeek), or a Han rendering only the other Chinese variant accepts, in prose or in the front matter `title:`.",
        fix = "the preferred rendering",
        examples = {"hans 规模定律 where the glossary lists it under avoid and prefers 规模法则"})
public final class TermForbiddenRule implements Rule {
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
