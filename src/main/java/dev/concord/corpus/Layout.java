package dev.concord.corpus;

import dev.concord.config.Config;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the variants of a post live: one path pattern with {@code {lang}} and {@code {slug}}, e.g.
 * {@code posts/{lang}/{slug}.md} or {@code _posts/{lang}/{slug}-{lang}.md}, or one pattern per
 * variant (Docusaurus keeps the default language in {@code blog/{slug}.md} and translations in
 * {@code i18n/zh-Hans/docusaurus-plugin-content-blog/{slug}.md}). {@code {lang}} stands for the
 * variant's code from the config.
 */
public final class Layout {
    private final String pattern;
    private final Map<Lang, String> codes;
    /** Per variant: the pattern with {lang} replaced by the variant's code, so only {slug} is left. */
    private final Map<Lang, String> concrete = new EnumMap<>(Lang.class);
    private final Map<Lang, SlugPattern> matchers = new EnumMap<>(Lang.class);
    /** Per variant: the pattern as configured, with {lang} still in it. */
    private final Map<Lang, String> raw = new EnumMap<>(Lang.class);

    public Layout(String pattern, Map<Lang, String> codes) {
        this(pattern, codes, Map.of());
    }

    /**
     * @param pattern  the shared pattern (also what messages show when there are no per-variant ones)
     * @param perLang  variant → its own pattern; a variant not named uses {@code pattern}
     */
    public Layout(String pattern, Map<Lang, String> codes, Map<Lang, String> perLang) {
        this.codes = codes;
        for (Lang l : Lang.values()) {
            String code = codes.get(l);
            if (code == null) continue;
            raw.put(l, perLang.getOrDefault(l, pattern));
            String p = raw.get(l).replace("{lang}", code);
            concrete.put(l, p);
            matchers.put(l, new SlugPattern(p));
        }
        this.pattern = perLang.isEmpty() ? pattern : describe(concrete, perLang, pattern);
    }

    public static Layout of(Config config) {
        return new Layout(config.layout(), config.langs(), config.layouts());
    }

    private static String describe(Map<Lang, String> concrete, Map<Lang, String> perLang, String shared) {
        List<String> parts = new ArrayList<>();
        for (Lang l : Lang.values()) if (concrete.containsKey(l)) parts.add(l.key() + ": " + perLang.getOrDefault(l, shared));
        return String.join(", ", parts);
    }

    /** The pattern as configured (for messages). */
    public String pattern() {
        return pattern;
    }

    public Map<Lang, String> codes() {
        return codes;
    }

    /**
     * The directories to walk: each variant's literal prefix up to its last '/' before {slug},
     * without those inside another.
     */
    public List<String> walkPrefixes() {
        List<String> all = new ArrayList<>();
        for (String p : concrete.values()) {
            int first = p.indexOf("{slug}");
            int slash = p.lastIndexOf('/', first);
            all.add(slash < 0 ? "" : p.substring(0, slash));
        }
        List<String> out = new ArrayList<>();
        for (String p : all) {
            boolean inside = false;
            for (String q : all) if (!q.equals(p) && (q.isEmpty() || p.startsWith(q + "/"))) inside = true;
            if (!inside && !out.contains(p)) out.add(p);
        }
        return out;
    }

    /**
     * The folder shared by every variant's pattern up to its first placeholder (e.g. {@code _posts}
     * for {@code _posts/{lang}/…}): where misplaced post files are looked for.
     */
    public String commonRoot() {
        String common = null;
        for (String raw : raw.values()) {
            int lang = raw.indexOf("{lang}"), slug = raw.indexOf("{slug}");
            int first = lang < 0 ? slug : Math.min(lang, slug);
            int slash = raw.lastIndexOf('/', first);
            String dir = slash < 0 ? "" : raw.substring(0, slash);
            common = common == null ? dir : commonPrefix(common, dir);
        }
        return common == null ? "" : common;
    }

    private static String commonPrefix(String a, String b) {
        String[] x = a.split("/"), y = b.split("/");
        StringBuilder sb = new StringBuilder();
        if (a.isEmpty() || b.isEmpty()) return "";
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            if (sb.length() > 0) sb.append('/');
            sb.append(x[i]);
        }
        return sb.toString();
    }

    /**
     * The (variant, slug) of a root-relative path, or null when the path is not a post. When more
     * than one variant's pattern matches (Hugo's {@code {slug}.md} and {@code {slug}.zh.md}), the
     * most specific pattern — the one with most literal text — wins.
     */
    public PostFile match(String path) {
        PostFile best = null;
        int bestLiteral = -1;
        for (var e : matchers.entrySet()) {
            String slug = e.getValue().slug(path);
            if (slug == null) continue;
            int literal = path.length() - slug.length();
            if (literal > bestLiteral) {
                best = new PostFile(path, slug, e.getKey());
                bestLiteral = literal;
            }
        }
        return best;
    }

    /**
     * The path of a variant of a post. Refused unless every segment is a plain name: no "", "."
     * or "..", no leading '/'. The config's codes and layout are checked when loaded; this holds
     * the line for whatever the slug brings.
     */
    public String pathOf(String slug, Lang lang) {
        String path = concrete.get(lang).replace("{slug}", slug);
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0) {
                throw new InputException(path, 0, "not a path inside the root (layout '" + concrete.get(lang) + "', post '" + slug + "')");
            }
        }
        return path;
    }

    /** Each variant's pattern with its code filled in, e.g. hans → {@code _posts/zh/{slug}-zh.md}. */
    public Map<Lang, String> concretePatterns() {
        return new LinkedHashMap<>(concrete);
    }

    /** A file that belongs to a post. */
    public record PostFile(String path, String slug, Lang lang) {}
}
