package dev.concord.glossary;

import dev.concord.model.Lang;
import java.util.List;
import java.util.Map;

/**
 * One glossary entry.
 *
 * @param accepted  per variant, the accepted renderings; the first is the preferred one. For a
 *                  keep term every variant holds just the keep string.
 * @param avoid     per variant, renderings that must not be used (may be empty)
 * @param keep      the keep string (identical in every variant, case-exact), or null
 * @param caseExact Latin renderings match case-sensitively (always true for keep terms)
 * @param note      the concept's note for translators, or null
 * @param file      the glossary file it came from (for messages), @param line its 1-based line
 * @param details   definition, subject, part of speech, per-variant notes, source id (never null)
 */
public record Term(String id, Map<Lang, List<String>> accepted, Map<Lang, List<String>> avoid, String keep,
                   boolean caseExact, String note, String file, int line, TermDetails details) {

    public Term {
        if (details == null) details = TermDetails.NONE;
        if (!details.partOfSpeech().byLang().isEmpty()) {
            java.util.Set<Lang> variants = java.util.EnumSet.noneOf(Lang.class);
            accepted.forEach((l, r) -> { if (!r.isEmpty()) variants.add(l); });
            avoid.forEach((l, r) -> { if (!r.isEmpty()) variants.add(l); });
            details = details.withPartOfSpeechFolded(variants);
        }
    }

    /** A term with no details beyond its note. */
    public Term(String id, Map<Lang, List<String>> accepted, Map<Lang, List<String>> avoid, String keep,
                boolean caseExact, String note, String file, int line) {
        this(id, accepted, avoid, keep, caseExact, note, file, line, TermDetails.NONE);
    }

    public boolean isKeep() {
        return keep != null;
    }

    public List<String> accepted(Lang lang) {
        return accepted.getOrDefault(lang, List.of());
    }

    public List<String> avoid(Lang lang) {
        return avoid.getOrDefault(lang, List.of());
    }

    /** The preferred rendering in a variant, or null when the term has none there. */
    public String preferred(Lang lang) {
        List<String> a = accepted(lang);
        return a.isEmpty() ? null : a.get(0);
    }
}
