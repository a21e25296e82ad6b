package dev.concord.config;

import dev.concord.catalogue.Severity;
import dev.concord.model.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * concord.yaml (docs/config.md), with defaults filled in.
 *
 * @param root     the directory holding concord.yaml, glossary/ and the layout
 * @param glossary glossary files or folders, relative to root
 * @param layout   path pattern with {lang} and {slug}
 * @param langs    variant → code used in paths and front matter {@code lang:}
 * @param hant     hans→hant character standard: "tw" (為 裡 著), "opencc" (爲 裏 着) or "twp" (Taiwan glyphs and vocabulary: 軟體)
 * @param quotes   variant → the expected pair of quotation marks, e.g. 「」
 * @param rules    rule id → severity override
 * @param layouts  variant → its own path pattern, when {@code layout:} is given per variant (else empty)
 * @param links    how link targets that differ by language are compared
 * @param langDefaults {@code lang} values the site generator gives posts by folder (Jekyll's
 *                 {@code _config.yml} {@code defaults:}), used when a post's front matter has none
 * @param frontMatter which front matter keys may differ between variants
 */
public record Config(Path root, List<String> glossary, String layout, Map<Lang, String> langs, String hant,
                     Map<Lang, String> quotes, Map<String, Severity> rules, Map<Lang, String> layouts,
                     LinkRules links, List<LangDefault> langDefaults, FrontMatterKeys frontMatter) {

    public static final String FILE = "concord.yaml";

    public Config(Path root, List<String> glossary, String layout, Map<Lang, String> langs, String hant,
                  Map<Lang, String> quotes, Map<String, Severity> rules) {
        this(root, glossary, layout, langs, hant, quotes, rules, Map.of(), LinkRules.EXACT, List.of(), FrontMatterKeys.DEFAULT);
    }

    public static Config defaults(Path root) {
        return new Config(root, List.of("glossary"), "posts/{lang}/{slug}.md",
                Map.of(Lang.HANT, "hant", Lang.HANS, "hans", Lang.EN, "en"), "tw",
                Map.of(Lang.HANT, "「」", Lang.HANS, "“”"), Map.of());
    }

    /**
     * How link targets are compared across variants.
     *
     * @param langSegment a path segment equal to the variant's code ({@code /zh/2024/x/}) counts as the same
     * @param patterns    text with {@code {lang}} (e.g. {@code "-{lang}/"}, {@code "{lang}.example.com"}):
     *                    where a target contains it with the variant's code, that part counts as the same
     */
    public record LinkRules(boolean langSegment, List<String> patterns) {
        public static final LinkRules EXACT = new LinkRules(false, List.of());
    }

    /**
     * A {@code lang} value a site generator applies to files under {@code path} (a folder prefix,
     * {@code *} matching one segment; "" for every file).
     *
     * @param source where it is set, e.g. {@code _config.yml:12}
     */
    public record LangDefault(String path, String lang, String source) {
        public boolean covers(String file) {
            if (path.isEmpty()) return true;
            String[] want = path.split("/"), have = file.split("/");
            if (have.length <= want.length) return false;
            for (int i = 0; i < want.length; i++) {
                if (!want[i].equals("*") && !want[i].equals(have[i])) return false;
            }
            return true;
        }
    }

    /** The generator's default {@code lang} for a file (the most specific scope wins), or null. */
    public LangDefault langDefault(String file) {
        LangDefault best = null;
        for (LangDefault d : langDefaults) {
            if (d.covers(file) && (best == null || d.path().length() >= best.path().length())) best = d;
        }
        return best;
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
