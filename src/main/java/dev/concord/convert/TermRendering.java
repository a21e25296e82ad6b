package dev.concord.convert;

import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.model.Lang;

/** What a glossary term occurrence becomes in the converted variant. */
final class TermRendering {
    private TermRendering() {}

    /**
     * The text that replaces {@code m} when converting into {@code to}, or null when the term has
     * nothing to say for that variant (then the text is converted like any other prose).
     * <ul>
     * <li>keep terms (even altered ones) stay exactly as written: never converted;</li>
     * <li>an accepted (or foreign) rendering stays if the target accepts it as written (01.AI);
     *     else its script conversion if the target accepts that (an accepted alternative stays
     *     the same alternative); else the target's preferred rendering;</li>
     * <li>an avoided rendering becomes the target's preferred rendering, so conversion never
     *     produces a forbidden term.</li>
     * </ul>
     */
    static String render(TermMatch m, Lang to, ScriptConverter script) {
        Term t = m.term();
        if (t.isKeep() || m.kind() == TermMatch.Kind.KEEP_ALTERED) return m.found();
        String preferred = t.preferred(to);
        if (preferred == null) return null;
        if (m.kind() == TermMatch.Kind.AVOID) return preferred;
        if (t.accepted(to).contains(m.found())) return m.found();
        String converted = script.convert(m.found());
        return t.accepted(to).contains(converted) ? converted : preferred;
    }
}
