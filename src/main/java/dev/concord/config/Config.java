package dev.concord.config;

import dev.concord.check.Severity;
import dev.concord.model.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * concord.yaml (spec §4), with defaults filled in.
 *
 * @param root     the directory holding concord.yaml, glossary/ and the layout
 * @param glossary glossary files or folders, relative to root
 * @param layout   path pattern with {lang} and {slug}
 * @param langs    variant → code used in paths and front matter {@code lang:}
 * @param hant     hans→hant character standard: "tw" (為 裡 著) or "opencc" (爲 裏 着)
 * @param quotes   variant → the expected pair of quotation marks, e.g. 「」
 * @param rules    rule id → severity override
 * @param exclude  root-relative folders the walk for posts skips
 */
public record Config(Path root, List<String> glossary, String layout, Map<Lang, String> langs, String hant,
                     Map<Lang, String> quotes, Map<String, Severity> rules, List<String> exclude) {

    public static final String FILE = "concord.yaml";

    public static Config defaults(Path root) {
        return new Config(root, List.of("glossary"), "posts/{lang}/{slug}.md",
                Map.of(Lang.HANT, "hant", Lang.HANS, "hans", Lang.EN, "en"), "tw",
                Map.of(Lang.HANT, "「」", Lang.HANS, "“”"), Map.of(), List.of());
    }

    public String code(Lang lang) {
        return langs.get(lang);
    }

    /** The variant whose code is {@code code}, or null. */
    public Lang langOf(String code) {
        for (var e : langs.entrySet()) if (e.getValue().equals(code)) return e.getKey();
        return null;
    }
}
