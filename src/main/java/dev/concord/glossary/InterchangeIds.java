package dev.concord.glossary;

import dev.concord.model.Lang;
import java.util.Locale;
import java.util.Set;

/** Helpers shared by the CSV and TBX formats (and glossary suggestions): language tags and ids for entries that lack one. */
public final class InterchangeIds {
    private InterchangeIds() {}

    /** The variant of a BCP 47 tag as translators' tools write them, or null for other languages. */
    static Lang langOf(String tag) {
        if (tag == null) return null;
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("hant") || t.startsWith("zh-hant") || t.equals("zh-tw") || t.equals("zh-hk") || t.equals("zh-mo")) {
            return Lang.HANT;
        }
        if (t.equals("hans") || t.startsWith("zh-hans") || t.equals("zh-cn") || t.equals("zh-sg") || t.equals("zh")) {
            return Lang.HANS;
        }
        if (t.equals("en") || t.startsWith("en-")) return Lang.EN;
        return null;
    }

    /** Lowercase ASCII letters and digits, '-' between runs ({@code Scaling Law} → {@code scaling-law}); "" for none or null. */
    public static String slug(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** An id from the English rendering (lowercase, '-' between words), unique among {@code taken}. */
    public static String idFor(String preferredEnglish, int line, Set<String> taken) {
        String base = slug(preferredEnglish);
        if (base.isEmpty()) base = "term-" + line;
        String id = base;
        for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
        return id;
    }
}
