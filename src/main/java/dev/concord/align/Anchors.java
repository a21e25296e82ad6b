package dev.concord.align;

import dev.concord.script.ScriptChars;
import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.markdown.HtmlText;
import dev.concord.markdown.InlineCode;
import dev.concord.markdown.Link;
import dev.concord.model.Span;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a block shares with its translation whatever the language: Latin words (brand names,
 * acronyms), digit runs, link targets and inline code. Two blocks that share many anchors are
 * likely translations of each other; the aligner scores pairs by this overlap.
 */
final class Anchors {
    private Anchors() {}

    static Set<String> of(String text, Block b) {
        Set<String> out = new HashSet<>();
        for (Link l : b.links()) out.add("L:" + l.destination());
        for (InlineCode c : b.codes()) out.add("C:" + c.text());
        if (b.code() != null) {
            // Code blocks: their non-Han lines identify them (comments may be translated).
            for (String line : b.code().split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !ScriptChars.hasHan(t)) out.add("K:" + t);
            }
        }
        for (Span s : HtmlText.readable(text, b)) addTokens(text, s.start(), s.end(), out);
        if (b.kind() == BlockKind.LIST_ITEM) {
            // An ordered item's number is the same in every translation: when one variant drops item 1,
            // the others' item 2 pairs with its item 2 and the gap is reported where it is.
            int i = b.span().start(), j = i;
            while (j < text.length() && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
            if (j > i && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) out.add("M:" + text.substring(i, j));
        }
        return out;
    }

    /**
     * The length of a block's prose in a unit comparable across languages: Latin letters and
     * digits count one, a Han character three (English runs about three letters per Han character
     * of its Chinese translation).
     */
    static int length(String text, Block b) {
        int n = 0;
        for (Span s : HtmlText.readable(text, b)) {
            for (int i = s.start(); i < s.end(); ) {
                int c = text.codePointAt(i);
                if (c < 128) {
                    if (Character.isLetterOrDigit(c)) n++;
                } else if (ScriptChars.isHan(c)) {
                    n += 3;
                }
                i += Character.charCount(c);
            }
        }
        return n;
    }

    private static void addTokens(String text, int from, int to, Set<String> out) {
        int i = from;
        while (i < to) {
            if (!isAsciiAlnum(text.charAt(i))) {
                i++;
                continue;
            }
            // A token: ASCII letters and digits with the dots and hyphens inside it (v1.2, GPT-4).
            int j = i + 1;
            while (j < to) {
                char c = text.charAt(j);
                if (!isAsciiAlnum(c) && c != '.' && c != '-') break;
                j++;
            }
            int end = j;
            while (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-') end--;
            // Lowercase English words are not anchors (they exist only in the English variant);
            // capitalised names, acronyms and numbers are. Decided before a string is made: most
            // tokens of an English block are lowercase words.
            boolean digit = false;
            for (int k = i; k < end && !digit; k++) digit = text.charAt(k) <= '9' && text.charAt(k) >= '0';
            boolean upper = text.charAt(i) >= 'A' && text.charAt(i) <= 'Z';
            if (digit || (upper && end - i > 1)) out.add(text.substring(i, end).toLowerCase(Locale.ROOT));
            i = j;
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
