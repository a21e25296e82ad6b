package dev.concord.convert;

import dev.concord.glossary.TermMatch;
import dev.concord.model.Lang;
import java.util.List;

/**
 * Where conversion learns about glossary terms: the occurrences of terms in a piece of prose
 * written in variant {@code lang}, offsets relative to {@code text}. The glossary matcher
 * ({@code dev.concord.glossary.TermMatcher}) is the real implementation, wired as
 * {@code (text, lang) -> matcherFor(lang).find(text)}; {@link GlossaryTermSource} is a plain
 * substring stand-in. Matches may overlap; the converter keeps the leftmost-longest.
 */
@FunctionalInterface
public interface TermSource {
    List<TermMatch> find(String text, Lang lang);

    static TermSource none() {
        return (text, lang) -> List.of();
    }
}
