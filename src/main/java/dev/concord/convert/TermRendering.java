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
     * <li>an avoided rendering becomes the target's preferred rendering, so conversion never
     *     produces a forbidden term; for a keep term that is the kept string (深言科技 → DeepSeek);</li>
     * <li>keep terms (even altered ones) otherwise stay exactly as written: never converted;</li>
     * <li>an accepted (or foreign) rendering stays if the target accepts it as written (01.AI);
     *     else its script conversion if the target accepts that (an accepted alternative stays
     *     the same alternative); else the target's preferred rendering;</li>
     * <li>Latin text never becomes Han text unless it is, exactly as written, a rendering the
     *     glossary lists for the source variant: the matcher finds Latin renderings regardless of
     *     case, and "Ernie 4.5" in prose is not the product a glossary entry calls ERNIE.</li>
     * </ul>
     */
    static String render(TermMatch m, Lang to, ScriptConverter script) {
        String out = choose(m, to, script);
        if (out == null || hasHan(m.found()) || !hasHan(out)) return out;
        Term t = m.term();
        Lang from = MarkdownConverter.sourceOf(to);
        boolean listed = t.accepted(from).contains(m.found()) || t.avoid(from).contains(m.found());
        return listed ? out : null;
    }

    private static String choose(TermMatch m, Lang to, ScriptConverter script) {
        Term t = m.term();
        if (m.kind() == TermMatch.Kind.AVOID) return t.isKeep() ? t.keep() : t.preferred(to);
        if (t.isKeep() || m.kind() == TermMatch.Kind.KEEP_ALTERED) return m.found();
        String preferred = t.preferred(to);
        if (preferred == null) return null;
        if (t.accepted(to).contains(m.found())) return m.found();
        String converted = script.convert(m.found());
        return t.accepted(to).contains(converted) ? converted : preferred;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
