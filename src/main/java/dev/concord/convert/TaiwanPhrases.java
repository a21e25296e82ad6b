package dev.concord.convert;

import java.util.List;
import java.util.Map;

/**
 * OpenCC's Taiwan-phrase table (TWPhrases: mainland word → Taiwan's words, 服務器 → 伺服器), as
 * this project compiles it from src/main/opencc (Apache-2.0, see its README): the table of the
 * {@code twp} standard, for code outside the converter that needs to know which words Taiwan and
 * the mainland write differently.
 */
public final class TaiwanPhrases {
    private TaiwanPhrases() {}

    /**
     * Every entry, mainland word → Taiwan's words (first = default). OpenCC applies the table after
     * script conversion, so the mainland words too are in Traditional script (服務器, not 服务器).
     * Fails if the compiled table is missing.
     */
    public static Map<String, List<String>> mainlandToTaiwan() {
        return Dictionary.load("TWPhrases").toMap();
    }
}
