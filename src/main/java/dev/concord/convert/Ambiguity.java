package dev.concord.convert;

import java.util.List;

/**
 * A character the dictionaries gave several candidates for, with nothing around it to decide:
 * no phrase of the dictionaries and no glossary term covered it (发 → 發 髮, 干 → 幹 乾 干 榦), so
 * the converter wrote the first candidate. These are the places a translator should review.
 *
 * @param start      offset of the character in the converted input (UTF-16)
 * @param end        end offset (start + 1, or + 2 outside the BMP)
 * @param source     the character as written
 * @param candidates its candidates, in the dictionaries' order (several steps' candidates merged)
 * @param chosen     what the output holds for it
 */
public record Ambiguity(int start, int end, String source, List<String> candidates, String chosen) {
    public Ambiguity {
        candidates = List.copyOf(candidates);
    }

    Ambiguity shifted(int by) {
        return new Ambiguity(start + by, end + by, source, candidates, chosen);
    }
}
