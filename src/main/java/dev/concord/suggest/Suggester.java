package dev.concord.suggest;

import dev.concord.align.Aligner;
import dev.concord.align.BlockPair;
import dev.concord.check.Checker;
import dev.concord.check.PostContext;
import dev.concord.convert.ScriptConverter;
import dev.concord.corpus.Post;
import dev.concord.corpus.SourceReader;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.glossary.TermMatcher;
import dev.concord.markdown.Block;
import dev.concord.markdown.Document;
import dev.concord.model.Lang;
import dev.concord.model.Span;
import dev.concord.script.ScriptChars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mines a blog for glossary terms: English candidates from the en variants, and for each the
 * Chinese strings that go with it in the aligned blocks of the hans and hant variants.
 *
 * <ol>
 *   <li>Each post is parsed and its en variant aligned with each Chinese variant (the checker's
 *       aligner); every pair of aligned blocks with prose, and the pair of titles, is a unit.</li>
 *   <li>Candidates ({@link EnglishCandidates}) used in at least {@code minPosts} posts are kept; a
 *       candidate that mostly occurs inside a longer kept one ("Fu Lee" in "Kai-Fu Lee") is dropped.</li>
 *   <li>For each candidate and variant, the Chinese gram ({@link ChineseGrams}) with the best Dice
 *       score over the units holding the candidate, counted where it stands at the candidate's
 *       place ({@link #atPlace}), is its first rendering; the units that do not contain it are
 *       searched again for a second one, and so on. A rendering needs two units and a significant
 *       log-likelihood ({@link Association}); where one unit is all there is, a quoted term paired
 *       with a quoted translation ({@link QuotePairs}) is taken as its rendering. Then the units
 *       that use none of a variant's renderings where the other variant uses its own are searched
 *       once more ({@link #againstTheOther}).</li>
 *   <li>Renderings are counted exactly; hant renderings are converted to hans to compare the two
 *       variants. Inconsistent terms come first, then by posts.</li>
 * </ol>
 * Association, not translation: nothing here knows what a word means.
 */
public final class Suggester {
    public static final int DEFAULT_MIN_POSTS = 2;
    /** Units examined per candidate and round: enough to find the renderings, bounded on big blogs. */
    static final int SAMPLE = 48;
    /** Below this Dice score a gram is not a rendering: the term is rendered in too many ways, or not at all. */
    static final double MIN_DICE = 0.3;
    static final int MAX_RENDERINGS = 4;
    /** Blocks a statistical rendering needs when the other Chinese variant renders the term otherwise. */
    static final int MIN_DISPUTED_BLOCKS = 3;
    /** Grams examined per candidate and variant, taken or not: bounds the work on a blog of near-copies. */
    static final int MAX_TRIES = 8;
    /** A candidate occurring this share of its times inside one longer candidate is part of that one. */
    static final double NESTED = 0.7;
    private static final List<Lang> ZH = List.of(Lang.HANS, Lang.HANT);

    private final Glossary glossary;
    private final TermMatcher enMatcher;
    private final Map<Lang, Set<String>> glossaryAccepted = new EnumMap<>(Lang.class);
    private final ScriptConverter toHans;
    private final int minPosts;

    /** @param toHans the hant→hans converter of the blog's hant standard, to compare the two variants */
    public Suggester(Glossary glossary, ScriptConverter toHans, int minPosts) {
        this.glossary = glossary;
        this.enMatcher = glossary.matcher(Lang.EN);
        this.toHans = toHans;
        this.minPosts = Math.max(1, minPosts);
        for (Lang l : ZH) {
            Set<String> s = new HashSet<>();
            for (Term t : glossary.terms()) s.addAll(t.accepted(l));
            glossaryAccepted.put(l, s);
        }
    }

    /**
     * One aligned pair of blocks (or of titles): the English prose with its candidate occurrences
     * (offsets into {@code en}), and the Chinese prose.
     */
    record Unit(int post, String en, List<EnglishCandidates.Occurrence> occurrences, String zh) {}

    /** What one post contributes: candidate occurrences per piece of English text (title, blocks), and units. */
    record PostData(List<List<EnglishCandidates.Occurrence>> pieces, Map<Lang, List<Unit>> units) {}

    /**
     * The units of one Chinese variant: by candidate, the candidates of each, and in how many units
     * each gram occurs. {@code byKey} holds the units where the candidate is the longest at its
     * place; {@code containing} also those where it is part of a longer one ("open source" in
     * "open source model"), whose translations hold its rendering all the same.
     */
    private record Corpus(Map<String, List<Unit>> byKey, Map<Unit, Set<String>> keysOf, Map<String, List<Unit>> containing,
                          LongIntMap frequency, int size) {
        List<Unit> of(String key) {
            return byKey.getOrDefault(key, List.of());
        }
    }

    /** Per candidate key: where and how it is written in English. */
    static final class Stats {
        int posts;
        int lastPost = -1;
        int occurrences;
        int names;
        int nouns;
        int verbs;
        int capitalised;
        final Map<String, Integer> surfaces = new HashMap<>();

        void add(int post, EnglishCandidates.Occurrence o) {
            if (lastPost != post) {
                posts++;
                lastPost = post;
            }
            occurrences++;
            if (o.name()) names++;
            if (o.noun()) nouns++;
            if (o.verb()) verbs++;
            if (Character.isUpperCase(o.surface().charAt(0))) capitalised++;
            surfaces.merge(o.surface(), 1, Integer::sum);
        }
    }

    public List<Suggestion> suggest(List<Post> posts, SourceReader reader) {
        List<PostData> data = java.util.stream.IntStream.range(0, posts.size()).parallel()
                .mapToObj(i -> read(i, posts.get(i), reader)).toList();
        joinSpellings(data);
        joinSentenceStarts(data);
        Map<String, Stats> all = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            for (List<EnglishCandidates.Occurrence> piece : data.get(i).pieces()) {
                for (EnglishCandidates.Occurrence o : piece) all.computeIfAbsent(o.key(), k -> new Stats()).add(i, o);
            }
        }
        // Counted again with only the longest candidate at each place: "key" inside "Sticky Keys" is
        // that term, not another use of "key".
        Set<String> modifiers = nameModifiers(data, all);
        Set<String> first = keep(all, modifiers);
        // A term the variants of one post quote two ways is an inconsistency on its own evidence,
        // however few posts use it: it is looked at whatever minPosts says.
        Set<String> quotedTwoWays = quotedTwoWays(data);
        first.addAll(quotedTwoWays);
        Map<String, Stats> stats = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            for (List<EnglishCandidates.Occurrence> piece : data.get(i).pieces()) {
                for (EnglishCandidates.Occurrence o : longest(piece, first, modifiers)) stats.computeIfAbsent(o.key(), k -> new Stats()).add(i, o);
            }
        }
        // A word that is no term by its English use may still be a name the translations keep
        // ("Frobnicator" always opening a sentence): those are looked at, and kept only as keep terms.
        Set<String> kept = new HashSet<>();
        stats.forEach((k, s) -> {
            if ((s.posts >= minPosts || quotedTwoWays.contains(k)) && (termLike(k, s) || s.capitalised > 0)) kept.add(k);
        });
        Map<Lang, List<Unit>> units = new EnumMap<>(Lang.class);
        for (Lang l : ZH) {
            units.put(l, new ArrayList<>());
            for (PostData d : data) units.get(l).addAll(d.units().getOrDefault(l, List.of()));
        }
        // the two variants' corpora are independent: built side by side
        List<Corpus> built = ZH.parallelStream().map(l -> corpus(units.get(l), kept, modifiers)).toList();
        Map<Lang, Corpus> corpora = new EnumMap<>(Lang.class);
        for (int i = 0; i < ZH.size(); i++) corpora.put(ZH.get(i), built.get(i));
        List<String> slugs = posts.stream().map(Post::slug).toList();
        List<Suggestion> found = kept.parallelStream()
                .map(k -> suggestion(k, stats.get(k), corpora, slugs))
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<String, Suggestion> byKey = new HashMap<>();
        for (Suggestion s : found) byKey.put(s.key(), s);
        return found.stream().map(s -> Termhood.composed(s, byKey)).sorted(RANKING).toList();
    }

    /**
     * One compound written closed and open ("VSCode" and "VS Code", "fullscreen" and "full
     * screen") is one candidate, as a hyphen already is ("open-source", "open source"): the keys
     * that are equal without their spaces take the key of the form used most (ties: the first in
     * alphabetical order). Occurrences are replaced in place, in the lists the units share.
     */
    static void joinSpellings(List<PostData> data) {
        Map<String, Integer> uses = new HashMap<>();
        for (PostData d : data) for (List<EnglishCandidates.Occurrence> piece : d.pieces()) for (EnglishCandidates.Occurrence o : piece) uses.merge(o.key(), 1, Integer::sum);
        Map<String, String> closedToKey = new HashMap<>();
        for (Map.Entry<String, Integer> e : uses.entrySet()) {
            closedToKey.merge(e.getKey().replace(" ", ""), e.getKey(), (a, b) -> {
                int ua = uses.get(a), ub = uses.get(b);
                return ua != ub ? (ua > ub ? a : b) : (a.compareTo(b) <= 0 ? a : b);
            });
        }
        // the few keys that change, found once per key rather than once per occurrence
        Map<String, String> joined = new HashMap<>();
        for (String k : uses.keySet()) {
            String to = closedToKey.get(k.replace(" ", ""));
            if (!to.equals(k)) joined.put(k, to);
        }
        if (joined.isEmpty()) return;
        for (PostData d : data) {
            for (List<EnglishCandidates.Occurrence> piece : d.pieces()) {
                for (int i = 0; i < piece.size(); i++) {
                    EnglishCandidates.Occurrence o = piece.get(i);
                    String k = joined.get(o.key());
                    if (k != null) piece.set(i, new EnglishCandidates.Occurrence(k, o.surface(), o.start(), o.end(), o.name(), o.noun(), o.verb()));
                }
            }
        }
    }

    /**
     * A capitalised word that starts a sentence is read as a common word ("Widgets are" is
     * "widgets", keyed "widget"), but where the blog writes the same form as a name elsewhere
     * ("on Windows", "in Windows") the sentence "Windows will save them" names it too: such an
     * occurrence takes the name's key, not the common word's ("window"). Occurrences are
     * replaced in place, in the lists the units share.
     */
    static void joinSentenceStarts(List<PostData> data) {
        Map<String, Set<Integer>> namedIn = new HashMap<>();
        for (int p = 0; p < data.size(); p++) {
            for (List<EnglishCandidates.Occurrence> piece : data.get(p).pieces()) {
                for (EnglishCandidates.Occurrence o : piece) if (o.name()) namedIn.computeIfAbsent(o.key(), k -> new HashSet<>()).add(p);
            }
        }
        Set<String> names = new HashSet<>();
        namedIn.forEach((k, in) -> {
            if (in.size() >= 2) names.add(k);
        });
        for (PostData d : data) {
            for (List<EnglishCandidates.Occurrence> piece : d.pieces()) {
                for (int i = 0; i < piece.size(); i++) {
                    EnglishCandidates.Occurrence o = piece.get(i);
                    if (o.name() || !Character.isUpperCase(o.surface().charAt(0))) continue;
                    String asWritten = EnglishCandidates.key(o.surface());
                    if (!asWritten.equals(o.key()) && names.contains(asWritten)) {
                        piece.set(i, new EnglishCandidates.Occurrence(asWritten, o.surface(), o.start(), o.end(), true, o.noun(), o.verb()));
                    }
                }
            }
        }
    }

    /**
     * Whether a candidate can be a glossary term: a name (written as one at least half the time), a
     * phrase of several words, or a single word used as a noun at least as often as as a verb. Verbs
     * ("open", "ensure") follow "to", modals and pronouns. A word never seen as either only ever
     * modifies a noun ("default settings", "memory leaks", "reasoning models"): a noun used that way
     * is still a term, an adverb ("typically") or a participle ("updated settings") is not, and
     * English marks those two by their ending.
     */
    static boolean termLike(String key, Stats s) {
        if (s.names * 2 >= s.occurrences) return true;
        if (key.indexOf(' ') >= 0) return true;
        if (s.nouns == 0 && s.verbs == 0) return !adverbOrParticiple(key);
        return s.nouns >= s.verbs;
    }

    /** An English word ending like an adverb (-ly) or a past participle (-ed, not -eed: "speed"). */
    static boolean adverbOrParticiple(String word) {
        return word.length() > 4 && (word.endsWith("ly") || word.endsWith("ed") && !word.endsWith("eed"));
    }

    /**
     * The occurrences of kept candidates that no longer kept occurrence contains, except that the
     * rest of a candidate after a leading name ({@link #nameModifiers}) is one of its own as well:
     * "language server" in "Java Language Server".
     */
    static List<EnglishCandidates.Occurrence> longest(List<EnglishCandidates.Occurrence> piece, Set<String> kept, Set<String> modifiers) {
        List<EnglishCandidates.Occurrence> in = new ArrayList<>();
        for (EnglishCandidates.Occurrence o : piece) if (kept.contains(o.key())) in.add(o);
        List<EnglishCandidates.Occurrence> out = new ArrayList<>(in.size());
        for (EnglishCandidates.Occurrence o : in) {
            boolean inside = false;
            for (EnglishCandidates.Occurrence p : in) {
                if (p.start() > o.start()) continue;
                if (p != o && o.end() <= p.end() && p.end() - p.start() > o.end() - o.start() && !headAfterName(p.key(), o.key(), modifiers)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) out.add(o);
        }
        return out;
    }

    /** Most term-like first ({@link Termhood}), then by posts, occurrences, and the key for a stable order. */
    public static final Comparator<Suggestion> RANKING = Comparator.comparingDouble(Suggestion::termhood).reversed()
            .thenComparing(Comparator.comparingInt(Suggestion::posts).reversed())
            .thenComparing(Comparator.comparingInt(Suggestion::occurrences).reversed())
            .thenComparing(Suggestion::key);

    private PostData read(int index, Post post, SourceReader reader) {
        List<List<EnglishCandidates.Occurrence>> pieces = new ArrayList<>();
        Map<Lang, List<Unit>> units = new EnumMap<>(Lang.class);
        String enPath = post.paths().get(Lang.EN);
        if (enPath == null) return new PostData(pieces, units);
        Document en = Checker.load(reader, enPath);
        String enTitle = en.frontMatter().get("title");
        List<EnglishCandidates.Occurrence> titleOccurrences = enTitle == null ? List.of() : EnglishCandidates.find(enTitle);
        pieces.add(titleOccurrences);
        Map<Block, Unit> enSide = new IdentityHashMap<>();
        for (Block b : en.blocks()) {
            if (b.prose().isEmpty()) continue;
            // offsets relative to the block's prose text, as the unit holds it
            String prose = PostContext.proseText(en.source(), b);
            List<EnglishCandidates.Occurrence> found = EnglishCandidates.find(prose);
            pieces.add(found);
            if (!found.isEmpty()) enSide.put(b, new Unit(index, prose, found, null));
        }
        for (Lang l : ZH) {
            String path = post.paths().get(l);
            if (path == null) continue;
            Document zh = Checker.load(reader, path);
            List<Unit> list = new ArrayList<>();
            String zhTitle = zh.frontMatter().get("title");
            if (zhTitle != null && !titleOccurrences.isEmpty()) list.add(new Unit(index, enTitle, titleOccurrences, zhTitle));
            // A block the aligner found merged into an English one (the translation splits a
            // paragraph in two, a quote line by line) is part of that block's translation: its
            // text joins the unit's, in the order of the post.
            Map<Block, StringBuilder> zhOf = new IdentityHashMap<>();
            List<Block> order = new ArrayList<>();
            for (BlockPair p : Aligner.align(en, zh)) {
                Block enBlock = p.matched() ? p.left() : p.left() == null ? p.mergedInto() : null;
                if (p.right() == null || enBlock == null || p.right().prose().isEmpty() || !enSide.containsKey(enBlock)) continue;
                StringBuilder text = zhOf.get(enBlock);
                String prose = PostContext.proseText(zh.source(), p.right());
                if (text == null) {
                    zhOf.put(enBlock, new StringBuilder(prose));
                    order.add(enBlock);
                } else {
                    text.append('\n').append(prose);
                }
            }
            for (Block b : order) {
                Unit u = enSide.get(b);
                list.add(new Unit(index, u.en(), u.occurrences(), zhOf.get(b).toString()));
            }
            units.put(l, list);
        }
        return new PostData(pieces, units);
    }

    /**
     * Single words written as names at least half the time, in enough posts, and followed by more
     * than one thing (another word, or nothing): "Java" in "Java 21", "Java extensions", "Java
     * Language Server". A longer candidate that starts with one is that name and a term of its
     * own, which the translations render as the name kept in Latin letters beside the term's
     * rendering (Java 语言服务器); the term is then found through the longer candidate. A word
     * only ever seen before one other ("Sticky" in "Sticky Keys") is part of that name.
     */
    private Set<String> nameModifiers(List<PostData> data, Map<String, Stats> all) {
        Map<String, Set<String>> next = new HashMap<>();
        Map<Integer, String> twoWords = new HashMap<>();
        for (PostData d : data) {
            for (List<EnglishCandidates.Occurrence> piece : d.pieces()) {
                twoWords.clear();
                for (EnglishCandidates.Occurrence p : piece) {
                    int sp = p.key().indexOf(' ');
                    if (sp > 0 && p.key().indexOf(' ', sp + 1) < 0) twoWords.put(p.start(), p.key());
                }
                for (EnglishCandidates.Occurrence o : piece) {
                    // only a word written as a name here can lead a term
                    if (!o.name() || o.key().indexOf(' ') >= 0) continue;
                    Set<String> seen = next.computeIfAbsent(o.key(), k -> new HashSet<>());
                    if (seen.size() > 1) continue;
                    String two = twoWords.get(o.start());
                    seen.add(two == null ? "" : two.substring(two.indexOf(' ') + 1));
                }
            }
        }
        Set<String> out = new HashSet<>();
        all.forEach((k, s) -> {
            if (k.indexOf(' ') < 0 && s.posts >= minPosts && s.names * 2 >= s.occurrences && next.getOrDefault(k, Set.of()).size() > 1) out.add(k);
        });
        return out;
    }

    /** Whether {@code inner} is all of {@code outer} after a leading name ("language server" in "java language server"). */
    static boolean headAfterName(String outer, String inner, Set<String> modifiers) {
        int cut = outer.length() - inner.length() - 1;
        return cut > 0 && outer.endsWith(inner) && outer.charAt(cut) == ' ' && modifiers.contains(outer.substring(0, cut));
    }

    /** Candidates in enough posts, minus those that are mostly part of a longer kept candidate (not a head after a name). */
    private Set<String> keep(Map<String, Stats> stats, Set<String> modifiers) {
        Map<String, Integer> insideLonger = new HashMap<>();
        for (Map.Entry<String, Stats> e : stats.entrySet()) {
            if (e.getValue().posts < minPosts) continue;
            String[] words = e.getKey().split(" ");
            if (words.length < 2) continue;
            for (int s = 0; s < words.length; s++) {
                for (int t = s + 1; t <= words.length; t++) {
                    if (t - s == words.length || (s == 1 && t == words.length && modifiers.contains(words[0]))) continue;
                    String sub = EnglishCandidates.key(String.join(" ", java.util.Arrays.copyOfRange(words, s, t)));
                    insideLonger.merge(sub, e.getValue().occurrences, Math::max);
                }
            }
        }
        Set<String> kept = new HashSet<>();
        for (Map.Entry<String, Stats> e : stats.entrySet()) {
            Stats s = e.getValue();
            if (s.posts < minPosts) continue;
            if (insideLonger.getOrDefault(e.getKey(), 0) >= NESTED * s.occurrences) continue;
            kept.add(e.getKey());
        }
        return kept;
    }

    /**
     * Candidates that an English block quotes ("scaling laws") and that the aligned hans and hant
     * blocks quote at the same place as two different renderings (“规模定律”, 「規模法則」), not one
     * rendering in two scripts or in each region's own word.
     */
    private Set<String> quotedTwoWays(List<PostData> data) {
        Map<String, Map<Lang, Set<String>>> quoted = new HashMap<>();
        for (PostData d : data) {
            for (Map.Entry<Lang, List<Unit>> e : d.units().entrySet()) {
                for (Unit u : e.getValue()) {
                    if (u.en().indexOf('"') < 0 && u.en().indexOf('“') < 0) continue;
                    Map<String, String> pairs = QuotePairs.pairs(u.en(), u.zh());
                    if (pairs.isEmpty()) continue;
                    for (EnglishCandidates.Occurrence o : u.occurrences()) {
                        String r = pairs.get(o.key());
                        if (r != null) quoted.computeIfAbsent(o.key(), k -> new EnumMap<>(Lang.class))
                                .computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(r);
                    }
                }
            }
        }
        Set<String> out = new HashSet<>();
        quoted.forEach((key, byLang) -> {
            Set<String> hans = byLang.getOrDefault(Lang.HANS, Set.of()), hant = byLang.getOrDefault(Lang.HANT, Set.of());
            if (hans.size() > 1 || hant.size() > 1) out.add(key);
            for (String s : hans) for (String t : hant) if (!sameRendering(s, t)) out.add(key);
        });
        return out;
    }

    /** The units of one Chinese variant, indexed by the kept candidates they hold. */
    private static Corpus corpus(List<Unit> units, Set<String> kept, Set<String> modifiers) {
        Map<String, List<Unit>> m = new HashMap<>();
        Map<Unit, Set<String>> keysOf = new IdentityHashMap<>();
        Map<String, List<Unit>> containing = new HashMap<>();
        for (Unit u : units) {
            Set<String> keys = new HashSet<>();
            for (EnglishCandidates.Occurrence o : longest(u.occurrences(), kept, modifiers)) keys.add(o.key());
            keysOf.put(u, keys);
            for (String k : keys) m.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
            Set<String> anywhere = new HashSet<>();
            for (EnglishCandidates.Occurrence o : u.occurrences()) if (kept.contains(o.key())) anywhere.add(o.key());
            for (String k : anywhere) containing.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
        }
        return new Corpus(m, keysOf, containing, frequency(units), units.size());
    }

    /** In how many units of a variant each gram occurs. */
    private static LongIntMap frequency(List<Unit> units) {
        LongIntMap freq = new LongIntMap(1 << 16);
        LongIntMap seen = new LongIntMap(1 << 10);
        for (Unit u : units) {
            seen.clear();
            ChineseGrams.forEach(u.zh(), (h, s, e) -> {
                if (seen.addIfAbsent(h)) freq.add(h, 1);
            });
        }
        return freq;
    }

    private Suggestion suggestion(String key, Stats stats, Map<Lang, Corpus> corpora, List<String> slugs) {
        String en = preferredSurface(stats);
        Term term = glossaryTerm(en);
        Map<Lang, List<Suggestion.Rendering>> renderings = new EnumMap<>(Lang.class);
        Set<String> direct = new HashSet<>();
        Map<Lang, List<String>> found = new EnumMap<>(Lang.class);
        for (Lang l : ZH) {
            List<Unit> units = corpora.get(l).of(key);
            if (units.isEmpty()) continue;
            List<String> known = term == null ? List.of() : term.isKeep() ? List.of(term.keep()) : term.accepted(l);
            direct.addAll(known);
            found.put(l, renderings(key, stats.surfaces.keySet(), units, corpora.get(l), known, direct));
        }
        for (Lang l : ZH) {
            Lang other = l == Lang.HANS ? Lang.HANT : Lang.HANS;
            if (!found.containsKey(l) || found.getOrDefault(other, List.of()).isEmpty()) continue;
            String r = againstTheOther(key, l, stats.surfaces.keySet(), corpora.get(l), corpora.get(other), found.get(l), found.get(other).get(0));
            if (r != null) found.get(l).add(r);
        }
        for (Map.Entry<Lang, List<String>> e : found.entrySet()) {
            Corpus c = corpora.get(e.getKey());
            List<Suggestion.Rendering> counted = count(e.getValue(), c.containing().getOrDefault(key, c.of(key)), slugs, term, e.getKey());
            if (!counted.isEmpty()) renderings.put(e.getKey(), counted);
        }
        if (!sameTerm(renderings)) {
            // The variants disagree: on thin statistical evidence that is more often two chance
            // pairings than an inconsistency, so such a rendering is dropped. A quoted pair, a kept
            // name or a glossary rendering is evidence enough.
            for (Lang l : ZH) {
                List<Suggestion.Rendering> rs = renderings.get(l);
                if (rs == null) continue;
                List<Suggestion.Rendering> solid = rs.stream()
                        .filter(r -> r.blocks() >= MIN_DISPUTED_BLOCKS || direct.contains(r.text()) || isLatinForm(r.text(), stats)).toList();
                if (solid.isEmpty()) renderings.remove(l);
                else renderings.put(l, solid);
            }
        }
        if (renderings.isEmpty()) return null;
        boolean inconsistent = renderings.values().stream().anyMatch(r -> r.size() > 1) || !sameTerm(renderings);
        boolean keep = renderings.values().stream().allMatch(l -> isLatinForm(l.get(0).text(), stats));
        if (!keep && !termLike(key, stats)) return null;
        if (term != null) {
            boolean anyNew = renderings.values().stream().flatMap(List::stream).anyMatch(r -> !r.accepted());
            if (!anyNew) return null;
        } else if (renderings.entrySet().stream()
                .allMatch(e -> e.getValue().stream().allMatch(r -> glossaryAccepted.get(e.getKey()).contains(r.text())))) {
            return null; // every rendering is some glossary term's: the candidate is a form of a known term
        }
        Suggestion.Kind kind = keep || stats.names * 2 >= stats.occurrences ? Suggestion.Kind.NAME
                : key.indexOf(' ') >= 0 ? Suggestion.Kind.PHRASE : Suggestion.Kind.WORD;
        Map<Lang, Double> dice = new EnumMap<>(Lang.class);
        for (Map.Entry<Lang, List<Suggestion.Rendering>> e : renderings.entrySet()) {
            // The term against all of its renderings in the variant (one, or the few an inconsistent
            // blog uses), over every block whose English holds the term, nested ones included: the
            // renderings' frequencies count those blocks too.
            Corpus c = corpora.get(e.getKey());
            List<Unit> all = c.containing().getOrDefault(key, c.of(key));
            List<Unit> holding = sample(all);
            int with = 0;
            for (Unit u : holding) {
                for (Suggestion.Rendering r : e.getValue()) {
                    if (indexOf(u.zh(), r.text(), 0) >= 0) {
                        with++;
                        break;
                    }
                }
            }
            double both = (double) with * all.size() / holding.size(), frequency = 0;
            for (Suggestion.Rendering r : e.getValue()) frequency += c.frequency().get(ChineseGrams.hashOf(r.text()));
            dice.put(e.getKey(), Association.dice(both, all.size(), Math.max(both, frequency)));
        }
        double termhood = Termhood.score(kind, keep, inconsistent, stats.posts, stats.occurrences, renderings, dice, toHans);
        return new Suggestion(key, singularForm(en), kind, stats.posts, stats.occurrences, renderings, inconsistent, keep,
                term == null ? null : term.id(), termhood);
    }

    /**
     * Whether the preferred hans and hant renderings are one rendering: the same after script
     * conversion (規模法則 / 规模法则), Taiwan's word for the mainland one (游標 / 光标), or the same
     * Latin letters. 規模法則 / 规模定律 are two.
     */
    private boolean sameTerm(Map<Lang, List<Suggestion.Rendering>> renderings) {
        if (!renderings.containsKey(Lang.HANS) || !renderings.containsKey(Lang.HANT)) return true;
        return sameRendering(renderings.get(Lang.HANS).get(0).text(), renderings.get(Lang.HANT).get(0).text());
    }

    /** Whether a hans and a hant string are one rendering (see {@link #sameTerm}). */
    private boolean sameRendering(String s, String t) {
        if (s.equalsIgnoreCase(t) || RegionalPhrases.pair(s, t)) return true;
        return toHans != null && toHans.convert(t).equals(s);
    }

    /**
     * The renderings of one candidate in one variant, best first (not yet counted).
     *
     * @param known  the renderings the glossary accepts for it in this variant (none for a new term)
     * @param direct receives the renderings found without statistics (quoted pairs)
     */
    private static List<String> renderings(String key, Set<String> surfaces, List<Unit> units, Corpus corpus, List<String> known,
                                           Set<String> direct) {
        List<String> out = new ArrayList<>();
        List<Unit> residual = new ArrayList<>(units);
        Set<Long> taken = new HashSet<>();
        // A glossary term's accepted renderings are taken where they occur; only the blocks that
        // use none of them are searched, for the renderings the glossary does not know.
        for (String r : known) {
            if (residual.removeIf(u -> indexOf(u.zh(), r, 0) >= 0)) out.add(r);
            taken.add(ChineseGrams.hashOf(r));
        }
        Set<Long> identity = identity(surfaces);
        // A block that keeps the English form (a quoted message left in English: "Error: Could not
        // create the Java Virtual Machine") renders the term by it, whatever else it shares with
        // another block. Two or more such blocks make the kept form the first rendering below and
        // leave the search with it; fewer are no rendering, and their other strings none either.
        // Looked for in the blocks the search examines (all of them on a blog of a few dozen posts).
        List<String> forms = forms(surfaces);
        List<Unit> keptForm = new ArrayList<>();
        for (Unit u : sample(residual)) if (holdsAny(u.zh(), forms)) keptForm.add(u);
        if (keptForm.size() < 2) residual.removeAll(keptForm);
        // a name the other blocks keep, half translated in some (Claude代码): those blocks render it so
        String half = keptForm.size() < 2 ? null : halfTranslated(key, surfaces, residual);
        if (half != null) residual.removeIf(u -> indexOf(u.zh(), half, 0) >= 0);
        for (int tries = 0; tries < MAX_TRIES && out.size() < MAX_RENDERINGS && residual.size() >= 2; tries++) {
            String found = best(key, residual, corpus, taken, identity);
            if (found == null) break;
            taken.add(ChineseGrams.hashOf(found));
            // the English form kept in the Chinese text is this term's whatever shares its blocks
            if (!identity.contains(ChineseGrams.hashOf(found)) && ownedByAnother(key, found, units, corpus)) continue;
            String best = ChineseGrams.isHan(found.charAt(0)) ? whole(found, residual) : found;
            if (best == null) continue;
            taken.add(ChineseGrams.hashOf(best));
            boolean same = identity.contains(ChineseGrams.hashOf(best));
            if (out.contains(best) || (!same && !independent(best, units)) || truncated(best, surfaces)) continue;
            out.add(best);
            residual.removeIf(u -> indexOf(u.zh(), best, 0) >= 0);
        }
        if (half != null && out.size() < MAX_RENDERINGS && !out.contains(half)) {
            out.add(half);
            direct.add(half);
        }
        for (Unit u : residual) {
            if (out.size() >= MAX_RENDERINGS) break;
            String q = QuotePairs.renderingOf(key, u.en(), u.zh());
            if (q != null && !out.contains(q)) {
                out.add(q);
                direct.add(q);
            }
        }
        return out;
    }

    /**
     * A kept name of several words half translated: its leading words kept in Latin letters and its
     * last one in Han characters right after them, at the term's place (Claude代码 for "Claude Code",
     * in the titles of two posts whose text keeps the name). The Han characters are the start all
     * those blocks share; at least two, in blocks of two posts or more. Null when there is none.
     */
    static String halfTranslated(String key, Set<String> surfaces, List<Unit> units) {
        for (String s : new TreeSet<>(surfaces)) {
            int space = s.lastIndexOf(' ');
            if (space <= 0) continue;
            String lead = s.substring(0, space);
            String common = null, written = null;
            int firstPost = -1, blocks = 0;
            boolean twoPosts = false;
            for (Unit u : units) {
                String t = u.zh();
                int i = indexOf(t, lead, 0);
                if (i < 0 || !atPlace(places(key, u), i, t.length())) continue;
                int hs = i + lead.length() < t.length() && t.charAt(i + lead.length()) == ' ' ? i + lead.length() + 1 : i + lead.length();
                int he = hs;
                while (he < t.length() && he - hs < ChineseGrams.MAX_HAN && ChineseGrams.isHan(t.charAt(he))) he++;
                if (he - hs < 2 || ChineseGrams.isFunctionChar(t.charAt(hs)) || ChineseGrams.isLocative(t.charAt(hs))) continue;
                String run = t.substring(hs, he);
                int k = 0;
                if (common != null) {
                    while (k < common.length() && k < run.length() && common.charAt(k) == run.charAt(k)) k++;
                }
                common = common == null ? run : common.substring(0, k);
                if (written == null) written = t.substring(i, hs);
                if (firstPost < 0) firstPost = u.post();
                else twoPosts |= u.post() != firstPost;
                blocks++;
            }
            if (blocks >= 2 && twoPosts && common.length() >= 2) return written + common;
        }
        return null;
    }

    /** The English forms as the Chinese text may keep them, in the cases {@link #identity} accepts. */
    static List<String> forms(Set<String> surfaces) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String s : surfaces) {
            for (String form : List.of(s, singularForm(s))) {
                out.add(form);
                out.add(form.toLowerCase(Locale.ROOT));
                out.add(form.toUpperCase(Locale.ROOT));
                out.add(form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }

    /** Whether the Chinese text keeps one of these forms (on word boundaries). */
    static boolean holdsAny(String zh, List<String> forms) {
        for (String f : forms) if (indexOf(zh, f, 0) >= 0) return true;
        return false;
    }

    /** The hashes of the English forms as the Chinese text may keep them. */
    private static Set<Long> identity(Set<String> surfaces) {
        Set<Long> identity = new HashSet<>();
        for (String s : surfaces) {
            for (String form : List.of(s, singularForm(s))) {
                // the kept name in another case ("Llama" for "LLaMA") is still the name, reported as it is written
                identity.add(ChineseGrams.hashOf(form));
                identity.add(ChineseGrams.hashOf(form.toLowerCase(Locale.ROOT)));
                identity.add(ChineseGrams.hashOf(form.toUpperCase(Locale.ROOT)));
                identity.add(ChineseGrams.hashOf(form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1).toLowerCase(Locale.ROOT)));
            }
        }
        return identity;
    }

    /**
     * A rendering one post uses where the other variant uses the term's usual one: the blocks of
     * this variant that use none of its renderings, whose aligned block in the other variant uses
     * the other's first rendering (hant 環境變數 in one post where hans writes 环境变量 and hant
     * elsewhere 環境變量), the blocks where the term is part of a longer candidate included (安卓
     * in the hans blocks of "Android ROM" where hant keeps Android). Those blocks are about the
     * term, so a string at the term's place in {@value #MIN_DISPUTED_BLOCKS} or more of them renders
     * it here, even when they are all of one post (which {@link #independent} would not take), and
     * it goes with the term unless another candidate of those very blocks holds it more strongly
     * ("ROM", which the English writes itself): elsewhere the term is rendered otherwise, which is
     * the point. Not a string that holds the other's rendering or is part of it (测试方法 where
     * hant has 方法: a longer phrase, not another word), nor the other's very string when it holds
     * a character of the other script only (美国 in hant: a script slip, which the checker reports;
     * {@link #inTheOtherScript}). Null when there is none.
     */
    private String againstTheOther(String key, Lang lang, Set<String> surfaces, Corpus mine, Corpus theirs, List<String> have, String anchor) {
        Map<List<EnglishCandidates.Occurrence>, Unit> partner = new IdentityHashMap<>();
        for (Unit u : theirs.containing().getOrDefault(key, theirs.of(key))) partner.put(u.occurrences(), u);
        List<Unit> disputed = new ArrayList<>();
        for (Unit u : mine.containing().getOrDefault(key, mine.of(key))) {
            Unit p = partner.get(u.occurrences());
            if (p == null || indexOf(p.zh(), anchor, 0) < 0) continue;
            boolean rendered = false;
            for (String r : have) rendered |= indexOf(u.zh(), r, 0) >= 0;
            if (!rendered) disputed.add(u);
        }
        if (disputed.size() < MIN_DISPUTED_BLOCKS) return null;
        Set<Long> taken = new HashSet<>();
        for (String r : have) taken.add(ChineseGrams.hashOf(r));
        String found = null;
        for (int tries = 0; tries < MAX_TRIES && found == null; tries++) {
            String gram = best(key, disputed, mine, taken, identity(surfaces));
            if (gram == null) return null;
            taken.add(ChineseGrams.hashOf(gram));
            // judged in these blocks: "ROM" of "Android ROM" is that word's, 安卓 is the name's
            if (!ownedByAnother(key, gram, disputed, mine)) found = gram;
        }
        if (found == null) return null;
        String r = ChineseGrams.isHan(found.charAt(0)) ? whole(found, disputed) : found;
        if (r == null) return null;
        if (have.contains(r) || truncated(r, surfaces) || r.equals(anchor) && inTheOtherScript(r, lang)) return null;
        String asHans = lang == Lang.HANT && toHans != null ? toHans.convert(r) : r;
        String anchorHans = lang == Lang.HANS && toHans != null ? toHans.convert(anchor) : anchor;
        boolean same = lang == Lang.HANS ? sameRendering(r, anchor) : sameRendering(anchor, r);
        if (!same && (asHans.contains(anchorHans) || anchorHans.contains(asHans))) return null;
        int in = 0;
        for (Unit u : disputed) if (indexOf(u.zh(), r, 0) >= 0) in++;
        return in >= MIN_DISPUTED_BLOCKS ? r : null;
    }

    /**
     * Whether a string holds a character of the other variant's script only (美国 in hant): the
     * other variant's very rendering is then a script slip, which the checker reports, not a
     * rendering. A string the two scripts write alike (命令面板) is a rendering of both.
     */
    private static boolean inTheOtherScript(String s, Lang lang) {
        return lang == Lang.HANT ? ScriptChars.indexOfSimplifiedOnly(s, 0, s.length()) >= 0
                : ScriptChars.indexOfTraditionalOnly(s, 0, s.length()) >= 0;
    }

    /**
     * Whether a rendering is seen with the term in two posts, or the term's blocks are all from one
     * post: two blocks of one post repeat one context ("好奇心" twice in a post about July events),
     * they are not two pieces of evidence.
     */
    private static boolean independent(String rendering, List<Unit> units) {
        int firstPost = -1;
        boolean onePost = true;
        for (Unit u : units) {
            if (firstPost < 0) firstPost = u.post();
            onePost &= u.post() == firstPost;
        }
        if (onePost) return true;
        int seen = -1;
        for (Unit u : units) {
            if (indexOf(u.zh(), rendering, 0) < 0) continue;
            if (seen >= 0 && u.post() != seen) return true;
            seen = u.post();
        }
        return false;
    }

    /** A Latin rendering that is only part of the English form ("Language" for "Java Language Server"). */
    private static boolean truncated(String rendering, Set<String> surfaces) {
        if (hasHan(rendering)) return false;
        String r = " " + EnglishCandidates.key(rendering) + " ";
        for (String s : surfaces) {
            String k = " " + EnglishCandidates.key(s) + " ";
            if (!k.equals(r) && k.contains(r)) return true;
        }
        return false;
    }

    /**
     * Competitive linking: a gram goes with the candidate it is most strongly associated with. When
     * another candidate of the same blocks has a better Dice score with it ("Sticky Keys" for 粘滞键,
     * not "key"; "idea" for a phrase two startup posts share, not "create"), it is not this one's.
     */
    private static boolean ownedByAnother(String key, String gram, List<Unit> units, Corpus corpus) {
        double f = corpus.frequency().get(ChineseGrams.hashOf(gram));
        List<Unit> mySample = sample(units);
        List<Unit> with = new ArrayList<>();
        for (Unit u : mySample) if (indexOf(u.zh(), gram, 0) >= 0) with.add(u);
        double myBoth = (double) with.size() * units.size() / mySample.size();
        double mine = Association.dice(myBoth, units.size(), Math.max(f, myBoth));
        Map<String, Integer> others = new HashMap<>();
        List<Unit> sample = sample(with);
        for (Unit u : sample) for (String k : corpus.keysOf().get(u)) if (!k.equals(key)) others.merge(k, 1, Integer::sum);
        // "GPU" in the Chinese text is the term GPU whenever the English has it too, whatever else
        // ("Nvidia") shares its blocks
        if (!hasHan(gram) && !EnglishCandidates.key(gram).equals(key)) {
            if (others.containsKey(EnglishCandidates.key(gram))) return true;
            for (Unit u : sample) if (indexOf(u.en(), gram, 0) >= 0) return true;
        }
        for (Map.Entry<String, Integer> e : others.entrySet()) {
            if (e.getValue() * 2 < sample.size()) continue; // with the gram in too few of these blocks to beat this one
            List<Unit> theirs = corpus.of(e.getKey());
            List<Unit> ts = sample(theirs);
            int hit = 0;
            for (Unit u : ts) if (indexOf(u.zh(), gram, 0) >= 0) hit++;
            double both = (double) hit * theirs.size() / ts.size();
            if (Association.dice(both, theirs.size(), Math.max(f, both)) > mine + 1e-9) return true;
        }
        return false;
    }

    /**
     * The gram with the best Dice score over these units, or null if none is a significant rendering.
     * A gram counts in a unit only where it stands at the term's place ({@link #atPlace}).
     */
    private static String best(String key, List<Unit> residual, Corpus corpus, Set<Long> taken, Set<Long> identity) {
        LongIntMap frequency = corpus.frequency();
        int total = corpus.size();
        int n = residual.size();
        List<Unit> sample = sample(residual);
        double scale = (double) n / sample.size();
        LongIntMap counts = new LongIntMap(1 << 12);
        LongIntMap where = new LongIntMap(1 << 12);
        LongIntMap start = new LongIntMap(1 << 12);
        LongIntMap length = new LongIntMap(1 << 12);
        LongIntMap seen = new LongIntMap(1 << 10);
        for (int i = 0; i < sample.size(); i++) {
            int index = i;
            seen.clear();
            Unit u = sample.get(i);
            double[] places = places(key, u);
            int zhLength = u.zh().length();
            ChineseGrams.forEach(u.zh(), s -> atPlace(places, s, zhLength), (h, s, e) -> {
                if (!seen.addIfAbsent(h)) return;
                if (counts.add(h, 1) == 1) {
                    where.add(h, index);
                    start.add(h, s);
                    length.add(h, e - s);
                }
            });
        }
        long[] bestHash = {0};
        double[] bestScore = {0};
        int[] bestLength = {0};
        counts.forEach((h, c) -> {
            if (c < 2 || taken.contains(h)) return;
            double both = c * scale;
            double f = Math.max(frequency.get(h), both);
            if (Association.logLikelihood(both, n, f, Math.max(total, n + f - both)) < Association.SIGNIFICANT) return;
            // The English form kept in the Chinese text is the rendering whenever it is one at all.
            double d = Association.dice(both, n, f) + (identity.contains(h) ? 1 : 0);
            int len = length.get(h);
            if (d > bestScore[0] + 1e-9 || (Math.abs(d - bestScore[0]) <= 1e-9 && len > bestLength[0])) {
                bestScore[0] = d;
                bestHash[0] = h;
                bestLength[0] = len;
            }
        });
        if (bestHash[0] == 0 || bestScore[0] < MIN_DICE) return null;
        long h = bestHash[0];
        int s = start.get(h);
        String gram = sample.get(where.get(h)).zh().substring(s, s + length.get(h));
        int space = key.indexOf(' ');
        return ChineseGrams.withoutClauseWords(gram, space < 0 ? key : key.substring(0, space));
    }

    /**
     * How far, as a share of the block, a rendering may stand from where the term stands in the
     * English block, plus {@link #PLACE_CHARS} characters (a short block reorders freely: "Open
     * Settings in VSCode" is 在 VSCode 中打开设置). On the tuning half of the real sample, 99.4 % of
     * the reference glossary's renderings stand this close to their term; a string two blocks share
     * by chance (a word early in one paragraph, a name at its end) mostly does not.
     */
    static final double PLACE_SHARE = 0.25;
    static final double PLACE_CHARS = 10;

    /** Where the term stands in the unit's English, each occurrence as a share of the text. */
    static double[] places(String key, Unit u) {
        int n = 0;
        for (EnglishCandidates.Occurrence o : u.occurrences()) if (o.key().equals(key)) n++;
        double[] out = new double[n];
        int i = 0;
        for (EnglishCandidates.Occurrence o : u.occurrences()) if (o.key().equals(key)) out[i++] = (double) o.start() / Math.max(1, u.en().length());
        return out;
    }

    /**
     * Whether a Chinese string starting at {@code start} stands at one of the term's places: the
     * aligned blocks translate one another in order, so a rendering is near where its term is.
     * Without a place (the term only inside a longer candidate) anywhere will do.
     */
    static boolean atPlace(double[] places, int start, int length) {
        if (places.length == 0) return true;
        double here = (double) start / Math.max(1, length), tolerance = PLACE_SHARE + PLACE_CHARS / Math.max(1, length);
        for (double p : places) if (Math.abs(here - p) <= tolerance) return true;
        return false;
    }

    /**
     * The whole word a Han gram is part of: when every occurrence of "環境變" in these blocks goes on
     * with another letter of a word (數, 量), the rendering is the longer "環境變數" (the most common
     * continuation, when it is at least half; the others are found in the next round). A gram
     * followed by a particle, a postposition (中, 上) or punctuation somewhere is already whole.
     * Only to the right: what comes before a noun is mostly a verb (用, 按), not the noun's start;
     * but for a character and a locative ({@link #nounBeforeLocative}). Null when the gram is the
     * common end of several words.
     */
    static String whole(String gram, List<Unit> units) {
        String g = nounBeforeLocative(gram, units);
        if (g == null) return null;
        while (g.length() < ChineseGrams.MAX_HAN) {
            Map<Character, Integer> next = new HashMap<>();
            int seen = 0;
            boolean open = true;
            for (Unit u : sample(units)) {
                String t = u.zh();
                for (int i = t.indexOf(g); i >= 0 && open; i = t.indexOf(g, i + 1)) {
                    int k = i + g.length();
                    char c = k < t.length() ? t.charAt(k) : 0;
                    if (c == 0 || !ChineseGrams.isHan(c) || ChineseGrams.isFunctionChar(c) || POSTPOSITIONS.indexOf(c) >= 0) open = false;
                    else next.merge(c, 1, Integer::sum);
                    seen++;
                }
            }
            if (!open || next.isEmpty()) break;
            Map.Entry<Character, Integer> top = next.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (top.getValue() < 2 || top.getValue() * 2 < seen) break;
            g = g + top.getKey();
        }
        return g;
    }

    /**
     * A character and a locative (單中: the end of 菜單 and 中, "in the menu") is no word: a locative
     * follows a whole noun. When every occurrence in these blocks has the same Han character before
     * it, that character starts the noun, and the rendering is the two without the locative (菜單).
     * Otherwise the gram is returned as it is.
     */
    static String nounBeforeLocative(String gram, List<Unit> units) {
        if (gram.length() != 2 || !ChineseGrams.isHan(gram.charAt(0)) || !ChineseGrams.isLocative(gram.charAt(1))) return gram;
        char before = 0;
        boolean one = true;
        for (Unit u : sample(units)) {
            String t = u.zh();
            for (int i = t.indexOf(gram); i >= 0; i = t.indexOf(gram, i + 1)) {
                char c = i > 0 ? t.charAt(i - 1) : 0;
                if (c == 0 || !ChineseGrams.isHan(c) || ChineseGrams.isFunctionChar(c)) return gram;
                one &= before == 0 || c == before;
                before = c;
            }
        }
        if (before == 0) return gram;
        // the end of one noun (菜單), or the common end of several (選單中, 菜單中: each is found on its own)
        return one ? new String(new char[] {before, gram.charAt(0)}) : null;
    }

    /** Characters that follow a noun without being part of it (in the file, on the screen, after). */
    private static final String POSTPOSITIONS = "中上下里裡内內外时時后後前间間们們";

    /** At most {@link #SAMPLE} units, evenly spread (so over many posts, not the first few). */
    private static List<Unit> sample(List<Unit> units) {
        if (units.size() <= SAMPLE) return units;
        List<Unit> out = new ArrayList<>(SAMPLE);
        for (int i = 0; i < SAMPLE; i++) out.add(units.get((int) ((long) i * units.size() / SAMPLE)));
        return out;
    }

    /**
     * Exact counts: each unit counts once for each rendering it uses, a rendering inside a longer
     * one found at the same place not counted ("终端" inside "终端机").
     */
    private List<Suggestion.Rendering> count(List<String> renderings, List<Unit> units, List<String> slugs, Term term, Lang lang) {
        List<String> byLength = new ArrayList<>(renderings);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, Integer> blocks = new HashMap<>();
        Map<String, List<String>> posts = new HashMap<>();
        Map<String, Integer> lastPost = new HashMap<>();
        List<int[]> covered = new ArrayList<>();
        for (Unit u : units) {
            covered.clear();
            for (String r : byLength) {
                boolean used = false;
                for (int i = indexOf(u.zh(), r, 0); i >= 0; i = indexOf(u.zh(), r, i + 1)) {
                    if (overlaps(covered, i, i + r.length())) continue;
                    covered.add(new int[] {i, i + r.length()});
                    used = true;
                }
                if (used) {
                    blocks.merge(r, 1, Integer::sum);
                    // a post's blocks come one after another: its name is added once (sorted below)
                    Integer last = lastPost.put(r, u.post());
                    if (last == null || last != u.post()) posts.computeIfAbsent(r, x -> new ArrayList<>()).add(slugs.get(u.post()));
                }
            }
        }
        List<Suggestion.Rendering> out = new ArrayList<>();
        for (String r : renderings) {
            Integer b = blocks.get(r);
            if (b == null) continue;
            out.add(new Suggestion.Rendering(r, b, sortedDistinct(posts.get(r)), accepts(term, lang, r)));
        }
        out.sort(Comparator.comparingInt(Suggestion.Rendering::blocks).reversed());
        return out;
    }

    /** The names in order, each once: they come in the order of the posts, mostly sorted already (a linear sort). */
    private static List<String> sortedDistinct(List<String> names) {
        names.sort(null);
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) if (out.isEmpty() || !out.get(out.size() - 1).equals(n)) out.add(n);
        return List.copyOf(out);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] c : spans) if (start < c[1] && c[0] < end) return true;
        return false;
    }

    private static boolean accepts(Term term, Lang lang, String r) {
        if (term == null) return false;
        if (term.isKeep()) return term.keep().equals(r);
        for (String a : term.accepted(lang)) {
            if (a.equals(r) || (!term.caseExact() && !hasHan(a) && a.equalsIgnoreCase(r))) return true;
        }
        return false;
    }

    /** The glossary term the whole English form is, or null. */
    private Term glossaryTerm(String en) {
        if (glossary.size() == 0) return null;
        for (TermMatch m : enMatcher.find(en)) {
            if (m.start() == 0 && m.end() == en.length()) return m.term();
        }
        return null;
    }

    /** Index of {@code r} in {@code text} from {@code from}; a Latin rendering only on word boundaries ("AI" not in "OpenAI"). */
    static int indexOf(String text, String r, int from) {
        boolean latin = !r.isEmpty() && !hasHan(r);
        for (int i = text.indexOf(r, from); i >= 0; i = text.indexOf(r, i + 1)) {
            if (!latin) return i;
            int e = i + r.length();
            boolean before = i > 0 && EnglishCandidates.isWordChar(text.charAt(i - 1));
            boolean after = e < text.length() && EnglishCandidates.isWordChar(text.charAt(e));
            if (!before && !after) return i;
        }
        return -1;
    }

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) if (ChineseGrams.isHan(s.charAt(i))) return true;
        return false;
    }

    /** The rendering is the English form kept as written (any case: "Deepseek" is still the name kept). */
    private static boolean isLatinForm(String rendering, Stats stats) {
        if (hasHan(rendering)) return false;
        String k = EnglishCandidates.key(rendering);
        for (String s : stats.surfaces.keySet()) if (EnglishCandidates.key(s).equals(k)) return true;
        return false;
    }

    /** The most frequent written form (ties: the alphabetically first, for stable output). */
    private static String preferredSurface(Stats stats) {
        return stats.surfaces.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** The form with its last word singular, as a glossary lists it (the matcher finds the plural). */
    static String singularForm(String surface) {
        int sp = surface.lastIndexOf(' ');
        String last = surface.substring(sp + 1);
        if (Character.isUpperCase(last.charAt(0)) && !EnglishCandidates.isAcronym(last.substring(0, last.length() - 1))) return surface;
        return surface.substring(0, sp + 1) + EnglishCandidates.singular(last);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
