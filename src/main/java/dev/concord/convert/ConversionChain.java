package dev.concord.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * OpenCC's conversion algorithm over the compiled dictionaries of one {@link OpenccConfig}:
 * <ol>
 * <li>normalisation: CJK compatibility ideographs become their unified forms;</li>
 * <li>segmentation (OpenCC's {@code mmseg}): from the left, the longest key of the segmentation
 *     dictionary is one segment; characters that start no key are gathered into one segment until
 *     the next key;</li>
 * <li>each step of the chain, on each segment alone: from the left, the first dictionary of the
 *     step's group that has a key at this position gives its longest key, which is replaced by its
 *     first candidate; a character no dictionary knows is copied.</li>
 * </ol>
 * Segments never merge again, so a later step (Taiwan glyphs, Taiwan vocabulary) sees the words
 * the segmentation found, as in OpenCC.
 *
 * <p>{@link #trace} also tells where each output character came from (its index in the input)
 * and which characters were <em>ambiguous</em>: matched alone by a key with several candidates, so
 * that no phrase settled them (发 → 發 髮 with no word around it).
 *
 * <p>Immutable and thread-safe; {@link #of} loads each dictionary once, on first use.
 */
final class ConversionChain {
    private static final Map<String, Dictionary> DICTIONARIES = new ConcurrentHashMap<>();
    private static final Map<OpenccConfig, ConversionChain> CHAINS = new EnumMap<>(OpenccConfig.class);

    private final OpenccConfig config;
    private final Dictionary normalization;
    private final Dictionary segmentation;
    private final Dictionary[][] steps;
    private final Dictionary[] steps1WithoutSegmentation;

    private ConversionChain(OpenccConfig config, Dictionary normalization, Dictionary segmentation, Dictionary[][] steps) {
        this.config = config;
        this.normalization = normalization;
        this.segmentation = segmentation;
        this.steps = steps;
        this.steps1WithoutSegmentation = Arrays.copyOfRange(steps[0], 1, steps[0].length);
    }

    /** The chain of {@code config} over the compiled dictionaries of the class path, built once. */
    static ConversionChain of(OpenccConfig config) {
        synchronized (CHAINS) {
            return CHAINS.computeIfAbsent(config, c -> of(c, ConversionChain::dictionary));
        }
    }

    /** The chain of {@code config} over dictionaries from elsewhere (the compiler's text dictionaries). */
    static ConversionChain of(OpenccConfig config, Function<String, Dictionary> dictionaries) {
        Dictionary[][] steps = new Dictionary[config.steps.size()][];
        for (int i = 0; i < steps.length; i++) {
            List<String> group = config.steps.get(i);
            steps[i] = new Dictionary[group.size()];
            for (int j = 0; j < steps[i].length; j++) steps[i][j] = dictionaries.apply(group.get(j));
        }
        return new ConversionChain(config, dictionaries.apply(OpenccConfig.NORMALIZATION),
                dictionaries.apply(config.segmentation), steps);
    }

    /** Compiled dictionaries loaded so far (tests: converting to hans must not load STPhrases). */
    static Set<String> loadedDictionaries() {
        return Set.copyOf(DICTIONARIES.keySet());
    }

    private static Dictionary dictionary(String name) {
        return DICTIONARIES.computeIfAbsent(name, Dictionary::load);
    }

    OpenccConfig config() {
        return config;
    }

    /**
     * A conversion with its provenance: {@code origin[j]} is the index in the input of the character
     * that output character {@code j} came from (non-decreasing; a key replaced by a longer value
     * gives its extra characters the key's last character as origin).
     */
    record Traced(String text, int[] origin, List<Ambiguity> ambiguities) {}

    String convert(String text) {
        if (text.isEmpty()) return text;
        return new Run(text, false).run().toString();
    }

    Traced trace(String text) {
        return trace(text, true);
    }

    /** @param ambiguities whether to collect the ambiguous characters too (else the list is empty) */
    Traced trace(String text, boolean ambiguities) {
        Run r = new Run(text, true);
        r.noteAmbiguities = ambiguities;
        String out = r.run().toString();
        int[] origin = Arrays.copyOf(r.outOrigin, out.length());
        return new Traced(out, origin, ambiguities ? r.ambiguities(out, origin) : List.of());
    }

    /** One step applied to a short string (a candidate), without segmentation. */
    private static String convertStep(Dictionary[] group, String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int e = -1;
            Dictionary dict = null;
            for (Dictionary d : group) {
                e = d.longestMatch(s, i, s.length());
                if (e >= 0) {
                    dict = d;
                    break;
                }
            }
            if (e < 0) {
                int len = Character.charCount(s.codePointAt(i));
                out.append(s, i, i + len);
                i += len;
            } else {
                dict.appendValue(e, out);
                i += dict.keyLength(e);
            }
        }
        return out.toString();
    }

    /** One conversion: buffers and, when traced, origins and ambiguities. */
    private final class Run {
        private final String input;
        private final boolean traced;
        private boolean noteAmbiguities;
        private int stepIndex;
        private final StringBuilder out;
        private int[] outOrigin;
        /** Per step: the segment as it enters that step, and its origins. */
        private StringBuilder a = new StringBuilder(), b = new StringBuilder();
        private int[] aOrigin = new int[16], bOrigin = new int[16];
        /** Input index → candidates, in order of first sight (several steps may find the same character). */
        private final TreeMap<Integer, Set<String>> ambiguous = new TreeMap<>();
        private final Map<Integer, Integer> ambiguousEnd = new TreeMap<>();

        Run(String input, boolean traced) {
            this.input = input;
            this.traced = traced;
            this.out = new StringBuilder(input.length() + 16);
            this.outOrigin = traced ? new int[input.length() + 16] : null;
        }

        StringBuilder run() {
            String text = input;
            int[] origin = null;
            // 1. normalisation (rarely changes anything: then the input itself is used)
            if (needsNormalization(text)) {
                StringBuilder norm = new StringBuilder(text.length());
                int[] normOrigin = traced ? new int[text.length() * 2 + 2] : null;
                for (int i = 0; i < text.length(); ) {
                    int e = normalization.longestMatch(text, i, text.length());
                    int len = e >= 0 ? normalization.keyLength(e) : Character.charCount(text.codePointAt(i));
                    int before = norm.length();
                    if (e >= 0) normalization.appendValue(e, norm);
                    else norm.append(text, i, i + len);
                    if (traced) {
                        if (norm.length() > normOrigin.length) normOrigin = Arrays.copyOf(normOrigin, norm.length() * 2);
                        for (int j = before; j < norm.length(); j++) normOrigin[j] = i + Math.min(j - before, len - 1);
                    }
                    i += len;
                }
                text = norm.toString();
                origin = normOrigin;
            }
            // 2. segmentation, 3. the chain on each segment
            int n = text.length();
            int runStart = -1;
            for (int i = 0; i < n; ) {
                int e = segmentation.startsKey(text.charAt(i)) ? segmentation.longestMatch(text, i, n) : -1;
                if (e < 0) {
                    if (runStart < 0) runStart = i;
                    i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
                    continue;
                }
                if (runStart >= 0) segment(text, origin, runStart, i, false);
                runStart = -1;
                int len = segmentation.keyLength(e);
                segment(text, origin, i, i + len, true);
                i += len;
            }
            if (runStart >= 0) segment(text, origin, runStart, n, false);
            return out;
        }

        private boolean needsNormalization(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (normalization.startsKey(text.charAt(i)) && normalization.longestMatch(text, i, text.length()) >= 0) return true;
            }
            return false;
        }

        /** @param isKey whether the segment is a key of the segmentation dictionary (else a run that starts none) */
        private void segment(String text, int[] origin, int from, int to, boolean isKey) {
            a.setLength(0);
            a.append(text, from, to);
            if (traced) {
                aOrigin = ensure(aOrigin, to - from);
                for (int j = 0; j < to - from; j++) aOrigin[j] = origin == null ? from + j : origin[from + j];
            }
            for (int k = 0; k < steps.length; k++) {
                stepIndex = k;
                // The first step's first dictionary is the segmentation dictionary (OpenCC's configs):
                // it has no key at any position of a run, so it is not asked again there.
                Dictionary[] group = steps[k];
                if (k == 0 && !isKey && group.length > 1 && group[0] == segmentation) group = steps1WithoutSegmentation;
                step(group);
                StringBuilder t = a; a = b; b = t;
                int[] o = aOrigin; aOrigin = bOrigin; bOrigin = o;
            }
            if (traced) {
                outOrigin = ensure(outOrigin, out.length() + a.length());
                System.arraycopy(aOrigin, 0, outOrigin, out.length(), a.length());
            }
            out.append(a);
        }

        /** One step of the chain: a → b. */
        private void step(Dictionary[] group) {
            b.setLength(0);
            int n = a.length();
            for (int i = 0; i < n; ) {
                Dictionary dict = null;
                int e = -1;
                char c = a.charAt(i);
                for (Dictionary d : group) {
                    if (!d.startsKey(c)) continue;
                    e = d.longestMatch(a, i, n);
                    if (e >= 0) {
                        dict = d;
                        break;
                    }
                }
                int before = b.length();
                int len;
                if (e < 0) {
                    len = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a.charAt(i + 1)) ? 2 : 1;
                    // one char at a time: append(CharSequence, int, int) takes a generic path
                    b.append(c);
                    if (len == 2) b.append(a.charAt(i + 1));
                } else {
                    len = dict.keyLength(e);
                    dict.appendValue(e, b);
                    if (noteAmbiguities && len == Character.charCount(Character.codePointAt(a, i)) && dict.isAmbiguous(e)) {
                        noteAmbiguity(aOrigin[i], dict.candidates(e));
                    }
                }
                if (traced) {
                    bOrigin = ensure(bOrigin, b.length());
                    for (int j = before; j < b.length(); j++) bOrigin[j] = aOrigin[i + Math.min(j - before, len - 1)];
                }
                i += len;
            }
        }

        /**
         * Candidates are shown as the output would hold them: each goes through the remaining steps
         * (s2tw: 面 → 面 麪 becomes 面 麵; 吃 → 喫 吃 becomes 吃 alone, so it is no choice at all).
         */
        private void noteAmbiguity(int at, List<String> candidates) {
            Set<String> distinct = new LinkedHashSet<>();
            for (String c : candidates) {
                for (int k = stepIndex + 1; k < steps.length; k++) c = convertStep(steps[k], c);
                distinct.add(c);
            }
            if (distinct.size() < 2) return;
            ambiguous.computeIfAbsent(at, k -> new LinkedHashSet<>()).addAll(distinct);
            ambiguousEnd.putIfAbsent(at, at + Character.charCount(input.codePointAt(at)));
        }

        /** Origins never decrease, so the output of a character is one range, found by binary search. */
        List<Ambiguity> ambiguities(String converted, int[] origin) {
            List<Ambiguity> list = new ArrayList<>(ambiguous.size());
            for (var e : ambiguous.entrySet()) {
                int start = e.getKey(), end = ambiguousEnd.get(start);
                String chosen = converted.substring(firstAtLeast(origin, start), firstAtLeast(origin, end));
                list.add(new Ambiguity(start, end, input.substring(start, end), List.copyOf(e.getValue()), chosen));
            }
            return list;
        }

        private static int firstAtLeast(int[] sorted, int value) {
            int lo = 0, hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < value) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        private static int[] ensure(int[] array, int size) {
            return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
        }
    }
}
