package dev.concord.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which front matter keys the variants of a post may disagree on ({@code frontmatter:} in
 * concord.yaml). Per-variant keys hold translated text ({@code title}) or say how the file was
 * made ({@code translated}, {@code generated}, {@code translator}…); every other key must agree.
 * {@code per-variant} adds keys to the default list, {@code must-agree} takes keys out of it.
 *
 * @param perVariant keys never compared across variants
 */
public record FrontMatterKeys(Set<String> perVariant) {
    public static final List<String> DEFAULT_PER_VARIANT = List.of("title", "lang", "description", "excerpt",
            "summary", "subtitle", "permalink", "tags", "categories", "keywords", "author", "authors",
            "translated", "generated", "original", "translator", "canonical_url");

    public static final FrontMatterKeys DEFAULT = new FrontMatterKeys(Set.copyOf(DEFAULT_PER_VARIANT));

    /** The defaults with {@code perVariant} added and {@code mustAgree} removed. */
    public static FrontMatterKeys of(List<String> perVariant, List<String> mustAgree) {
        Set<String> keys = new LinkedHashSet<>(DEFAULT_PER_VARIANT);
        keys.addAll(perVariant);
        mustAgree.forEach(keys::remove);
        return new FrontMatterKeys(Set.copyOf(keys));
    }

    public boolean mayDiffer(String key) {
        return perVariant.contains(key);
    }
}
