package dev.concord.check;

import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.Term;
import dev.concord.model.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a corpus the checker has never seen from one trilingual post: copies under new slugs,
 * with the list items reordered consistently and a code section inserted at a random place, and
 * in each copy one planted defect of every rule type, each in a different block, at a known file
 * and line. A few extra copies lack one variant (missing-variant cannot share a post with the
 * cross-variant rules, which need all three variants to tell which one changed).
 *
 * <p>The base post's variants must have parallel blocks (blank-line separated chunks: the same
 * count and order in hant, hans and en), as the project's own posts do. Everything random comes
 * from one seeded {@link Random}: the same seed gives the same corpus.
 */
final class PlantedCorpus {
    static final List<String> LANGS = List.of("hant", "hans", "en");

    /** A planted defect: the rule that must report it, where, and the lines of its block (for precision). */
    record Planted(String rule, String file, int line, int blockFirstLine, int blockLastLine, String what) {
        boolean covers(String findingFile, int findingLine) {
            return file.equals(findingFile) && (findingLine == line || (findingLine >= blockFirstLine && findingLine <= blockLastLine));
        }
    }

    private enum Kind { HEADING, PARA, LIST, REFS, CODE_INTRO, CODE, OTHER }

    /** One post's copy: per variant its front matter and its chunks; kinds are parallel. */
    private static final class Copy {
        final String slug;
        final Map<String, String> frontMatter = new LinkedHashMap<>();
        final Map<String, List<String>> chunks = new LinkedHashMap<>();
        final List<Kind> kinds = new ArrayList<>();
        final Set<Integer> used = new HashSet<>();
        final List<Pending> pending = new ArrayList<>();
        final Set<String> dropped = new HashSet<>(); // "lang/index" of a chunk removed from one variant
        String deletedVariant;

        Copy(String slug) {
            this.slug = slug;
        }
    }

    /** A defect whose line is known once the file is assembled: chunk index and offset in that chunk (-1: front matter line). */
    private record Pending(String rule, String lang, int chunk, int offset, boolean blockStart, String what) {}

    // Derived content inserted in every copy (consistently in all variants): code to plant code defects in.
    private static final Map<String, String> CODE_INTRO = Map.of(
            "hant", "要在本機試用 Yi 模型，先執行 `pip install yi-client`，再執行 `yi chat --model yi-34b`。",
            "hans", "要在本机试用 Yi 模型，先执行 `pip install yi-client`，再执行 `yi chat --model yi-34b`。",
            "en", "To try the Yi models locally, run `pip install yi-client`, then `yi chat --model yi-34b`.");
    private static final Map<String, String> CODE_BLOCK = Map.of(
            "hant", "```bash\n# 安裝客戶端\npip install yi-client\nyi chat --model yi-34b\n```",
            "hans", "```bash\n# 安装客户端\npip install yi-client\nyi chat --model yi-34b\n```",
            "en", "```bash\n# install the client\npip install yi-client\nyi chat --model yi-34b\n```");

    private final Random random;
    private final Map<String, String> baseFrontMatter = new LinkedHashMap<>();
    private final Map<String, List<String>> baseChunks = new LinkedHashMap<>();
    private final List<Kind> baseKinds = new ArrayList<>();
    private final Set<Character> termChars = new HashSet<>();
    private final Set<String> termStrings = new HashSet<>();
    private final Map<String, String> codes; // variant -> folder and front matter code (hans -> zh on the real blog)
    private final List<String[]> avoidTable = new ArrayList<>();    // {lang, accepted rendering, avoid rendering}
    private final List<String[]> alteredTable = new ArrayList<>();  // {keep string, altered form}
    private final List<Map<String, List<String>>> droppable = new ArrayList<>(); // per term: lang -> accepted renderings
    private final List<Planted> planted = new ArrayList<>();

    private PlantedCorpus(long seed, Map<String, String> codes) {
        this.random = new Random(seed);
        this.codes = codes;
    }

    /**
     * Writes {@code copies} copies with eleven planted defects each, plus {@code missingCopies} copies
     * that lack one variant, under {@code out} (posts/{lang}/{slug}.md and the glossary folder), and
     * returns the planted defects.
     */
    static List<Planted> generate(Path basePosts, String baseSlug, Path glossaryDir, Path out, int copies, int missingCopies, long seed) {
        return generate(basePosts, baseSlug, glossaryDir, out, copies, missingCopies, seed, Map.of("hant", "hant", "hans", "hans", "en", "en"));
    }

    /** The same with other folder/front-matter codes per variant ({@code hans -> zh}); a concord.yaml says so. */
    static List<Planted> generate(Path basePosts, String baseSlug, Path glossaryDir, Path out, int copies, int missingCopies, long seed,
                                  Map<String, String> codes) {
        try {
            PlantedCorpus g = new PlantedCorpus(seed, codes);
            g.load(basePosts, baseSlug, glossaryDir);
            copyTree(glossaryDir, out.resolve("glossary"));
            if (!codes.get("hans").equals("hans") || !codes.get("hant").equals("hant") || !codes.get("en").equals("en")) {
                Files.createDirectories(out);
                Files.writeString(out.resolve("concord.yaml"), "langs: {hant: " + codes.get("hant") + ", hans: " + codes.get("hans")
                        + ", en: " + codes.get("en") + "}\n", StandardCharsets.UTF_8);
            }
            for (int i = 1; i <= copies; i++) g.write(out, g.plantAll(g.derive(String.format("planted-%02d", i))));
            for (int i = 1; i <= missingCopies; i++) g.write(out, g.plantMissingVariant(g.derive(String.format("missing-%02d", i))));
            return g.planted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- base post ----

    private void load(Path basePosts, String slug, Path glossaryDir) throws IOException {
        for (String lang : LANGS) {
            String text = Files.readString(basePosts.resolve(codes.get(lang)).resolve(slug + ".md"), StandardCharsets.UTF_8);
            int fmEnd = text.indexOf("\n---\n", 4) + 5;
            while (text.charAt(fmEnd) == '\n') fmEnd++;
            baseFrontMatter.put(lang, text.substring(0, fmEnd));
            String body = text.substring(fmEnd);
            if (body.endsWith("\n")) body = body.substring(0, body.length() - 1);
            baseChunks.put(lang, List.of(body.split("\n\n")));
        }
        int n = baseChunks.get("hant").size();
        for (String lang : LANGS) {
            if (baseChunks.get(lang).size() != n) throw new IllegalStateException("variants of the base post are not parallel");
        }
        boolean inFence = false;
        for (String c : baseChunks.get("en")) {
            boolean fenced = inFence;
            for (String line : c.split("\n")) {
                if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                    inFence = !inFence;
                    fenced = true;
                }
            }
            // chunks of the post's own code blocks, tables and HTML are left alone: defects go into prose
            baseKinds.add(fenced || c.startsWith("|") || c.startsWith("<") ? Kind.OTHER : c.startsWith("#") ? Kind.HEADING
                    : c.matches("(?s)(\\d+\\.|[-*]) .*") ? Kind.LIST : c.startsWith("[") ? Kind.REFS : Kind.PARA);
        }
        if (inFence) throw new IllegalStateException("a code fence of the base post is never closed");
        Glossary glossary = GlossaryLoader.load(glossaryDir.toAbsolutePath().getParent(), List.of(glossaryDir.getFileName().toString()));
        for (Term t : glossary.terms()) {
            List<String> all = new ArrayList<>();
            if (t.isKeep()) all.add(t.keep());
            for (Lang l : Lang.values()) {
                all.addAll(t.accepted(l));
                all.addAll(t.avoid(l));
            }
            termStrings.addAll(all);
            // Characters of Han renderings: a script defect must not also break a term match.
            for (String r : all) for (char ch : r.toCharArray()) if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) termChars.add(ch);
            for (Lang l : List.of(Lang.HANT, Lang.HANS)) {
                if (t.avoid(l).isEmpty()) continue;
                for (String r : t.isKeep() ? List.of(t.keep()) : t.accepted(l)) avoidTable.add(new String[] {l.key(), r, t.avoid(l).get(0)});
            }
            if (t.isKeep()) {
                String altered = altered(t.keep());
                if (altered != null) alteredTable.add(new String[] {t.keep(), altered});
            } else if (Stream.of(Lang.values()).noneMatch(l -> t.accepted(l).isEmpty())) {
                Map<String, List<String>> renderings = new LinkedHashMap<>();
                for (Lang l : Lang.values()) renderings.put(l.key(), t.accepted(l));
                droppable.add(renderings);
            }
        }
    }

    /**
     * An altered form of a keep string that keep-altered must catch: a separator between letters
     * swapped (Yi-Lightning -> Yi Lightning) or the inner capitals lowered (DeepSeek -> Deepseek).
     * Null for strings with digits (GPT-4 -> GPT 4 would also be a number) or no inner capital.
     */
    static String altered(String keep) {
        if (keep.chars().anyMatch(Character::isDigit)) return null;
        int sep = -1;
        for (int i = 1; i + 1 < keep.length(); i++) {
            if ((keep.charAt(i) == '-' || keep.charAt(i) == ' ') && Character.isLetter(keep.charAt(i - 1)) && Character.isLetter(keep.charAt(i + 1))) sep = i;
        }
        if (sep > 0) return keep.substring(0, sep) + (keep.charAt(sep) == '-' ? ' ' : '-') + keep.substring(sep + 1);
        String lowered = keep.charAt(0) + keep.substring(1).toLowerCase(java.util.Locale.ROOT);
        return lowered.equals(keep) ? null : lowered;
    }

    /**
     * A copy under a new slug: the base body twice (a post long enough to give each defect its own
     * block), each time with the list items in a new order (the same in every variant), and the code
     * section inserted at a random place between blocks.
     */
    private Copy derive(String slug) {
        Copy c = new Copy(slug);
        c.frontMatter.putAll(baseFrontMatter);
        List<Integer> sourceIndex = new ArrayList<>(); // for each chunk of the copy: base chunk index, -1/-2 for code
        List<Integer> renumber = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < baseKinds.size(); i++) if (baseKinds.get(i) == Kind.LIST) items.add(i);
            List<Integer> order = new ArrayList<>(items);
            Collections.shuffle(order, random);
            for (int i = 0; i < baseKinds.size(); i++) {
                int k = items.indexOf(i);
                sourceIndex.add(k < 0 ? i : order.get(k));
                renumber.add(k < 0 ? -1 : k + 1);
            }
        }
        List<Integer> insertAt = new ArrayList<>();
        for (int i = 1; i < sourceIndex.size(); i++) {
            Kind here = baseKinds.get(sourceIndex.get(i)), before = baseKinds.get(sourceIndex.get(i - 1));
            if (here == Kind.OTHER || before == Kind.OTHER) continue; // never inside the post's own code blocks
            if (renumber.get(i) < 0 && renumber.get(i - 1) < 0 || here == Kind.HEADING) insertAt.add(i);
        }
        if (insertAt.isEmpty()) insertAt.add(sourceIndex.size());
        int at = insertAt.get(random.nextInt(insertAt.size()));
        sourceIndex.add(at, -2);
        sourceIndex.add(at, -1);
        renumber.add(at, -1);
        renumber.add(at, -1);
        for (String lang : LANGS) {
            List<String> src = baseChunks.get(lang), dst = new ArrayList<>();
            for (int i = 0; i < sourceIndex.size(); i++) {
                int k = sourceIndex.get(i);
                String chunk = k == -1 ? CODE_INTRO.get(lang) : k == -2 ? CODE_BLOCK.get(lang) : src.get(k);
                dst.add(renumber.get(i) < 0 ? chunk : chunk.replaceFirst("^\\d+\\.", renumber.get(i) + "."));
            }
            c.chunks.put(lang, dst);
        }
        for (int k : sourceIndex) c.kinds.add(k == -1 ? Kind.CODE_INTRO : k == -2 ? Kind.CODE : baseKinds.get(k));
        return c;
    }

    // ---- planting ----

    private Copy plantAll(Copy c) {
        plantChunk(c, "term-forbidden", Set.of(Kind.PARA, Kind.LIST), List.of("hant", "hans"), this::termForbidden);
        plantChunk(c, "keep-altered", Set.of(Kind.PARA, Kind.LIST), LANGS, this::keepAltered);
        plantChunk(c, "script-mixed", Set.of(Kind.PARA, Kind.LIST), List.of("hant", "hans"), this::scriptMixed);
        plantChunk(c, "number-mismatch", Set.of(Kind.PARA, Kind.LIST), LANGS, this::numberChanged);
        plantChunk(c, "link-mismatch", Set.of(Kind.REFS, Kind.PARA, Kind.LIST), LANGS, this::linkChanged);
        plantChunk(c, "code-mismatch", Set.of(Kind.CODE_INTRO, Kind.CODE), LANGS, this::codeChanged);
        plantChunk(c, "punctuation-style", Set.of(Kind.PARA, Kind.LIST), List.of("hant", "hans"), this::quotesSwapped);
        plantChunk(c, "variant-divergence", Set.of(Kind.PARA, Kind.LIST), List.of("hans"), this::hansEdited);
        plantChunk(c, "term-missing", Set.of(Kind.PARA, Kind.LIST), LANGS, this::termDropped);
        plantStructure(c);
        plantFrontMatter(c);
        return c;
    }

    /** What a planting function returns: the new chunk text, the defect's offset in it, and what was done. */
    private record Edit(String text, int offset, boolean blockStart, String what) {}

    private interface Planter {
        /** An edit of {@code chunk} of variant {@code lang}, or null when this chunk offers none. */
        Edit plant(Copy c, String lang, int index, String chunk);
    }

    /** Tries random (chunk, variant) places until one accepts the defect; each chunk holds one defect. */
    private void plantChunk(Copy c, String rule, Set<Kind> kinds, List<String> langs, Planter planter) {
        List<int[]> places = new ArrayList<>();
        for (int i = 0; i < c.kinds.size(); i++) {
            if (!kinds.contains(c.kinds.get(i)) || c.used.contains(i)) continue;
            for (int l = 0; l < langs.size(); l++) places.add(new int[] {i, l});
        }
        Collections.shuffle(places, random);
        for (int[] p : places) {
            String lang = langs.get(p[1]);
            Edit e = planter.plant(c, lang, p[0], c.chunks.get(lang).get(p[0]));
            if (e == null) continue;
            c.chunks.get(lang).set(p[0], e.text());
            c.used.add(p[0]);
            c.pending.add(new Pending(rule, lang, p[0], e.offset(), e.blockStart(), e.what()));
            return;
        }
        // no place for this defect in this copy: it is not planted (the caller counts what was)
    }

    private Edit termForbidden(Copy c, String lang, int index, String chunk) {
        List<String[]> options = new ArrayList<>();
        for (String[] a : avoidTable) if (a[0].equals(lang) && standalone(chunk, a[1]) >= 0) options.add(a);
        if (options.isEmpty()) return null;
        String[] a = options.get(random.nextInt(options.size()));
        int at = standalone(chunk, a[1]);
        return new Edit(chunk.substring(0, at) + a[2] + chunk.substring(at + a[1].length()), at, false, a[1] + " → " + a[2]);
    }

    private Edit keepAltered(Copy c, String lang, int index, String chunk) {
        List<String[]> options = new ArrayList<>();
        for (String[] a : alteredTable) if (standalone(chunk, a[0]) >= 0) options.add(a);
        if (options.isEmpty()) return null;
        String[] a = options.get(random.nextInt(options.size()));
        int at = standalone(chunk, a[0]);
        return new Edit(chunk.substring(0, at) + a[1] + chunk.substring(at + a[0].length()), at, false, a[0] + " → " + a[1]);
    }

    /** Index of {@code s} in {@code text} not joined to a longer name (DeepSeek in DeepSeek-R1), or -1. */
    private int standalone(String text, String s) {
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            int e = i + s.length();
            // a dot joins like a hyphen: AI in 01.AI is part of the company name
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && "-.".indexOf(text.charAt(i - 1)) < 0;
            boolean after = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)) && text.charAt(e) != '-'
                    && !(text.charAt(e) == '.' && e + 1 < text.length() && Character.isLetterOrDigit(text.charAt(e + 1)));
            if (before && after && !insideLinkTarget(text, i) && !insideLongerTerm(text, s, i)) return i;
        }
        return -1;
    }

    /** {@code s} at {@code at} is part of a longer glossary string there (AI in AI 2.0). */
    private boolean insideLongerTerm(String text, String s, int at) {
        for (String longer : termStrings) {
            if (longer.length() <= s.length() || !longer.contains(s)) continue;
            for (int i = text.indexOf(longer); i >= 0; i = text.indexOf(longer, i + 1)) {
                if (i <= at && at < i + longer.length()) return true;
            }
        }
        return false;
    }

    private static boolean insideBareUrl(String text, int at) {
        int from = at;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        int to = at;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
        return text.substring(from, to).contains("://");
    }

    private static boolean insideLinkTarget(String text, int at) {
        Matcher m = LINK_TARGET.matcher(text);
        while (m.find()) if (at >= m.start() && at < m.end()) return true;
        return false;
    }

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final String TRADITIONAL = "這與國為個們說時對會發實現術經過還進應來";
    private static final String SIMPLIFIED = "这与国为个们说时对会发实现术经过还进应来"; // not 後/后: 后 is also a traditional character

    private Edit scriptMixed(Copy c, String lang, int index, String chunk) {
        String from = lang.equals("hant") ? TRADITIONAL : SIMPLIFIED, to = lang.equals("hant") ? SIMPLIFIED : TRADITIONAL;
        List<Integer> options = new ArrayList<>();
        for (int i = 0; i < chunk.length(); i++) {
            int k = from.indexOf(chunk.charAt(i));
            if (k >= 0 && from.charAt(k) != to.charAt(k) && !termChars.contains(chunk.charAt(i)) && !insideLinkTarget(chunk, i)) options.add(i);
        }
        if (options.isEmpty()) return null;
        int at = options.get(random.nextInt(options.size()));
        char wrong = to.charAt(from.indexOf(chunk.charAt(at)));
        return new Edit(chunk.substring(0, at) + wrong + chunk.substring(at + 1), at, false, chunk.charAt(at) + " → " + wrong);
    }

    /** A digit run that is a quantity: not in a name (Yi-34B, GPT-4, 01.AI), a version, a list marker or a URL. */
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\p{L}\\p{N}.,\\-/:$\\[])\\d+(?![\\p{L}\\p{N}.,\\-\\]])"); // not [1] citation marks

    private Edit numberChanged(Copy c, String lang, int index, String chunk) {
        List<Integer> options = new ArrayList<>();
        Matcher m = QUANTITY.matcher(chunk);
        while (m.find()) {
            int s = m.start();
            if (s == 0 || insideLinkTarget(chunk, s) || insideBareUrl(chunk, s)) continue;
            if (s >= 2 && chunk.charAt(s - 1) == ' ' && Character.isLetter(chunk.charAt(s - 2)) && chunk.charAt(s - 2) < 0x250
                    && Character.isUpperCase(chunk.charAt(s - 2))) continue; // LLaMA 2: a version
            options.add(s);
        }
        if (options.isEmpty()) return null;
        int at = options.get(random.nextInt(options.size()));
        char d = chunk.charAt(at);
        char changed = d == '9' ? '8' : (char) (d + 1);
        return new Edit(chunk.substring(0, at) + changed + chunk.substring(at + 1), at, false, "digit " + d + " → " + changed);
    }

    private Edit linkChanged(Copy c, String lang, int index, String chunk) {
        List<Integer> ends = new ArrayList<>();
        Matcher m = LINK_TARGET.matcher(chunk);
        while (m.find()) ends.add(m.end() - 1);
        if (ends.isEmpty()) return null;
        int at = ends.get(random.nextInt(ends.size()));
        int start = chunk.lastIndexOf("](", at) + 2;
        return new Edit(chunk.substring(0, at) + "-v2" + chunk.substring(at), start, false, "link target + -v2");
    }

    private Edit codeChanged(Copy c, String lang, int index, String chunk) {
        if (c.kinds.get(index) == Kind.CODE_INTRO) {
            if (lang.equals("en")) return null;
            String code = "pip install yi-client", translated = lang.equals("hant") ? "pip 安裝 yi-client" : "pip 安装 yi-client";
            int at = chunk.indexOf(code);
            return new Edit(chunk.substring(0, at) + translated + chunk.substring(at + code.length()), at, false, "inline code translated");
        }
        String line = "yi chat --model yi-34b";
        int at = chunk.indexOf(line);
        return new Edit(chunk.substring(0, at) + "yi chat --model yi-9b" + chunk.substring(at + line.length()), at, false, "code line changed");
    }

    private Edit quotesSwapped(Copy c, String lang, int index, String chunk) {
        char open = lang.equals("hant") ? '「' : '“', close = lang.equals("hant") ? '」' : '”';
        char newOpen = lang.equals("hant") ? '“' : '「', newClose = lang.equals("hant") ? '”' : '」';
        int s = chunk.indexOf(open);
        if (s < 0) return null;
        int e = chunk.indexOf(close, s);
        if (e < 0) return null;
        String t = chunk.substring(0, s) + newOpen + chunk.substring(s + 1, e) + newClose + chunk.substring(e + 1);
        return new Edit(t, s, false, open + "" + close + " → " + newOpen + newClose);
    }

    private Edit hansEdited(Copy c, String lang, int index, String chunk) {
        int at = chunk.indexOf('。');
        if (at < 0) return null;
        // The finding covers the edited words, so it is on the line of the added clause.
        return new Edit(chunk.substring(0, at) + "，这一点值得注意" + chunk.substring(at), at + 1, false, "clause added to one hans sentence");
    }

    private static final Map<String, String> FILLER = Map.of("hant", "它", "hans", "它", "en", "it");

    /**
     * Replaces the only rendering of a term in one variant's block by a pronoun, where both other
     * variants' blocks have the term. Not when the block would still name it: an English rendering in a
     * Chinese block (kept in English), or a part of a multi-word English name ("Lee").
     */
    private Edit termDropped(Copy c, String lang, int index, String chunk) {
        List<String> options = new ArrayList<>();
        for (Map<String, List<String>> term : droppable) {
            boolean others = true;
            for (String o : LANGS) {
                if (o.equals(lang)) continue;
                String other = c.chunks.get(o).get(index);
                if (term.get(o).stream().noneMatch(r -> wordIndex(other, r, 0) >= 0)) others = false;
            }
            if (!others) continue;
            int n = 0;
            String only = null;
            for (String r : term.get(lang)) {
                for (int i = wordIndex(chunk, r, 0); i >= 0; i = wordIndex(chunk, r, i + 1)) {
                    n++;
                    only = r;
                }
            }
            if (n != 1) continue;
            if (!lang.equals("en") && term.get("en").stream().anyMatch(r -> wordIndex(chunk, r, 0) >= 0)) continue;
            String dropped = only;
            if (lang.equals("en") && Stream.of(dropped.split("[ -]")).anyMatch(w -> w.length() > 1 && count(chunk, w) > 1)) continue;
            options.add(only);
        }
        if (options.isEmpty()) return null;
        String r = options.get(random.nextInt(options.size()));
        int at = wordIndex(chunk, r, 0);
        return new Edit(chunk.substring(0, at) + FILLER.get(lang) + chunk.substring(at + r.length()), itemStart(chunk, at), false,
                r + " → " + FILLER.get(lang));
    }

    /** Start of the innermost list item holding {@code at} (term-missing is reported on its block), else 0. */
    private static int itemStart(String chunk, int at) {
        int lineStart = chunk.lastIndexOf('\n', at - 1) + 1;
        while (lineStart > 0) {
            if (chunk.substring(lineStart).matches("(?s)\\s*([-*+]|\\d+[.)]) .*")) return lineStart + (chunk.substring(lineStart).length() - chunk.substring(lineStart).stripLeading().length());
            lineStart = chunk.lastIndexOf('\n', lineStart - 2) + 1;
        }
        return 0;
    }

    /** Case-insensitive index of {@code r} from {@code from}, not inside a longer Latin word or a link target; -1 if none. */
    private static int wordIndex(String text, String r, int from) {
        String lower = text.toLowerCase(java.util.Locale.ROOT), needle = r.toLowerCase(java.util.Locale.ROOT);
        for (int i = lower.indexOf(needle, from); i >= 0; i = lower.indexOf(needle, i + 1)) {
            int e = i + needle.length();
            boolean before = i == 0 || !isLatinAlnum(text.charAt(i - 1)) || !isLatinAlnum(text.charAt(i));
            boolean after = e >= text.length() || !isLatinAlnum(text.charAt(e)) || !isLatinAlnum(text.charAt(e - 1));
            if (before && after && !insideLinkTarget(text, i)) return i;
        }
        return -1;
    }

    private static boolean isLatinAlnum(char ch) {
        return ch < 0x250 && Character.isLetterOrDigit(ch) || ch == '-' || ch == '.';
    }

    private static boolean containsIgnoreCase(String text, String s) {
        return text.toLowerCase().contains(s.toLowerCase());
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) n++;
        return n;
    }

    /** Drops one paragraph or list item from one variant; the gap is reported at the next block of that variant. */
    private void plantStructure(Copy c) {
        List<Integer> options = new ArrayList<>();
        for (int i = 0; i + 1 < c.kinds.size(); i++) {
            Kind k = c.kinds.get(i);
            if ((k == Kind.PARA || k == Kind.LIST) && !c.used.contains(i) && !c.used.contains(i + 1)) options.add(i);
        }
        if (options.isEmpty()) return; // nothing left to drop: not planted
        int i = options.get(random.nextInt(options.size()));
        String lang = LANGS.get(random.nextInt(LANGS.size()));
        c.used.add(i);
        c.used.add(i + 1);
        c.dropped.add(lang + "/" + i);
        c.pending.add(new Pending("structure-mismatch", lang, i + 1, 0, true, "block " + i + " dropped"));
    }

    private static final String[][] FRONT_MATTER = {{"layout: post", "layout: page"}, {"type: note", "type: post"}, {"lang: ", null}};

    private void plantFrontMatter(Copy c) {
        String lang = LANGS.get(random.nextInt(LANGS.size()));
        // only keys that every variant has: a key one variant lacks is already a finding of its own
        List<String[]> present = Stream.of(FRONT_MATTER)
                .filter(x -> x[1] == null || LANGS.stream().allMatch(l -> c.frontMatter.get(l).contains(x[0] + "\n"))).toList();
        String[] f = present.get(random.nextInt(present.size()));
        String fm = c.frontMatter.get(lang);
        String line = f[1] != null ? f[0] : "lang: " + codes.get(lang);
        String replacement = f[1] != null ? f[1] : "lang: " + codes.get(LANGS.get((LANGS.indexOf(lang) + 1) % LANGS.size()));
        int at = fm.indexOf(line + "\n");
        if (at < 0) { // the post has no such key: change its lang instead
            line = "lang: " + codes.get(lang);
            replacement = "lang: " + codes.get(LANGS.get((LANGS.indexOf(lang) + 1) % LANGS.size()));
            at = fm.indexOf(line + "\n");
        }
        if (at < 0) return; // a real post whose lang: is written otherwise (plantedDefectsInOtherPosts): nothing to change
        c.frontMatter.put(lang, fm.substring(0, at) + replacement + fm.substring(at + line.length()));
        c.pending.add(new Pending("frontmatter-mismatch", lang, -1, at, false, line + " → " + replacement));
    }

    private Copy plantMissingVariant(Copy c) {
        c.deletedVariant = LANGS.get(random.nextInt(LANGS.size()));
        String first = LANGS.stream().filter(Predicate.not(c.deletedVariant::equals)).findFirst().orElseThrow();
        c.pending.add(new Pending("missing-variant", first, -1, 0, false, c.deletedVariant + " deleted"));
        return c;
    }

    // ---- output ----

    private void write(Path out, Copy c) throws IOException {
        for (String lang : LANGS) {
            if (lang.equals(c.deletedVariant)) continue;
            StringBuilder sb = new StringBuilder(c.frontMatter.get(lang));
            List<String> chunks = c.chunks.get(lang);
            int[] start = new int[chunks.size() + 1], end = new int[chunks.size()];
            boolean firstChunk = true;
            for (int i = 0; i < chunks.size(); i++) {
                start[i] = sb.length() + (firstChunk ? 0 : 2);
                if (c.dropped.contains(lang + "/" + i)) {
                    end[i] = start[i];
                    continue;
                }
                if (!firstChunk) sb.append("\n\n");
                firstChunk = false;
                sb.append(chunks.get(i));
                end[i] = sb.length();
            }
            sb.append('\n');
            String text = sb.toString();
            String file = "posts/" + codes.get(lang) + "/" + c.slug + ".md";
            for (Pending p : c.pending) {
                if (!p.lang().equals(lang)) continue;
                if (p.chunk() < 0) {
                    int line = lineOf(text, p.offset());
                    planted.add(new Planted(p.rule(), file, line, line, line, p.what()));
                    continue;
                }
                int first = lineOf(text, start[p.chunk()]), last = lineOf(text, Math.max(start[p.chunk()], end[p.chunk()] - 1));
                int line = p.blockStart() ? first : lineOf(text, start[p.chunk()] + p.offset());
                planted.add(new Planted(p.rule(), file, line, first, last, p.what()));
            }
            Path target = out.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
