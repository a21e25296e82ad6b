package dev.concord.glossary;

/**
 * A glossary term found in text. Offsets are relative to the string given to the matcher.
 *
 * @param kind  ACCEPTED: one of the variant's accepted renderings (or the keep string as written);
 *              AVOID: one of its avoid renderings; KEEP_ALTERED: a keep term in another case,
 *              spacing or hyphenation; FOREIGN: an accepted rendering of another variant that
 *              is not accepted here (e.g. a hans rendering inside hant text)
 * @param found the text as it appears
 */
public record TermMatch(Term term, Kind kind, String found, int start, int end) {
    public enum Kind { ACCEPTED, AVOID, KEEP_ALTERED, FOREIGN }
}
