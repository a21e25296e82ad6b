package dev.concord.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that Taiwan writes differently from the mainland (光标 → 游標, 设置 → 設定, 服务器 → 伺服器):
 * OpenCC's TWPhrases dictionary (Apache-2.0), as opencc4j ships it in its jar
 * ({@code data/dictionary/TWPhrases.txt}). A hans rendering and a hant rendering that are a pair
 * here render a term the same way in each script's own vocabulary; they are not an inconsistency.
 */
final class RegionalPhrases {
    private static final String RESOURCE = "/data/dictionary/TWPhrases.txt";
    private static final Map<String, List<String>> HANS_TO_HANT = load();

    private RegionalPhrases() {}

    /** Whether the hant word is Taiwan's word for the hans one. */
    static boolean pair(String hans, String hant) {
        return HANS_TO_HANT.getOrDefault(hans, List.of()).contains(hant);
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = RegionalPhrases.class.getResourceAsStream(RESOURCE)) {
            // Without the table every regional word is reported as a difference: noisier, not wrong.
            if (in == null) return Map.of();
            Map<String, List<String>> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.strip().split("[\t ]+");
                if (f.length < 2 || f[0].startsWith("#")) continue;
                out.put(f[0], List.of(f).subList(1, f.length));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
