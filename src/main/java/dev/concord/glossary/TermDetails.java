package dev.concord.glossary;

import dev.concord.model.Lang;
import java.util.Map;

/**
 * What a term says about itself besides its renderings, in the data categories terminology tools
 * exchange (TBX): kept so that a glossary imported from such a tool and exported again loses
 * nothing. None of it changes how terms are matched.
 *
 * @param sourceId     the concept's id in the file it was imported from ({@code c101}), when that
 *                     is not the term's id; written back as the concept's id on export
 * @param subject      the subject field ("machine learning"), or null
 * @param definition   what the term means, for the concept or per variant
 * @param partOfSpeech noun, verb, properNoun… for the concept or per variant
 * @param notes        per-variant notes (the concept's own note is {@link Term#note()})
 */
public record TermDetails(String sourceId, String subject, LangText definition, LangText partOfSpeech, Map<Lang, String> notes) {
    public static final TermDetails NONE = new TermDetails(null, null, LangText.NONE, LangText.NONE, Map.of());

    public TermDetails {
        notes = Map.copyOf(notes);
    }

    /**
     * One part of speech for the whole term when every variant the term has gives the same one: TBX
     * keeps it on each term, so the two spellings are one fact and must compare equal.
     */
    TermDetails withPartOfSpeechFolded(java.util.Set<Lang> variants) {
        Map<Lang, String> per = partOfSpeech.byLang();
        if (partOfSpeech.all() != null || per.isEmpty() || !per.keySet().equals(variants) || new java.util.HashSet<>(per.values()).size() != 1) {
            return this;
        }
        return new TermDetails(sourceId, subject, definition, LangText.of(per.values().iterator().next()), notes);
    }

    public boolean isEmpty() {
        return sourceId == null && subject == null && definition.isEmpty() && partOfSpeech.isEmpty() && notes.isEmpty();
    }
}
