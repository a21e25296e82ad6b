package dev.concord.corpus;

import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes a layout from the Markdown files of a repository. Every file whose path holds a
 * language code — as a folder ({@code _posts/zh/x.md}, {@code content/en/x.md},
 * {@code i18n/zh-Hans/…/x.md}) or as a suffix of the name ({@code x-zh.md}, {@code x.zh.md},
 * {@code index.en.md}) — suggests a pattern with {@code {lang}} and {@code {slug}}; the pattern that
 * pairs the most files into posts wins. A variant the winning pattern lacks is looked for in a
 * pattern without a code that holds the same slugs (Docusaurus keeps the default language in
 * {@code blog/} and only translations under {@code i18n/<locale>/}).
 */
public final class LayoutDetector {
    /** Codes blogs use for each variant, lower case; the file's own spelling is kept in the proposal. */
    static final Map<Lang, Set<String>> KNOWN_CODES = Map.of(
            Lang.HANT, Set.of("hant", "zh-hant", "zh_hant", "zh-tw", "zh_tw", "tw", "zh-hk", "zh_hk", "zh-mo", "cht",
                    "tc", "zht", "zh-hant-tw", "zh-hant-hk", "traditional"),
            Lang.HANS, Set.of("hans", "zh-hans", "zh_hans", "zh-cn", "zh_cn", "cn", "zh", "chs", "sc", "zhs", "zh-sg",
                    "zh-hans-cn", "simplified"),
            Lang.EN, Set.of("en", "en-us", "en_us", "en-gb", "en_gb", "eng", "english"));

    private static final Pattern MARKDOWN = Pattern.compile("(?i).*\\.(md|markdown|mdx)$");
    /** A name ending in a separator and one or two letter tokens: {@code x-zh}, {@code x.zh-tw}, {@code index.en}. */
    private static final Pattern SUFFIX2 = Pattern.compile("^(.+)([-_.])([A-Za-z]{2,11}[-_][A-Za-z]{2,4})$");
    private static final Pattern SUFFIX1 = Pattern.compile("^(.+)([-_.])([A-Za-z]{2,11})$");

    private LayoutDetector() {}

    /** The variant a code usually names (case-insensitive), or null. */
    public static Lang guess(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        for (var e : KNOWN_CODES.entrySet()) if (e.getValue().contains(c)) return e.getKey();
        return null;
    }

    /**
     * A proposed layout.
     *
     * @param pattern  the shared pattern with {lang} and {slug} (the first per-variant one when {@code perLang} is set)
     * @param perLang  variant → own pattern when the variants do not share one, else empty
     * @param langs    variant → the code the files use
     * @param files    Markdown files the layout matches
     * @param posts    posts they make (one slug each)
     * @param complete posts with all three variants
     */
    public record Proposal(String pattern, Map<Lang, String> perLang, Map<Lang, String> langs, int files, int posts,
                           int complete) {
        public Layout layout() {
            return new Layout(pattern, langs, perLang);
        }
    }

    /** The best proposal for these root-relative paths, or null when no file names a language. */
    public static Proposal propose(List<String> paths) {
        Map<String, Candidate> byPattern = new LinkedHashMap<>();
        Map<String, Map<String, String>> withoutCode = new HashMap<>(); // pattern → slug → path
        for (String path : paths) {
            if (!MARKDOWN.matcher(path).matches()) continue;
            for (String[] c : candidates(path)) {
                byPattern.computeIfAbsent(c[0], Candidate::new).add(c[1], c[2], path);
            }
            String[] plain = plain(path);
            if (plain != null) withoutCode.computeIfAbsent(plain[0], k -> new TreeMap<>()).put(plain[1], path);
        }
        Proposal best = null;
        for (Candidate c : byPattern.values()) {
            Proposal p = c.proposal(withoutCode);
            if (p != null && (best == null || better(p, best))) best = p;
        }
        return best;
    }

    private static boolean better(Proposal a, Proposal b) {
        if (a.complete() != b.complete()) return a.complete() > b.complete();
        int pairedA = a.files() - a.posts(), pairedB = b.files() - b.posts();
        if (pairedA != pairedB) return pairedA > pairedB;
        return a.files() > b.files();
    }

    /**
     * The patterns a path may be an instance of: {pattern, code, slug}. One per folder that is a code
     * (combined with a suffix of the same code when the name has one) and one for the suffix alone.
     */
    static List<String[]> candidates(String path) {
        List<String[]> out = new ArrayList<>();
        String[] seg = path.split("/");
        String name = seg[seg.length - 1];
        int dot = name.lastIndexOf('.');
        String stem = name.substring(0, dot), ext = name.substring(dot);
        String suffixCode = null, base = null, sep = null;
        // A two-token code (zh-tw) before a one-token one (tw), so x-zh-tw is not read as "x-zh" + tw.
        for (Pattern p : List.of(SUFFIX2, SUFFIX1)) {
            Matcher m = p.matcher(stem);
            if (m.matches() && guess(m.group(3)) != null) {
                base = m.group(1);
                sep = m.group(2);
                suffixCode = m.group(3);
                break;
            }
        }
        for (int i = 0; i < seg.length - 1; i++) {
            if (guess(seg[i]) == null) continue;
            String code = seg[i];
            boolean sameSuffix = suffixCode != null && suffixCode.equals(code);
            String fileStem = sameSuffix ? base : stem;
            String filePart = sameSuffix ? "{slug}" + sep + "{lang}" + ext : "{slug}" + ext;
            String slug = fileStem;
            String[] dirs = seg.clone();
            dirs[i] = "{lang}";
            if (isIndex(fileStem) && seg.length - 2 > i) {
                slug = seg[seg.length - 2];
                dirs[seg.length - 2] = "{slug}";
                filePart = sameSuffix ? fileStem + sep + "{lang}" + ext : name;
            }
            dirs[seg.length - 1] = filePart;
            out.add(new String[] {String.join("/", dirs), code, slug});
        }
        if (suffixCode != null) {
            String[] dirs = seg.clone();
            String slug = base;
            dirs[seg.length - 1] = "{slug}" + sep + "{lang}" + ext;
            if (isIndex(base) && seg.length >= 2) {
                slug = seg[seg.length - 2];
                dirs[seg.length - 2] = "{slug}";
                dirs[seg.length - 1] = base + sep + "{lang}" + ext;
            }
            out.add(new String[] {String.join("/", dirs), suffixCode, slug});
        }
        return out;
    }

    /** {pattern, slug} of a path read as a post without any code ({@code blog/x.md}, {@code blog/x/index.md}). */
    private static String[] plain(String path) {
        String[] seg = path.split("/");
        String name = seg[seg.length - 1];
        int dot = name.lastIndexOf('.');
        String stem = name.substring(0, dot);
        String[] dirs = seg.clone();
        if (isIndex(stem) && seg.length >= 2) {
            String slug = seg[seg.length - 2];
            dirs[seg.length - 2] = "{slug}";
            return new String[] {String.join("/", dirs), slug};
        }
        dirs[seg.length - 1] = "{slug}" + name.substring(dot);
        return new String[] {String.join("/", dirs), stem};
    }

    private static boolean isIndex(String stem) {
        return stem.equals("index") || stem.equals("_index");
    }

    /** The files that fit one pattern, by code and slug. */
    private static final class Candidate {
        final String pattern;
        final Map<String, Map<String, String>> byCode = new TreeMap<>(); // code → slug → path

        Candidate(String pattern) {
            this.pattern = pattern;
        }

        void add(String code, String slug, String path) {
            byCode.computeIfAbsent(code, k -> new TreeMap<>()).put(slug, path);
        }

        Proposal proposal(Map<String, Map<String, String>> withoutCode) {
            // Per variant, the code with most files (a blog that has both zh and zh-cn folders uses one).
            Map<Lang, String> langs = new EnumMap<>(Lang.class);
            for (var e : byCode.entrySet()) {
                Lang l = guess(e.getKey());
                String current = langs.get(l);
                if (current == null || byCode.get(current).size() < e.getValue().size()) langs.put(l, e.getKey());
            }
            if (langs.isEmpty()) return null;
            Map<Lang, Set<String>> slugs = new EnumMap<>(Lang.class);
            langs.forEach((l, code) -> slugs.put(l, byCode.get(code).keySet()));
            Map<Lang, String> perLang = new EnumMap<>(Lang.class);
            if (langs.size() == 2) fillFromPlain(langs, slugs, perLang, withoutCode);
            if (langs.size() < 2) return null;
            Set<String> all = new TreeSet<>();
            slugs.values().forEach(all::addAll);
            int files = slugs.values().stream().mapToInt(Set::size).sum();
            int complete = 0;
            for (String s : all) if (slugs.size() == 3 && slugs.values().stream().allMatch(v -> v.contains(s))) complete++;
            for (Lang l : Lang.values()) langs.putIfAbsent(l, defaultCode(l, langs));
            if (!perLang.isEmpty()) {
                for (Lang l : Lang.values()) perLang.putIfAbsent(l, pattern);
            }
            return new Proposal(perLang.isEmpty() ? pattern : perLang.get(Lang.EN), perLang, langs, files, all.size(), complete);
        }

        /** A variant without a code in its paths: the plain pattern sharing most slugs with the others. */
        private void fillFromPlain(Map<Lang, String> langs, Map<Lang, Set<String>> slugs, Map<Lang, String> perLang,
                                   Map<String, Map<String, String>> withoutCode) {
            Set<String> known = new TreeSet<>();
            slugs.values().forEach(known::addAll);
            String bestPattern = null;
            int bestShared = 0;
            for (var e : withoutCode.entrySet()) {
                if (e.getKey().equals(pattern)) continue;
                int shared = 0;
                for (String s : e.getValue().keySet()) if (known.contains(s)) shared++;
                if (shared > bestShared) {
                    bestShared = shared;
                    bestPattern = e.getKey();
                }
            }
            if (bestPattern == null) return;
            // Hugo's x.zh.md also reads as a plain post "x.zh": only files without a code count.
            Set<String> coded = new java.util.HashSet<>();
            byCode.values().forEach(m -> coded.addAll(m.values()));
            Set<String> plainSlugs = new TreeSet<>();
            withoutCode.get(bestPattern).forEach((slug, path) -> {
                if (!coded.contains(path)) plainSlugs.add(slug);
            });
            for (Lang l : Lang.values()) {
                if (langs.containsKey(l)) continue;
                perLang.put(l, bestPattern);
                langs.put(l, defaultCode(l, langs));
                slugs.put(l, plainSlugs);
                return; // one plain pattern stands for one variant
            }
        }
    }

    /** The code for a variant the files do not show: its own key, unless another variant uses it. */
    private static String defaultCode(Lang l, Map<Lang, String> taken) {
        String c = l.key();
        return taken.containsValue(c) ? c + "-" + l.ordinal() : c;
    }

    /** Sorted by how well they fit: for messages listing alternatives. */
    static final Comparator<Proposal> BEST_FIRST = (a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0;
}
