package dev.concord.corpus;

import dev.concord.config.Config;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How well the configured layout fits the files of a repository, so that a wrong layout is never
 * silent: a layout that matches nothing, Markdown files with a language in their path that fit no
 * post, and a layout that leaves most posts with one variant while another would pair them.
 */
public final class LayoutFit {
    private static final Pattern MARKDOWN = Pattern.compile("(?i).*\\.(md|markdown|mdx)$");
    private static final Pattern TOKEN = Pattern.compile("[/._-]");

    /** At most this many misfit files are named; the rest are counted. */
    static final int MAX_LISTED = 20;

    private LayoutFit() {}

    /**
     * What a whole-repository check says about the layout itself: no post at all is an input error
     * (exit 2, with the layout the files would fit); Markdown files that name a language but fit no
     * post, and a layout that leaves most posts with one variant, are notes.
     */
    public static void review(Config config, Layout layout, SourceReader reader, List<Post> posts, Consumer<String> notes) {
        try {
            if (posts.isEmpty()) {
                String where = Files.isRegularFile(config.root().resolve(Config.FILE)) ? Config.FILE : "the default configuration";
                LayoutDetector.Proposal p = LayoutDetector.propose(reader.list(""));
                String hint = p == null ? "; `concord init` writes a configuration for the posts it finds"
                        : "; the files fit " + describe(p) + " (`concord init` writes it)";
                throw new InputException(null, 0, where + ": the layout '" + layout.pattern() + "' with langs {"
                        + describeLangs(layout.codes()) + "} matches no file under " + config.root() + hint);
            }
            List<String> files = reader.list(layout.commonRoot());
            List<String> misfits = misfits(layout, files);
            for (int i = 0; i < Math.min(MAX_LISTED, misfits.size()); i++) notes.accept("warning: " + misfits.get(i));
            if (misfits.size() > MAX_LISTED) {
                notes.accept("warning: and " + (misfits.size() - MAX_LISTED) + " more Markdown files that fit no post");
            }
            String better = betterLayout(layout, posts, files);
            if (better != null) notes.accept("warning: " + better);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "hant: hant, hans: zh, en: en" — the codes as the config names them. */
    public static String describeLangs(Map<Lang, String> codes) {
        List<String> parts = new ArrayList<>();
        for (Lang l : Lang.values()) if (codes.containsKey(l)) parts.add(l.key() + ": " + codes.get(l));
        return String.join(", ", parts);
    }

    /**
     * Markdown files that name a language (a folder or a name suffix that is a configured or a
     * usual language code) but fit no post of the layout, each with what it misses.
     */
    public static List<String> misfits(Layout layout, List<String> files) {
        List<String> out = new ArrayList<>();
        for (String f : files) {
            if (!MARKDOWN.matcher(f).matches() || layout.match(f) != null) continue;
            String code = languageToken(f, layout.codes());
            if (code == null) continue;
            StringBuilder why = new StringBuilder(f + " fits no post of the layout '" + layout.pattern() + "'");
            if (!layout.codes().containsValue(code)) {
                Lang l = LayoutDetector.guess(code);
                why.append(": '").append(code).append("' is not a code of langs (")
                        .append(describeLangs(layout.codes())).append(")");
                if (l != null) why.append("; for ").append(l.key()).append(" files here, set langs: {")
                        .append(l.key()).append(": ").append(code).append("}");
            } else {
                why.append(" (a variant's path is ").append(examplePaths(layout)).append(")");
            }
            out.add(why.toString());
        }
        return out;
    }

    private static String examplePaths(Layout layout) {
        List<String> parts = new ArrayList<>();
        layout.concretePatterns().forEach((l, p) -> parts.add(p));
        return String.join(" or ", parts);
    }

    /** The first folder or name part of the path that is a language code, or null. */
    static String languageToken(String path, Map<Lang, String> codes) {
        String[] seg = path.split("/");
        for (int i = 0; i < seg.length - 1; i++) {
            if (codes.containsValue(seg[i]) || LayoutDetector.guess(seg[i]) != null) return seg[i];
        }
        String name = seg[seg.length - 1];
        String stem = name.substring(0, name.lastIndexOf('.'));
        for (String code : codes.values()) {
            if (stem.endsWith("-" + code) || stem.endsWith("." + code) || stem.endsWith("_" + code)) return code;
        }
        String[] parts = TOKEN.split(stem);
        if (parts.length > 1) {
            String last = parts[parts.length - 1];
            // Two-part codes (zh-tw, zh-Hant) end the name as two tokens.
            if (parts.length > 2) {
                String two = stem.substring(stem.length() - last.length() - parts[parts.length - 2].length() - 1);
                if (LayoutDetector.guess(two) != null && two.toLowerCase(Locale.ROOT).startsWith("zh")) return two;
            }
            if (LayoutDetector.guess(last) != null && last.length() >= 2) return last;
        }
        return null;
    }

    /**
     * A hint when most posts have one variant only and the files fit another layout better (the
     * pattern lacks {@code -{lang}}, or names the wrong folders), else null.
     */
    public static String betterLayout(Layout layout, List<Post> posts, List<String> files) {
        if (posts.size() < 2) return null;
        long single = posts.stream().filter(p -> p.paths().size() == 1).count();
        if (single * 2 <= posts.size()) return null;
        LayoutDetector.Proposal p = LayoutDetector.propose(files);
        if (p == null) return null;
        // Files that share a post with another file: what a better layout increases.
        long pairedNow = posts.stream().mapToInt(x -> x.paths().size()).sum() - posts.size();
        long completeNow = posts.stream().filter(x -> x.paths().size() == 3).count();
        if (p.complete() <= completeNow && p.files() - p.posts() <= pairedNow) return null;
        return single + " of " + posts.size() + " posts have one variant only under the layout '" + layout.pattern()
                + "'; the files fit " + describe(p) + " — set that in concord.yaml";
    }

    /** "layout "X" with langs {…} (N posts, M with all three variants)". */
    public static String describe(LayoutDetector.Proposal p) {
        String layout = p.perLang().isEmpty() ? "layout: \"" + p.pattern() + "\""
                : "layout: {" + describeLangs(quoted(p.perLang())) + "}";
        return layout + " with langs: {" + describeLangs(p.langs()) + "} (" + p.posts() + " posts, " + p.complete()
                + " with all three variants)";
    }

    private static Map<Lang, String> quoted(Map<Lang, String> m) {
        Map<Lang, String> out = new java.util.EnumMap<>(Lang.class);
        m.forEach((l, v) -> out.put(l, "\"" + v + "\""));
        return out;
    }
}
