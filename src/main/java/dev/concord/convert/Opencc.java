package dev.concord.convert;

import com.github.houbb.nlp.common.dfa.tree.impl.AbstractTrieTreeMap;
import com.github.houbb.nlp.common.segment.ICommonSegment;
import com.github.houbb.nlp.common.segment.impl.CommonSegments;
import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.datamap.IDataMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One direction of opencc4j 1.14.0 (S→T or T→S), built so that it is safe to share between threads.
 *
 * <p>Three traps of opencc4j shape this class (research.md, "opencc4j 1.14.0"):
 * <ul>
 * <li><b>Cold-start race</b>: its tries and tables are filled lazily on first use, and a thread
 *     that converts while another is still filling them gets wrong output (太后的头发很干燥 →
 *     太后的頭髮很幹燥). So each direction is built completely, on one thread, under a lock, and
 *     checked on a warm-up sentence before any caller sees it ({@link #s2t()}, {@link #t2s()}).</li>
 * <li><b>Shared static trie</b>: opencc4j's segmenters keep their phrase trie in a static field
 *     that the first user fills. We give each direction its own trie ({@link InstanceTrie}), so
 *     nothing else in the JVM (e.g. {@code ZhTwConverterUtil}, which segments with a different
 *     trie) can change our segmentation, and we change nobody else's.</li>
 * <li><b>Load cost</b>: opencc4j's default segmenter builds one trie over STPhrases and TSPhrases
 *     for both directions, so even T→S parses the 1 MB STPhrases. T→S only needs the TS tables
 *     (TSPhrases is 273 entries), so its trie holds TS phrases only and STPhrases is never read.</li>
 * </ul>
 * The data maps are read once (by {@link #table}) into a plain {@link IDataMap}, so converting
 * never reaches opencc4j's lazy singletons.
 */
final class Opencc {
    /**
     * Warm-up sentences whose correct conversion needs the phrase tables (头发→頭髮 but 干燥→乾燥;
     * 乾乾淨淨 is a TSPhrases entry, while 乾 alone stays 乾). A direction that converts them wrong
     * is not used: the race of research.md turns 干燥 into 幹燥.
     */
    static final String WARM_UP_SIMPLIFIED = "太后的头发很干燥";
    static final String WARM_UP_TRADITIONAL = "太后的頭髮很乾燥";
    static final String WARM_UP_TRADITIONAL_TS = "他的頭髮乾乾淨淨";
    static final String WARM_UP_SIMPLIFIED_TS = "他的头发干干净净";

    private static final Object LOCK = new Object();
    private static volatile Opencc s2t;
    private static volatile Opencc t2s;

    /** Dictionary files read so far (diagnostics and tests: T→S must not read STPhrases). */
    private static final Set<String> LOADED = ConcurrentHashMap.newKeySet();

    private final ZhConvertBootstrap bootstrap;
    private final boolean toTraditional;

    private Opencc(ZhConvertBootstrap bootstrap, boolean toTraditional) {
        this.bootstrap = bootstrap;
        this.toTraditional = toTraditional;
    }

    /** Simplified → Traditional (OpenCC standard glyphs: 爲 裏 着), built on first call. */
    static Opencc s2t() {
        Opencc o = s2t;
        if (o != null) return o;
        synchronized (LOCK) {
            if (s2t == null) {
                Map<String, List<String>> phrases = table("STPhrases.txt");
                Map<String, List<String>> chars = table("STCharacters.txt");
                Opencc built = build(phrases.keySet(), new Tables(Map.of(), Map.of(), phrases, chars), true);
                built.check(WARM_UP_SIMPLIFIED, WARM_UP_TRADITIONAL);
                s2t = built;
            }
            return s2t;
        }
    }

    /**
     * Traditional (OpenCC standard glyphs) → Simplified, built on first call; never loads STPhrases.
     * Phrases: opencc4j's TSPhrases with OpenCC's newer TSPhrases (bundled resource) merged over it.
     */
    static Opencc t2s() {
        Opencc o = t2s;
        if (o != null) return o;
        synchronized (LOCK) {
            if (t2s == null) {
                Map<String, List<String>> phrases = table("TSPhrases.txt");
                VariantTable.readResource("TSPhrases.txt").forEach((k, v) -> {
                    // 二噁英 → 二𫫇英 would grow by a surrogate: keep the one-char-per-char invariant.
                    if (k.length() == v.length()) phrases.put(k, List.of(v));
                });
                Map<String, List<String>> chars = withTsCorrections(table("TSCharacters.txt"));
                Opencc built = build(phrases.keySet(), new Tables(phrases, chars, Map.of(), Map.of()), false);
                built.check(WARM_UP_TRADITIONAL_TS, WARM_UP_SIMPLIFIED_TS);
                t2s = built;
            }
            return t2s;
        }
    }

    /**
     * One of opencc4j's bundled dictionaries ({@code /data/dictionary/NAME} in its jar), parsed
     * here rather than through {@code OpenccDatas}: the same data, but opencc4j's loader splits
     * every line with a regular expression and takes ~630 ms for TSCharacters' 4,000 lines on a
     * cold JVM where this loop takes ~90 ms, and cold start is what a pre-commit hook pays.
     * Format: {@code key TAB value[ value…]}, CRLF or LF; a key maps to its values in order.
     */
    static Map<String, List<String>> table(String file) {
        LOADED.add(file);
        String text;
        try (InputStream in = ZhConvertBootstrap.class.getResourceAsStream("/data/dictionary/" + file)) {
            if (in == null) throw new IllegalStateException("opencc4j dictionary missing from the classpath: " + file);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> map = new HashMap<>(text.length() / 8);
        int n = text.length();
        for (int i = 0; i < n; ) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) eol = n;
            int end = eol > i && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            int tab = text.indexOf('\t', i);
            if (tab > i && tab < end) {
                String values = text.substring(tab + 1, end).strip();
                if (!values.isEmpty()) map.put(text.substring(i, tab), List.of(values.split(" ")));
            }
            i = eol + 1;
        }
        return map;
    }

    /**
     * opencc4j 1.14.0 ships TSCharacters with {@code 乾 → 乾 干} (乾 first), so 乾淨 → 乾净 and
     * 餅乾 → 饼乾; OpenCC's own TSCharacters reads {@code 乾 → 干 乾}, and opencc4j's TSPhrases
     * carries the list of words that keep 乾 (乾隆, 乾坤, 乾清宮 …), which only makes sense with 干
     * as the default. So the default is put back to 干; the phrases still keep 乾 where it is qián.
     */
    private static Map<String, List<String>> withTsCorrections(Map<String, List<String>> tsChar) {
        Map<String, List<String>> corrected = new HashMap<>(tsChar);
        corrected.put("乾", List.of("干", "乾"));
        return corrected;
    }

    static Set<String> loadedTables() {
        return Set.copyOf(LOADED);
    }

    private static Opencc build(Collection<String> words, Tables tables, boolean toTraditional) {
        InstanceTrie trie = new InstanceTrie(words);
        trie.getTrieTreeMap(); // fill it now, on this thread, not lazily on a converting thread
        ICommonSegment segment = CommonSegments.fastForward(trie);
        ZhConvertBootstrap bootstrap = ZhConvertBootstrap.newInstance()
                .segment(segment::segment)
                .dataMap(tables)
                .init();
        return new Opencc(bootstrap, toTraditional);
    }

    private void check(String in, String expected) {
        String got = convert(in);
        if (!got.equals(expected)) {
            throw new IllegalStateException("opencc4j self-check failed: " + in + " → " + got + ", expected " + expected);
        }
    }

    String convert(String text) {
        if (text.isEmpty()) return text;
        return toTraditional ? bootstrap.toTraditional(text) : bootstrap.toSimple(text);
    }

    /** opencc4j's trie, but holding its map in the instance instead of a static field. */
    private static final class InstanceTrie extends AbstractTrieTreeMap {
        private final Map<Object, Object> map = new HashMap<>();
        private final Collection<String> words;

        InstanceTrie(Collection<String> words) {
            this.words = words;
        }

        @Override
        protected Map<Object, Object> getStaticVolatileMap() {
            return map;
        }

        @Override
        protected Collection<String> getWordCollection() {
            return words;
        }
    }

    /** The four tables, captured once; the direction not used by an instance is empty. */
    private record Tables(Map<String, List<String>> tsPhrase, Map<String, List<String>> tsChar,
                          Map<String, List<String>> stPhrase, Map<String, List<String>> stChar)
            implements IDataMap {
        @Override
        public Set<String> tChars() {
            return Set.of();
        }

        @Override
        public Set<String> sChars() {
            return Set.of();
        }
    }
}
