package dev.concord.glossary;

import dev.concord.model.Lang;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Text a term carries for the whole concept and/or per variant: a definition, a part of speech, a
 * note. Terminology tools (TBX) keep such text at the concept, the language or the term level;
 * concord keeps the concept and the language levels, which is what a glossary file can say
 * ({@code key: text}, or {@code key: {all: …, en: …, hant: …}}).
 *
 * @param all    the concept's text, or null
 * @param byLang per variant
 */
public record LangText(String all, Map<Lang, String> byLang) {
    public static final LangText NONE = new LangText(null, Map.of());

    public LangText {
        byLang = Collections.unmodifiableMap(byLang.isEmpty() ? Map.of() : new EnumMap<>(byLang));
    }

    public static LangText of(String all) {
        return all == null || all.isBlank() ? NONE : new LangText(all, Map.of());
    }

    public static LangText of(Map<Lang, String> byLang) {
        return byLang.isEmpty() ? NONE : new LangText(null, byLang);
    }

    public static LangText of(String all, Map<Lang, String> byLang) {
        return (all == null || all.isBlank()) && byLang.isEmpty() ? NONE : new LangText(all == null || all.isBlank() ? null : all, byLang);
    }

    public boolean isEmpty() {
        return all == null && byLang.isEmpty();
    }

    /** The text for one variant: its own, else the concept's, else null. */
    public String in(Lang lang) {
        return byLang.getOrDefault(lang, all);
    }
}
