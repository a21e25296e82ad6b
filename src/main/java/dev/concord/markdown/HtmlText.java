package dev.concord.markdown;

import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a reader sees in an HTML block: what lies outside its tags, comments, entities and
 * Liquid markup. A signature kept in {@code <div align="right">申請人：…<br>2015年…</div>} is the
 * same text another variant writes as plain paragraphs, so the aligner and the term and number
 * rules read it; the converters and fixers still leave HTML alone (it is not {@link Block#prose()}).
 */
public final class HtmlText {
    private HtmlText() {}

    /** A src or href attribute with its value in quotes: the value is group 2 (or 3). */
    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
            "(?i)\\b(src|href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /**
     * The targets of the HTML in text[start, end): each src and href attribute (an image, an audio
     * or video file, an embedded page, a link), in order; an {@code <img>}'s counted as an image.
     */
    public static List<Link> targets(String text, int start, int end) {
        List<Link> out = new ArrayList<>();
        java.util.regex.Matcher m = TARGET.matcher(text).region(start, end);
        while (m.find()) {
            int g = m.group(2) != null ? 2 : 3;
            int tag = text.lastIndexOf('<', m.start());
            boolean img = tag >= start && text.regionMatches(true, tag + 1, "img", 0, 3);
            out.add(new Link(m.group(g), img, new Span(m.start(g), m.end(g))));
        }
        return out;
    }

    /** The spans of visible text of an HTML block, in order; empty for any other kind of block. */
    public static List<Span> spans(String text, Block b) {
        List<Span> out = new ArrayList<>();
        if (b.kind() != BlockKind.HTML) return out;
        int end = Math.min(b.span().end(), text.length());
        int i = b.span().start(), from = i;
        while (i < end) {
            int skip = markupEnd(text, i, end);
            if (skip > i) {
                add(text, from, i, out);
                i = skip;
                from = i;
            } else {
                i++;
            }
        }
        add(text, from, end, out);
        return out;
    }

    /**
     * The text a reader sees in any block: its prose, or an HTML block's visible text (an HTML
     * block has no prose). What the aligner, the term matcher and the number rule read.
     */
    public static List<Span> readable(String text, Block b) {
        return b.kind() == BlockKind.HTML ? spans(text, b) : b.prose();
    }

    /** True when the block is HTML with visible text (not only tags, an image, a comment or Liquid). */
    public static boolean hasText(String text, Block b) {
        return !spans(text, b).isEmpty();
    }

    /** Where markup starting at {@code i} ends, or {@code i} when none starts there. */
    private static int markupEnd(String text, int i, int end) {
        if (text.startsWith("<!--", i)) return close(text, i, end, "-->");
        if (text.startsWith("{%", i)) return close(text, i, end, "%}");
        if (text.startsWith("{{", i)) return close(text, i, end, "}}");
        char c = text.charAt(i);
        if (c == '<' && i + 1 < end) {
            char n = text.charAt(i + 1);
            if (Character.isLetter(n) || n == '/' || n == '!' || n == '?') {
                int closed = close(text, i, end, ">");
                String name = tagName(text, i + 1, closed);
                // A script or style element's body is code, not text.
                if (name.equals("script") || name.equals("style")) return close(text, close(text, closed, end, "</" + name), end, ">");
                return closed;
            }
        }
        if (c == '&') {
            int j = i + 1;
            while (j < end && j - i < 12 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '#')) j++;
            if (j > i + 1 && j < end && text.charAt(j) == ';') return j + 1;
        }
        return i;
    }

    /** Just after the first {@code mark} at or after {@code i} within the block, else the block's end. */
    private static int close(String text, int i, int end, String mark) {
        for (int at = i; at + mark.length() <= end; at++) {
            if (text.startsWith(mark, at)) return at + mark.length();
        }
        return end;
    }

    private static String tagName(String text, int from, int to) {
        int j = from;
        while (j < to && Character.isLetterOrDigit(text.charAt(j))) j++;
        return text.substring(from, j).toLowerCase(java.util.Locale.ROOT);
    }

    /** Adds [from, to) trimmed of white space, when something is left. */
    private static void add(String text, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to > from) out.add(new Span(from, to));
    }
}
