package dev.concord.script;

import dev.concord.model.OwnResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * Which characters belong to only one of the two Chinese scripts, without loading the converter's
 * dictionaries (a pre-commit run on one post must not pay for them).
 *
 * <p>The table {@code concord/script-chars.txt} is generated from the OpenCC dictionaries the
 * converter uses, {@code src/main/opencc} (test class {@code ScriptCharsGenerator};
 * {@code ScriptCharsTableTest} fails when it is stale). Definition, over {@code STCharacters}
 * (simplified → traditional candidates), {@code TSCharacters} (traditional → simplified
 * candidates), {@code TWVariants} (OpenCC glyphs → Taiwan glyphs, e.g. 爲 為, 裏 裡, 峯 峰) and
 * the candidates of the phrase tables (a character the converter writes inside a phrase, like 恒
 * in 恒大, is usable in that script):
 * <ul>
 *   <li>a character is <b>simplified-usable</b> if it is a key of STCharacters or a candidate in
 *       TSCharacters;</li>
 *   <li>it is <b>traditional-usable</b> if it is a candidate in STCharacters, a key of TSCharacters,
 *       a value of TWVariants or in a candidate of STPhrases, TWPhrases or TWVariantsPhrases
 *       (simplified-usable likewise: TSPhrases) (so Taiwan forms such as 峰 and 裡 count as traditional even
 *       though OpenCC's own standard writes 峯 and 裏; without this, 峰 would be "simplified-only"
 *       and every Taiwan text with 山峰 would be flagged);</li>
 *   <li><b>simplified-only</b> = a character that s2t changes (a key of STCharacters that is not among
 *       its own candidates) and that is not traditional-usable; <b>traditional-only</b> = a character
 *       that t2s changes and that is not simplified-usable. A character that is merely a conversion
 *       target is not enough: TSCharacters maps 旂 → 旗 and 卽 → 即, yet s2t leaves 旗 and 即 alone,
 *       so they belong to both scripts. A character in neither table is common.</li>
 * </ul>
 * Self-mappings therefore put a character in both scripts: 干 (干→幹 乾 干, and 干 is a TS key) and
 * 里 (里→裏 里) are in both, so never "mixed"; 发 is simplified-only, 發 and 髮 traditional-only;
 * 著 is in both (TS 著→著) and 着 appears in neither table (OpenCC's traditional standard writes 着),
 * so neither is ever flagged.
 */
public final class ScriptChars {
    public static final String RESOURCE = "concord/script-chars.txt";
    /**
     * The same table as {@link #RESOURCE}, in the form the checker reads: each set's bitmap of the
     * Basic Multilingual Plane and its other code points. Reading ~7,000 characters of text
     * (decoding, a loop per character) was most of the glossary thread's time in a one-post check,
     * in the interpreter; the binary form is a few array copies. {@code ScriptCharsTableTest}
     * fails when it does not hold exactly what the text holds.
     */
    public static final String BINARY = "concord/script-chars.bin";
    private static final int MAGIC = 0x53434231; // "SCB1"
    static final String SIMPLIFIED_HEADER = "[simplified-only]";
    static final String TRADITIONAL_HEADER = "[traditional-only]";

    private ScriptChars() {}

    /** Loaded on first use (class-holder idiom: thread-safe without locks on the hot path). */
    private static final class Table {
        static final CharSet SIMPLIFIED_ONLY;
        static final CharSet TRADITIONAL_ONLY;

        static {
            CharSet[] sets = load();
            SIMPLIFIED_ONLY = sets[0];
            TRADITIONAL_ONLY = sets[1];
        }
    }

    public static boolean isSimplifiedOnly(int cp) {
        return Table.SIMPLIFIED_ONLY.contains(cp);
    }

    public static boolean isTraditionalOnly(int cp) {
        return Table.TRADITIONAL_ONLY.contains(cp);
    }

    /** Char index of the first simplified-only code point in [from, to), or -1. */
    public static int indexOfSimplifiedOnly(CharSequence s, int from, int to) {
        return indexOf(Table.SIMPLIFIED_ONLY, s, from, to);
    }

    /** Char index of the first traditional-only code point in [from, to), or -1. */
    public static int indexOfTraditionalOnly(CharSequence s, int from, int to) {
        return indexOf(Table.TRADITIONAL_ONLY, s, from, to);
    }

    /** The simplified-only code points, ascending (for tests and the generator's comparison). */
    public static int[] simplifiedOnly() {
        return Table.SIMPLIFIED_ONLY.toArray();
    }

    public static int[] traditionalOnly() {
        return Table.TRADITIONAL_ONLY.toArray();
    }

    /** True for Han ideographs (CJK unified, extensions, compatibility); used to tell Han from Latin renderings. */
    public static boolean isHan(int cp) {
        // Character.UnicodeScript.of is a binary search over ~2,000 ranges; the checker asks for
        // every character of every block. No Han character lies below U+2E80 (CJK radicals), and
        // U+4E00..U+9FEF, the unified ideographs every Java since 12 knows, are all Han: those two
        // answers cover nearly all text (ScriptCharsTest compares every code point).
        if (cp < 0x2E80) return false;
        if (cp >= 0x4E00 && cp <= 0x9FEF) return true;
        // Chinese punctuation too: CJK symbols (、。「」, with the Han marks 々 and 〇, the Hangzhou
        // numerals and the vertical iteration marks among them) and the full-width forms (，：！).
        if (cp >= 0x3000 && cp <= 0x303F) {
            return cp == 0x3005 || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3038 && cp <= 0x303B);
        }
        if (cp >= 0xFF00 && cp <= 0xFFEF) return false;
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** True when the text holds at least one Han ideograph (a Chinese rendering, not a Latin one). */
    public static boolean hasHan(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = Character.codePointAt(s, i);
            if (isHan(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The number of Han ideographs in the text. */
    public static int hanCount(CharSequence s) {
        int count = 0;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = Character.codePointAt(s, i);
            if (isHan(cp)) count++;
            i += Character.charCount(cp);
        }
        return count;
    }

    private static int indexOf(CharSet set, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (set.contains(Character.toCodePoint(c, s.charAt(i + 1)))) return i;
                i++;
            } else if (set.contains(c)) {
                return i;
            }
        }
        return -1;
    }

    /** BMP as a bit set (8 KB, one lookup); the few astral characters in a sorted array. */
    static final class CharSet {
        private final BitSet bmp = new BitSet(0x10000);
        private final int[] astral;

        /** From the binary table: the checker's path, a few array copies (see {@link #BINARY}). */
        CharSet(BitSet bmp, int[] astral) {
            this.bmp.or(bmp);
            this.astral = astral;
        }

        /** From code points in any order, duplicates allowed (the text table, read by tests). */
        CharSet(int[] codePoints) {
            int[] high = new int[codePoints.length];
            int n = 0;
            for (int cp : codePoints) {
                if (cp < 0x10000) bmp.set(cp);
                else high[n++] = cp;
            }
            Arrays.sort(high, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) if (distinct == 0 || high[i] != high[distinct - 1]) high[distinct++] = high[i];
            astral = Arrays.copyOf(high, distinct);
        }

        boolean contains(int cp) {
            return cp < 0x10000 ? bmp.get(cp) : Arrays.binarySearch(astral, cp) >= 0;
        }

        int[] toArray() {
            return IntStream.concat(bmp.stream(), IntStream.of(astral)).toArray();
        }
    }

    private static CharSet[] load() {
        byte[] bytes;
        try (InputStream in = OwnResources.open(BINARY)) {
            if (in == null) throw new IllegalStateException("missing resource " + BINARY + " (broken build)");
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return decode(bytes);
    }

    /** The two sets (simplified-only, traditional-only) of the binary table. */
    static CharSet[] decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt() != MAGIC) throw new IllegalStateException(BINARY + " is not a script table (broken build)");
        CharSet[] sets = new CharSet[2];
        for (int s = 0; s < 2; s++) {
            long[] bmp = new long[b.getInt()];
            b.asLongBuffer().get(bmp);
            b.position(b.position() + Long.BYTES * bmp.length);
            int[] astral = new int[b.getInt()];
            b.asIntBuffer().get(astral);
            b.position(b.position() + Integer.BYTES * astral.length);
            sets[s] = new CharSet(BitSet.valueOf(bmp), astral);
        }
        return sets;
    }

    /** The binary table of two sets (simplified-only, traditional-only); see {@link #BINARY}. */
    static byte[] encode(CharSet[] sets) {
        long[][] bmps = new long[2][];
        int size = Integer.BYTES;
        for (int s = 0; s < 2; s++) {
            bmps[s] = sets[s].bmp.toLongArray();
            size += Integer.BYTES + Long.BYTES * bmps[s].length + Integer.BYTES + Integer.BYTES * sets[s].astral.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(MAGIC);
        for (int s = 0; s < 2; s++) {
            b.putInt(bmps[s].length);
            for (long w : bmps[s]) b.putLong(w);
            b.putInt(sets[s].astral.length);
            for (int cp : sets[s].astral) b.putInt(cp);
        }
        return b.array();
    }

    /** The two sets (simplified-only, traditional-only) of the text table {@link #RESOURCE}. */
    static CharSet[] parse(String table) {
        int[][] sets = {new int[4096], new int[4096]}; // simplified-only, traditional-only
        int[] sizes = new int[2];
        int current = -1;
        for (String line : table.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.equals(SIMPLIFIED_HEADER)) {
                current = 0;
            } else if (line.equals(TRADITIONAL_HEADER)) {
                current = 1;
            } else if (current >= 0) {
                for (int i = 0; i < line.length(); ) {
                    int cp = line.codePointAt(i);
                    i += Character.charCount(cp);
                    if (sizes[current] == sets[current].length) sets[current] = Arrays.copyOf(sets[current], 2 * sizes[current]);
                    sets[current][sizes[current]++] = cp;
                }
            }
        }
        return new CharSet[] {new CharSet(Arrays.copyOf(sets[0], sizes[0])), new CharSet(Arrays.copyOf(sets[1], sizes[1]))};
    }
}
