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

    /**
     * The same table with its mainland words in Simplified script, as hans text writes them
     * (服务器 → [伺服器]); Taiwan's words stay in Traditional script. Built once, on first use.
     */
    public static Map<String, List<String>> inHansScript() {
        return InHansScript.TABLE;
    }

    private static final class InHansScript {
        static final Map<String, List<String>> TABLE = build();

        private static Map<String, List<String>> build() {
            ScriptConverter toHans = ScriptConverter.toHans(HantStandard.OPENCC);
            Map<String, List<String>> out = new java.util.HashMap<>();
            mainlandToTaiwan().forEach((mainland, taiwan) -> out.merge(toHans.convert(mainland), List.copyOf(taiwan), (a, b) -> {
                List<String> u = new java.util.ArrayList<>(a);
                for (String x : b) if (!u.contains(x)) u.add(x);
                return List.copyOf(u);
            }));
            return Map.copyOf(out);
        }
    }
}
