package dev.concord.suggest;

import dev.concord.script.ScriptChars;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The strings of Chinese prose that can render a term: every n-gram of 2 to {@value #MAX_HAN}
 * characters inside a run of Han characters, and every run of 1 to {@value #MAX_LATIN_WORDS}
 * Latin words (a kept name: {@code DeepSeek}, {@code Claude Code}). Chinese has no spaces, so
 * without a dictionary every n-gram is a possible word; the association step picks the ones
 * that go with an English term.
 *
 * <p>An n-gram that starts or ends with a function character (的, 了, 在, 是 …) is no term and is
 * skipped: "的终端" would otherwise compete with "终端" for "terminal".
 *
 * <p>Grams are reported as 64-bit hashes with their position, so counting allocates nothing.
 */
final class ChineseGrams {
    static final int MAX_HAN = 8;
    static final int MAX_LATIN_WORDS = 3;
    private static final long HAN_SEED = 0x243F6A8885A308D3L;
    private static final long LATIN_SEED = 0x13198A2E03707344L;

    private ChineseGrams() {}

    interface Sink {
        void gram(long hash, int start, int end);
    }

    /** Which start positions of a text are of interest. */
    interface Starts {
        boolean test(int start);
    }

    private static final Starts ALL = s -> true;

    /** Every gram of {@code text}, with repeats (the caller de-duplicates per block when it counts blocks). */
    static void forEach(CharSequence text, Sink sink) {
        forEach(text, ALL, sink);
    }

    /**
     * The grams of {@code text} that start where {@code starts} says (they may end beyond): the
     * grams near one place of a block, without hashing the rest.
     */
    static void forEach(CharSequence text, Starts starts, Sink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isHan(c)) {
                int j = i;
                while (j < n && isHan(text.charAt(j))) j++;
                hanRun(text, i, j, starts, sink);
                i = j;
            } else if (EnglishCandidates.isWordChar(c)) {
                i = latinRun(text, i, n, starts, sink);
            } else {
                i++;
            }
        }
    }

    private static void hanRun(CharSequence text, int from, int to, Starts starts, Sink sink) {
        for (int i = from; i < to - 1; i++) {
            if (isFunctionChar(text.charAt(i)) || !starts.test(i)) continue;
            long h = HAN_SEED;
            int limit = Math.min(to, i + MAX_HAN);
            for (int j = i; j < limit; j++) {
                h = (h + text.charAt(j)) * 0x9E3779B97F4A7C15L;
                if (j > i && !isFunctionChar(text.charAt(j))) sink.gram(finish(h), i, j + 1);
            }
        }
    }

    /** Latin words separated by single spaces; returns where the run ends. */
    private static int latinRun(CharSequence text, int from, int n, Starts wanted, Sink sink) {
        int[] begins = new int[MAX_LATIN_WORDS];
        int[] ends = new int[MAX_LATIN_WORDS];
        int count = 0;
        int i = from;
        int runEnd = from;
        while (i < n && EnglishCandidates.isWordChar(text.charAt(i))) {
            int e = EnglishCandidates.tokenEnd(text, i, n);
            // slide a window of the last MAX_LATIN_WORDS words; emit every gram ending at this word
            if (count == MAX_LATIN_WORDS) {
                System.arraycopy(begins, 1, begins, 0, count - 1);
                System.arraycopy(ends, 1, ends, 0, count - 1);
                count--;
            }
            begins[count] = i;
            ends[count] = e;
            count++;
            for (int k = 0; k < count; k++) {
                if (wanted.test(begins[k]) && EnglishCandidates.isContentWord(text.subSequence(begins[k], ends[k]).toString())
                        && EnglishCandidates.isContentWord(text.subSequence(i, e).toString())) {
                    sink.gram(latinHash(text, begins[k], e), begins[k], e);
                }
            }
            runEnd = e;
            if (e + 1 < n && text.charAt(e) == ' ' && EnglishCandidates.isWordChar(text.charAt(e + 1))) i = e + 1;
            else break;
        }
        return Math.max(runEnd, from + 1);
    }

    static long latinHash(CharSequence text, int start, int end) {
        long h = LATIN_SEED;
        for (int k = start; k < end; k++) h = (h + text.charAt(k)) * 0x9E3779B97F4A7C15L;
        return finish(h);
    }

    /** The hash of a whole string as {@link #forEach} reports it (for lookups by rendering). */
    static long hashOf(String gram) {
        if (!gram.isEmpty() && isHan(gram.charAt(0))) {
            long h = HAN_SEED;
            for (int k = 0; k < gram.length(); k++) h = (h + gram.charAt(k)) * 0x9E3779B97F4A7C15L;
            return finish(h);
        }
        return latinHash(gram, 0, gram.length());
    }

    /** A final mix (MurmurHash3's fmix64) so that open addressing spreads; 0 is reserved for empty slots. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /**
     * Two-character words that open a clause before its object: verbs of instructions (打开 "open",
     * 点击 "click", 使用 "use", 选择 "select"), modals (可以, 需要), a numeral or demonstrative with
     * its measure word (一个, 这个) and prepositions of means (通过 "via"), each with the English
     * words it translates. The aligned blocks put them right before the term they act on (Ctrl+P
     * 打开命令面板, 使用正斜杠), so the string of best score often holds one; a term's rendering
     * starts with one only when the English term starts with its translation ("Open Settings" →
     * 打开设置).
     */
    private static final String[][] CLAUSE_WORDS = {
        {"打开", "打開", "open opening"}, {"点击", "點擊", "click clicking"}, {"使用", "使用", "use using usage"},
        {"选择", "選擇", "select selection choose choice"}, {"进入", "進入", "enter entry go"}, {"通过", "通過", "via through"},
        {"可以", "可以", "can"}, {"需要", "需要", "need"},
        {"一个", "一個", "a an one"}, {"这个", "這個", "this"}, {"那个", "那個", "that"},
    };

    /** The clause words by their two characters ({@code first << 16 | second}), each with its English words. */
    private static final Map<Integer, Set<String>> CLAUSE = new HashMap<>();
    /** First characters of the clause words: most grams are ruled out by one array read. */
    private static final boolean[] CLAUSE_FIRST = new boolean[1 << 16];

    static {
        for (String[] w : CLAUSE_WORDS) {
            for (String zh : new String[] {w[0], w[1]}) {
                CLAUSE.put(zh.charAt(0) << 16 | zh.charAt(1), Set.of(w[2].split(" ")));
                CLAUSE_FIRST[zh.charAt(0)] = true;
            }
        }
    }

    /**
     * A Han gram without the words of the clause around the noun it renders: a leading clause word
     * when at least two characters follow it ({@link #CLAUSE_WORDS}), unless {@code firstEnglishWord}
     * (the English term's first word, lower case) is what it translates; and a trailing locative
     * after at least two characters (项目中 "in the project", 桌面上 "on the desktop"; two-character
     * words such as 高中 or 线上 keep theirs). The string of best score over a term's blocks often
     * holds them, as it is rarer elsewhere than the noun alone, while the noun alone is in the same
     * blocks. Other grams are returned as they are.
     */
    static String withoutClauseWords(String gram, String firstEnglishWord) {
        String g = gram;
        if (g.length() >= 4 && isHan(g.charAt(0)) && CLAUSE_FIRST[g.charAt(0)]) {
            Set<String> english = CLAUSE.get(g.charAt(0) << 16 | g.charAt(1));
            if (english != null && !english.contains(firstEnglishWord)) g = g.substring(2);
        }
        if (g.length() >= 3 && isHan(g.charAt(0)) && LOCATIVES.indexOf(g.charAt(g.length() - 1)) >= 0) g = g.substring(0, g.length() - 1);
        return g;
    }

    /** Postpositions of place: "in", "on", "inside" after a noun. */
    private static final String LOCATIVES = "中上里裡";

    static boolean isLocative(char c) {
        return LOCATIVES.indexOf(c) >= 0;
    }

    /**
     * Characters that mark grammar rather than meaning (particles, pronouns, prepositions,
     * conjunctions, measure words), in both scripts. A term neither starts nor ends with one in
     * practice; the few that do (目的) are not the terms a glossary is for.
     */
    private static final String FUNCTION_CHARS = "的了在是和与與及或把被从從对對这這那个個们們也都就而并並其该該之于於等将將向给給让讓"
            + "由着著过過吗嗎呢吧啊很又还還所但且每各此为為到说說已我你他她它没沒不";

    /** The function characters as a table: a String.indexOf per character was a tenth of a run. */
    private static final boolean[] FUNCTION = new boolean[1 << 16];

    static {
        for (int k = 0; k < FUNCTION_CHARS.length(); k++) FUNCTION[FUNCTION_CHARS.charAt(k)] = true;
    }

    /** Han characters of the BMP, looked up once: Character.UnicodeScript.of is a binary search per call. */
    private static final boolean[] HAN = new boolean[1 << 16];

    static {
        for (int c = 0; c < HAN.length; c++) HAN[c] = !Character.isSurrogate((char) c) && ScriptChars.isHan(c);
    }

    static boolean isHan(char c) {
        return HAN[c];
    }

    static boolean isFunctionChar(char c) {
        return FUNCTION[c];
    }
}
