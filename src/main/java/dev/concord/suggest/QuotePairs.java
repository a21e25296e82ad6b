package dev.concord.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted phrases of a block and its translation, paired in order. A term the English puts in
 * quotation marks ("scaling laws") is nearly always quoted in the translation too (“规模定律”,
 * 「規模法則」), so when both blocks quote the same number of phrases the k-th quotes render each
 * other. This is direct evidence from one block, where co-occurrence statistics need several.
 */
final class QuotePairs {
    private QuotePairs() {}

    /** The zh quote paired with the en quote whose candidate key is {@code key}, or null. */
    static String renderingOf(String key, String en, String zh) {
        return pairs(en, zh).get(key);
    }

    /** By candidate key of each quoted English phrase, the zh quote paired with it (the first, if quoted twice). */
    static java.util.Map<String, String> pairs(String en, String zh) {
        List<String> a = quoted(en);
        if (a.isEmpty()) return java.util.Map.of();
        List<String> b = quoted(zh);
        if (a.size() != b.size()) return java.util.Map.of();
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            String r = b.get(i).strip();
            if (a.get(i).isBlank() || r.isEmpty() || r.length() > MAX_RENDERING) continue;
            out.putIfAbsent(EnglishCandidates.key(a.get(i)), r);
        }
        return out;
    }

    /** A quoted rendering longer than this is a quoted sentence, not a term. */
    static final int MAX_RENDERING = 16;

    /** Contents of “…”, "…", 「…」 and 『…』 on one line, in order. */
    static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            char open = text.charAt(i);
            char close = switch (open) {
                case '“' -> '”';
                case '「' -> '」';
                case '『' -> '』';
                case '"' -> '"';
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && text.charAt(j) != close && text.charAt(j) != '\n') j++;
            if (j < n && text.charAt(j) == close) {
                out.add(text.substring(i + 1, j));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
