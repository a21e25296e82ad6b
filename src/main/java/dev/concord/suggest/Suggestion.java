package dev.concord.suggest;

import dev.concord.model.Lang;
import java.util.List;
import java.util.Map;

/**
 * One candidate glossary term found in the blog.
 *
 * @param key          the normalised English form (lower case, singular): what groups occurrences
 * @param en           the English form as most often written, singular
 * @param posts        posts whose English variant uses it
 * @param occurrences  occurrences in the English variants
 * @param renderings   per Chinese variant, the renderings found in the aligned blocks, most used first
 * @param inconsistent the blog renders it more than one way: two renderings in one variant, or hant
 *                     and hans renderings that are not script conversions of each other
 * @param keep         the Latin form is what both Chinese variants mostly use
 * @param glossaryId   the glossary term it already is, or null; then only renderings the glossary
 *                     does not accept are of interest
 * @param termhood     how much it looks like a glossary term ({@link Termhood}): what the ranking sorts by
 */
public record Suggestion(String key, String en, Kind kind, int posts, int occurrences, Map<Lang, List<Rendering>> renderings,
                         boolean inconsistent, boolean keep, String glossaryId,
                         double termhood) {

    /** A name (capitalised, or kept in Latin letters), a phrase of several words, or a single word. */
    public enum Kind { NAME, PHRASE, WORD }

    /**
     * One way the term is rendered in one variant.
     *
     * @param blocks   aligned blocks that use it where the English block has the term
     * @param posts    slugs of those blocks' posts, sorted
     * @param accepted whether the glossary term ({@link Suggestion#glossaryId}) accepts it; false without one
     */
    public record Rendering(String text, int blocks, List<String> posts, boolean accepted) {}

    public List<Rendering> renderings(Lang lang) {
        return renderings.getOrDefault(lang, List.of());
    }

    /** The most used rendering in a variant, or null. */
    public String preferred(Lang lang) {
        List<Rendering> r = renderings(lang);
        return r.isEmpty() ? null : r.get(0).text();
    }
}
