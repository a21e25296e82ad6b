package dev.concord.script;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Word boundaries in Han text, which writes none: ICU's dictionary segmentation (國內|存在,
 * 命令|行動, 極端|口味). Used to tell a glossary rendering written as a word from the same characters
 * straddling two words. ICU's dictionary is general vocabulary and splits some technical words
 * (端|口號 for 端口號, "port number"), so a caller weighs it with other evidence.
 */
public final class ChineseWords {
    /** The longest span that two neighbouring words can form by chance (內存 in 國內存在, 命令行 in 命令行動). */
    private static final int LONGEST_CHANCE_MATCH = 3;

    /** Characters read on each side of a span: enough for the words around it, little to segment. */
    private static final int CONTEXT = 8;

    /** ICU's iterator, one per thread; in a class of its own so that ICU loads only when a span is segmented. */
    private static final class Icu {
        static final ThreadLocal<BreakIterator> WORDS = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.CHINESE));
    }

    private ChineseWords() {}

    /**
     * Whether text[start, end) lies inside a set phrase of four characters or more that holds other
     * Han characters than its own: 三天 in 三天打魚, 三十 in 三十而立, 二 in 一石二鳥 (idioms, whose numbers
     * no translation keeps). Loads ICU: callers ask only about a number that nothing else explains.
     */
    public static boolean insideSetPhrase(CharSequence text, int start, int end) {
        int from = Math.max(0, start - CONTEXT), to = Math.min(text.length(), end + CONTEXT);
        BreakIterator words = Icu.WORDS.get();
        words.setText(text.subSequence(from, to).toString());
        int wordStart = words.isBoundary(start - from) ? start - from : words.preceding(start - from);
        int wordEnd = words.following(wordStart);
        if (wordEnd == BreakIterator.DONE || wordEnd - wordStart < 4 || wordEnd < end - from) return false;
        return wordStart < start - from || wordEnd > end - from;
    }

    /**
     * Whether text[start, end) begins or ends inside a word: 內存 in 國內存在 (國內|存在), 命令行 in
     * 命令行動 (命令|行動). A span that covers whole words (服務器 = 服務|器) does not.
     */
    public static boolean straddles(CharSequence text, int start, int end) {
        // Four characters or more (环境变量, 规模法则) are a compound that does not arise by chance
        // from two neighbouring words; and leaving them out keeps ICU unloaded in most runs.
        if (end - start > LONGEST_CHANCE_MATCH) return false;
        int from = Math.max(0, start - CONTEXT), to = Math.min(text.length(), end + CONTEXT);
        BreakIterator words = Icu.WORDS.get();
        words.setText(text.subSequence(from, to).toString());
        boolean startsAtBoundary = start == from || words.isBoundary(start - from);
        boolean endsAtBoundary = end == to || words.isBoundary(end - from);
        return !(startsAtBoundary && endsAtBoundary);
    }
}
