package dev.concord.convert;

import dev.concord.model.OwnResources;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One OpenCC dictionary in compact form: the keys sorted (UTF-16 order) in one {@code char[]},
 * their candidate lists in another, each with an offset array. This is the form compiled at
 * package time ({@link DictionaryCompiler}) and read back with a single array copy per part, so
 * a conversion never parses the 1.3 MB of text dictionaries.
 *
 * <p>{@link #longestMatch} walks the sorted keys like a trie: keys sharing the prefix read so
 * far form one contiguous range, narrowed by two binary searches per character. A first-character
 * index (built on load, 512 KB) makes the first step a single array read.
 */
final class Dictionary {
    private static final int MAGIC = 0x4f434431; // "OCD1"
    private static final char SEPARATOR = ' ';

    private final char[] keys;
    private final int[] keyStart;   // n + 1 offsets into keys
    private final char[] values;    // candidates of a key, separated by ' '
    private final int[] valueStart; // n + 1 offsets into values
    private final int maxKeyLength;
    /** Entries whose key starts with char c: [firstRange[2c] - 1, firstRange[2c + 1]); 0 at 2c when none. */
    private final int[] firstRange;
    /**
     * The characters that start keys, one bit each (8 KB): what {@link #startsKey} reads at every
     * character of a conversion. The 512 KB of {@link #firstRange} did not stay in the processor's
     * caches across the ideographs of a text; this does.
     */
    private final long[] starts = new long[0x10000 / 64];

    private Dictionary(char[] keys, int[] keyStart, char[] values, int[] valueStart) {
        this.keys = keys;
        this.keyStart = keyStart;
        this.values = values;
        this.valueStart = valueStart;
        int n = size();
        int max = 0;
        // The keys are sorted, so the entries that start with one character are one run. Only the
        // characters that start keys are written; the others keep the zero the allocation gave
        // them. An index of "first entry at or after c" needs every one of the 65,536 slots
        // written, which a check's dictionaries (loaded once per process) did in the interpreter:
        // ~4 ms of CPU per one-post check.
        int[] range = new int[2 * 0x10000];
        for (int e = 0; e < n; ) {
            char c = keys[keyStart[e]];
            int lo = e;
            for (; e < n && keys[keyStart[e]] == c; e++) max = Math.max(max, keyStart[e + 1] - keyStart[e]);
            range[2 * c] = lo + 1;
            range[2 * c + 1] = e;
            starts[c >>> 6] |= 1L << c;
        }
        this.maxKeyLength = max;
        this.firstRange = range;
    }

    /** From entries key → candidates (first = default); keys are sorted here. Empty keys or lists are refused. */
    static Dictionary of(Map<String, List<String>> entries) {
        TreeMap<String, List<String>> sorted = new TreeMap<>(entries);
        int n = sorted.size();
        StringBuilder k = new StringBuilder();
        StringBuilder v = new StringBuilder();
        int[] ks = new int[n + 1];
        int[] vs = new int[n + 1];
        int e = 0;
        for (var entry : sorted.entrySet()) {
            if (entry.getKey().isEmpty() || entry.getValue().isEmpty()) {
                throw new IllegalArgumentException("empty key or candidate list: '" + entry.getKey() + "'");
            }
            ks[e] = k.length();
            vs[e] = v.length();
            k.append(entry.getKey());
            v.append(String.join(String.valueOf(SEPARATOR), entry.getValue()));
            e++;
        }
        ks[n] = k.length();
        vs[n] = v.length();
        return new Dictionary(k.toString().toCharArray(), ks, v.toString().toCharArray(), vs);
    }

    /**
     * Parses OpenCC's text format: {@code key TAB candidate[ candidate…]}, lines starting with '#'
     * are comments. A key listed twice keeps its first line (as OpenCC's own loader does).
     */
    static Map<String, List<String>> parseText(String text) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        int n = text.length();
        for (int i = 0, line = 1; i < n; line++) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) eol = n;
            String s = text.substring(i, eol).strip();
            i = eol + 1;
            if (s.isEmpty() || s.startsWith("#")) continue;
            int tab = s.indexOf('\t');
            if (tab <= 0) throw new IllegalArgumentException("line " + line + ": no key TAB value: " + s);
            List<String> candidates = List.of(s.substring(tab + 1).strip().split(" +"));
            map.putIfAbsent(s.substring(0, tab), candidates);
        }
        return map;
    }

    int size() {
        return keyStart.length - 1;
    }

    int maxKeyLength() {
        return maxKeyLength;
    }

    /**
     * Whether any key starts with {@code c}: one array read, small enough for the compiler to inline
     * where {@link #longestMatch} is a call. Most characters of a text start no key of most
     * dictionaries, and the conversion asks several dictionaries at every character.
     */
    boolean startsKey(char c) {
        return (starts[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * The entry whose key is the longest prefix of {@code s[from, to)}, or -1. Keys sort by UTF-16
     * units, so the keys that start with a given prefix are contiguous, and among them the prefix
     * itself (if it is a key) comes first.
     */
    int longestMatch(CharSequence s, int from, int to) {
        if (from >= to) return -1;
        char c0 = s.charAt(from);
        int lo = firstRange[2 * c0] - 1, hi = firstRange[2 * c0 + 1];
        if (lo < 0) return -1;
        int best = -1;
        int limit = Math.min(maxKeyLength, to - from);
        for (int d = 1; ; d++) {
            // [lo, hi): the keys starting with s[from, from + d)
            if (keyStart[lo + 1] - keyStart[lo] == d) best = lo;
            if (d == limit) break;
            char c = s.charAt(from + d);
            int a = lowerBound(lo, hi, d, c);
            int b = upperBound(a, hi, d, c);
            if (a == b) break;
            lo = a;
            hi = b;
        }
        return best;
    }

    /** First entry in [lo, hi) whose char at depth d is ≥ c (a key of length d counts as smaller than any char). */
    private int lowerBound(int lo, int hi, int d, char c) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int p = keyStart[mid] + d;
            if (p >= keyStart[mid + 1] || keys[p] < c) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** First entry in [lo, hi) whose char at depth d is > c; every key in [lo, hi) is longer than d with char ≥ c. */
    private int upperBound(int lo, int hi, int d, char c) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[keyStart[mid] + d] <= c) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    int keyLength(int entry) {
        return keyStart[entry + 1] - keyStart[entry];
    }

    String key(int entry) {
        return new String(keys, keyStart[entry], keyLength(entry));
    }

    /** The default candidate (the first). */
    String value(int entry) {
        int a = valueStart[entry], b = valueStart[entry + 1];
        for (int i = a; i < b; i++) if (values[i] == SEPARATOR) return new String(values, a, i - a);
        return new String(values, a, b - a);
    }

    /** Appends the default candidate to {@code out} without making a String. */
    void appendValue(int entry, StringBuilder out) {
        int a = valueStart[entry], b = valueStart[entry + 1];
        for (int i = a; i < b; i++) {
            char c = values[i];
            if (c == SEPARATOR) return;
            out.append(c);
        }
    }

    /** True when the entry lists more than one candidate. */
    boolean isAmbiguous(int entry) {
        for (int i = valueStart[entry]; i < valueStart[entry + 1]; i++) if (values[i] == SEPARATOR) return true;
        return false;
    }

    List<String> candidates(int entry) {
        return List.of(new String(values, valueStart[entry], valueStart[entry + 1] - valueStart[entry]).split(" "));
    }

    /** The entry for exactly {@code key}, or -1. */
    int find(String key) {
        int e = longestMatch(key, 0, key.length());
        return e >= 0 && keyLength(e) == key.length() ? e : -1;
    }

    /** All entries in key order (the compiler's merges and the tests). */
    Map<String, List<String>> toMap() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int e = 0; e < size(); e++) out.put(key(e), candidates(e));
        return out;
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(keys.length * 2 + values.length * 2 + keyStart.length * 8 + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(size());
            out.writeInt(keys.length);
            out.writeInt(values.length);
            for (int x : keyStart) out.writeInt(x);
            for (int x : valueStart) out.writeInt(x);
            for (char c : keys) out.writeChar(c);
            for (char c : values) out.writeChar(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Dictionary fromBytes(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        if (b.getInt() != MAGIC) throw new IllegalStateException("not a compiled dictionary");
        int n = b.getInt(), nk = b.getInt(), nv = b.getInt();
        int[] ks = new int[n + 1];
        int[] vs = new int[n + 1];
        char[] k = new char[nk];
        char[] v = new char[nv];
        b.asIntBuffer().get(ks).get(vs);
        b.position(b.position() + 8 * (n + 1));
        b.asCharBuffer().get(k);
        b.position(b.position() + 2 * nk);
        b.asCharBuffer().get(v);
        return new Dictionary(k, ks, v, vs);
    }

    /** Reads a compiled dictionary from the class path (this package's {@code opencc/NAME.ocb}). */
    static Dictionary load(String name) {
        String path = "dev/concord/convert/opencc/" + name + ".ocb";
        try (InputStream in = OwnResources.open(path)) {
            if (in == null) {
                throw new IllegalStateException("compiled dictionary " + path + " missing from the class path (run mvn package)");
            }
            return fromBytes(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Dictionary[" + size() + " entries, keys up to " + maxKeyLength + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dictionary d && Arrays.equals(keys, d.keys) && Arrays.equals(keyStart, d.keyStart)
                && Arrays.equals(values, d.values) && Arrays.equals(valueStart, d.valueStart);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys) * 31 + Arrays.hashCode(values);
    }
}
