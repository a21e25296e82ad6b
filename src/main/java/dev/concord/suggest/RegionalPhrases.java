package dev.concord.suggest;

import dev.concord.convert.TaiwanPhrases;
import java.util.List;
import java.util.Map;

/**
 * Words that Taiwan writes differently from the mainland (光标 → 游標, 设置 → 設定, 服务器 → 伺服器):
 * OpenCC's TWPhrases dictionary (Apache-2.0), as the converter compiles it ({@link TaiwanPhrases}). A hans rendering and a hant rendering that are a pair
 * here render a term the same way in each script's own vocabulary; they are not an inconsistency.
 */
final class RegionalPhrases {
    private static final Map<String, List<String>> HANS_TO_HANT = load();
    /** Taiwan's words of the table, to find them in a hant string. */
    private static final java.util.Set<String> TAIWAN_WORDS = HANS_TO_HANT.values().stream()
            .flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private RegionalPhrases() {}

    /** Whether the hant word is Taiwan's word for the hans one. */
    static boolean pair(String hans, String hant) {
        return HANS_TO_HANT.getOrDefault(hans, List.of()).contains(hant);
    }

    /** Whether a hans string holds a mainland word that Taiwan writes with another word (服务器 in 语言服务器). */
    static boolean holdsMainlandWord(String hans) {
        return holdsAny(hans, HANS_TO_HANT.keySet());
    }

    /** Whether a hant string holds a Taiwan word of the table (伺服器, 預設). */
    static boolean holdsTaiwanWord(String hant) {
        return holdsAny(hant, TAIWAN_WORDS);
    }

    private static boolean holdsAny(String text, java.util.Set<String> words) {
        for (int i = 0; i < text.length(); i++) {
            for (int j = i + 2; j <= text.length(); j++) if (words.contains(text.substring(i, j))) return true;
        }
        return false;
    }

    /**
     * The project's own compiled table, its mainland words in Simplified script. Read from
     * opencc4j's jar, as it once was, it is absent from the packaged command (opencc4j is a test
     * dependency), and every regional word silently weighed as an everyday one there while the
     * tests still saw the table.
     */
    private static Map<String, List<String>> load() {
        return TaiwanPhrases.inHansScript();
    }
}
