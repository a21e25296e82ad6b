package dev.concord.corpus;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path pattern of posts, e.g. {@code posts/{lang}/{slug}.md} or
 * {@code _posts/{lang}/{slug}-{lang}.md}, with the variant codes of the config.
 */
public final class Layout {
    private final String pattern;
    private final Map<Lang, String> codes;
    private final Pattern regex;

    public Layout(String pattern, Map<Lang, String> codes) {
        this.pattern = pattern;
        this.codes = codes;
        StringBuilder re = new StringBuilder();
        String alternatives = String.join("|", codes.values().stream().map(Pattern::quote).toList());
        int i = 0;
        boolean langSeen = false;
        while (i < pattern.length()) {
            if (pattern.startsWith("{lang}", i)) {
                // The second {lang} must repeat the first (…/zh/x-zh.md), hence a back-reference.
                re.append(langSeen ? "\\k<lang>" : "(?<lang>" + alternatives + ")");
                langSeen = true;
                i += 6;
            } else if (pattern.startsWith("{slug}", i)) {
                re.append("(?<slug>[^/]+?)");
                i += 6;
            } else {
                int next = nextPlaceholder(pattern, i);
                re.append(Pattern.quote(pattern.substring(i, next)));
                i = next;
            }
        }
        this.regex = Pattern.compile(re.toString());
    }

    private static int nextPlaceholder(String p, int from) {
        int a = p.indexOf("{lang}", from), b = p.indexOf("{slug}", from);
        int n = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        return n < 0 ? p.length() : n;
    }

    public String pattern() {
        return pattern;
    }

    /** The directory to walk: the pattern's literal prefix up to its last '/' before a placeholder. */
    public String walkPrefix() {
        int first = nextPlaceholder(pattern, 0);
        int slash = pattern.lastIndexOf('/', first);
        return slash < 0 ? "" : pattern.substring(0, slash);
    }

    /** The (variant, slug) of a root-relative path, or null when the path is not a post. */
    public PostFile match(String path) {
        Matcher m = regex.matcher(path);
        if (!m.matches()) return null;
        String code = m.group("lang");
        for (var e : codes.entrySet()) {
            if (e.getValue().equals(code)) return new PostFile(path, m.group("slug"), e.getKey());
        }
        return null;
    }

    /**
     * The path of a variant of a post. Refused unless every segment is a plain name: no "", "."
     * or "..", no leading '/'. The config's codes and layout are checked when loaded; this holds
     * the line for whatever the slug brings.
     */
    public String pathOf(String slug, Lang lang) {
        String path = pattern.replace("{lang}", codes.get(lang)).replace("{slug}", slug);
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0) {
                throw new InputException(path, 0, "not a path inside the root (layout '" + pattern + "', post '" + slug + "')");
            }
        }
        return path;
    }

    /** A file that belongs to a post. */
    public record PostFile(String path, String slug, Lang lang) {}
}
