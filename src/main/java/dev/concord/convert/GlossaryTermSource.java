package dev.concord.convert;

import dev.concord.script.ScriptChars;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal {@link TermSource}: plain substring search of every Han rendering (and Han keep
 * string) of the glossary. Only Han renderings matter to conversion, since Latin text is never
 * changed by it, so the word-boundary and inflection rules of the real matcher are not needed
 * here. Replace with the glossary matcher when it is wired in.
 */
public final class GlossaryTermSource implements TermSource {
    private record Rendering(Term term, TermMatch.Kind kind, String text) {}

    private final Glossary glossary;

    public GlossaryTermSource(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public List<TermMatch> find(String text, Lang lang) {
        List<Rendering> renderings = renderings(lang);
        List<TermMatch> out = new ArrayList<>();
        for (Rendering r : renderings) {
            for (int i = text.indexOf(r.text()); i >= 0; i = text.indexOf(r.text(), i + 1)) {
                out.add(new TermMatch(r.term(), r.kind(), r.text(), i, i + r.text().length()));
            }
        }
        return out;
    }

    private List<Rendering> renderings(Lang lang) {
        List<Rendering> out = new ArrayList<>();
        for (Term t : glossary.terms()) {
            if (t.isKeep()) {
                if (ScriptChars.hasHan(t.keep())) out.add(new Rendering(t, TermMatch.Kind.ACCEPTED, t.keep()));
                continue;
            }
            for (String s : t.accepted(lang)) if (ScriptChars.hasHan(s)) out.add(new Rendering(t, TermMatch.Kind.ACCEPTED, s));
            for (String s : t.avoid(lang)) if (ScriptChars.hasHan(s)) out.add(new Rendering(t, TermMatch.Kind.AVOID, s));
            for (Lang other : Lang.values()) {
                if (other == lang || !other.isChinese()) continue;
                for (String s : t.accepted(other)) {
                    if (ScriptChars.hasHan(s) && !t.accepted(lang).contains(s)) out.add(new Rendering(t, TermMatch.Kind.FOREIGN, s));
                }
            }
        }
        return out;
    }
}
