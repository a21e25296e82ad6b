package dev.concord.markdown;

import dev.concord.model.Span;
import java.util.List;

/**
 * Turns a block's content lines minus the ranges its inline nodes protect into prose spans, after
 * protecting what flexmark does not model: Liquid output {@code {{ … }}} (the jekyll-tag extension
 * only parses {@code {% … %}}), math {@code $…$} / {@code $$…$$}, kramdown attribute lists
 * {@code {: … }}, bare URLs the autolink extension left inside link text, unparsed
 * {@code ](…)} destinations and stray backticks. Works on offsets only: no substring per char.
 */
final class ProseScanner {
    private final String text;
    private final Ranges extra = new Ranges();
    private int resume; // a construct found on one line may close on a later line of the block
    private Ranges linkText;
    private List<Link> links;

    ProseScanner(String text) {
        this.text = text;
    }

    /**
     * @param content the block's content ranges (one per line, in order; EOL may be included)
     * @param protect ranges already protected by inline nodes; normalized and extended here
     * @param linkText the text ranges of links: a URL written there is not a link target
     * @param out     receives the prose spans, in order
     * @param links   receives the bare URLs found outside link text
     */
    void collect(Ranges content, Ranges protect, Ranges linkText, List<Span> out, List<Link> links) {
        this.linkText = linkText;
        this.links = links;
        linkText.normalize();
        protect.normalize();
        extra.clear();
        resume = 0;
        int blockEnd = content.size() == 0 ? 0 : content.end(content.size() - 1);
        for (int r = 0; r < content.size(); r++) {
            scanRange(content.start(r), content.end(r), blockEnd, protect);
        }
        for (int i = 0; i < extra.size(); i++) protect.add(extra.start(i), extra.end(i));
        protect.normalize();
        for (int r = 0; r < content.size(); r++) {
            subtract(content.start(r), content.end(r), protect, out);
        }
    }

    private void scanRange(int from, int to, int blockEnd, Ranges protect) {
        int i = Math.max(from, resume);
        // found by binary search: a scan from the first protected range, for each of a paragraph's
        // lines, made a paragraph of many lines with links quadratic
        int p = protect.firstEndingAfter(i);
        while (i < to) {
            while (p < protect.size() && protect.end(p) <= i) p++;
            if (p < protect.size() && protect.start(p) <= i) {
                i = protect.end(p);
                continue;
            }
            int limit = p < protect.size() ? Math.min(to, protect.start(p)) : to;
            char c = text.charAt(i);
            int skipTo = -1;
            switch (c) {
                case '`':
                    // an unmatched backtick is literal text, but it is code-ish and never worth converting
                    skipTo = i + 1;
                    break;
                case '{': {
                    char n = i + 1 < to ? text.charAt(i + 1) : 0;
                    if (n == '{') skipTo = closeOrLineEnd(i + 2, "}}", blockEnd, to);
                    else if (n == '%') skipTo = closeOrLineEnd(i + 2, "%}", blockEnd, to);
                    else if (n == ':') {
                        int close = text.indexOf('}', i + 2);
                        if (close >= 0 && close < to) skipTo = close + 1;
                    }
                    break;
                }
                case '$':
                    skipTo = math(i, to, blockEnd);
                    break;
                case ':':
                    if (i + 2 < limit && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                        int s = i;
                        while (s > from && isSchemeChar(text.charAt(s - 1))) s--;
                        if (i - s >= 2 && isAsciiLetter(text.charAt(s))) {
                            int e = urlEnd(i + 3, limit);
                            if (e > i + 3) {
                                bareUrl(s, e);
                                i = e;
                                resume = e;
                                continue;
                            }
                        }
                    }
                    break;
                case 'w':
                    if (text.startsWith("www.", i) && i + 4 < limit
                            && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                        int e = urlEnd(i + 4, limit);
                        if (e > i + 4) {
                            bareUrl(i, e);
                            skipTo = e;
                        }
                    }
                    break;
                case ']':
                    if (i + 1 < to && text.charAt(i + 1) == '(') skipTo = matchParen(i + 2, to);
                    break;
                default:
                    break;
            }
            if (skipTo > i) {
                extra.add(i, skipTo);
                i = skipTo;
                resume = skipTo;
            } else {
                i++;
            }
        }
    }

    /**
     * Bare URLs are found here rather than by flexmark's autolink extension: that extension
     * tripled parse time on the real corpus (2.8 s vs 1.0 s for 560 parses) and swallowed the
     * full-width text after a URL anyway.
     */
    private void bareUrl(int s, int e) {
        if (linkText.indexContaining(s) < 0) links.add(new Link(text.substring(s, e), false, new Span(s, e)));
        extra.add(s, e);
    }

    /** End of a closer after from (within the block), or the end of the line when unterminated. */
    private int closeOrLineEnd(int from, String closer, int blockEnd, int lineEnd) {
        int close = text.indexOf(closer, from);
        if (close >= 0 && close + closer.length() <= blockEnd) return close + closer.length();
        return lineEnd;
    }

    /**
     * Math with Pandoc's rules, so that dollar amounts stay prose: "$$…$$" may span lines of the
     * block; "$…$" stays on one line, opens before a non-blank and closes after a non-blank that is
     * not followed by a digit ("$5 and $6", "$5/$10" are money, not math).
     */
    private int math(int i, int lineEnd, int blockEnd) {
        if (i > 0 && text.charAt(i - 1) == '\\') return -1;
        if (i + 1 < lineEnd && text.charAt(i + 1) == '$') {
            int close = text.indexOf("$$", i + 2);
            if (close >= 0 && close + 2 <= blockEnd) return close + 2;
            return i + 2;
        }
        if (i + 1 >= lineEnd || Character.isWhitespace(text.charAt(i + 1))) return -1;
        for (int j = i + 2; j < lineEnd; j++) {
            if (text.charAt(j) != '$' || text.charAt(j - 1) == '\\') continue;
            if (Character.isWhitespace(text.charAt(j - 1))) continue;
            if (j + 1 < lineEnd && Character.isDigit(text.charAt(j + 1))) continue;
            return j + 1;
        }
        return -1;
    }

    /** End of a bare URL starting at from (see {@link #endsUrl(char)}), trailing punctuation dropped. */
    private int urlEnd(int from, int limit) {
        int e = from;
        while (e < limit && !endsUrl(text.charAt(e))) e++;
        return trimUrlTail(text, from, e);
    }

    /**
     * A bare URL ends at a blank, at markup, and at full-width or CJK punctuation:
     * "http://localhost:3000（或" must stop before "（" (real posts glue prose to URLs that way). Han
     * letters do not end it: "https://example.com/發/頭髮" is one URL, and converting its path
     * would break the link, which is worse than leaving a run of glued-on prose unconverted.
     */
    static boolean endsUrl(char c) {
        if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '`') return true;
        if (c < 0x80) return false;
        return Character.isWhitespace(c) || c == '\u00A0'
                || (c >= 0x2010 && c <= 0x206F)   // general punctuation: — … “ ” ‘ ’
                || (c >= 0x3000 && c <= 0x303F)   // CJK symbols and punctuation: 、。「」
                || (c >= 0xFF00 && c <= 0xFFEF);  // full-width forms: （），：
    }

    /** Drops trailing punctuation and an unbalanced closing parenthesis, as GFM autolinks do. */
    static int trimUrlTail(String t, int from, int e) {
        while (e > from) {
            char c = t.charAt(e - 1);
            if (".,:;!?'*_~".indexOf(c) >= 0) {
                e--;
            } else if (c == ')' && unbalanced(t, from, e)) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean unbalanced(String t, int from, int e) {
        int open = 0, close = 0;
        for (int k = from; k < e; k++) {
            char c = t.charAt(k);
            if (c == '(') open++;
            else if (c == ')') close++;
        }
        return close > open;
    }

    private int matchParen(int from, int to) {
        int depth = 1;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return k + 1;
        }
        return to;
    }

    private void subtract(int from, int to, Ranges protect, List<Span> out) {
        int i = from;
        int p = protect.firstEndingAfter(from);
        while (i < to) {
            int stop = to;
            if (p < protect.size() && protect.start(p) < to) stop = Math.max(i, protect.start(p));
            emit(i, stop, out);
            if (stop >= to) break;
            i = protect.end(p);
            p++;
        }
    }

    private void emit(int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        for (int k = s; k < e; k++) {
            // a piece made only of emphasis delimiters ("**" around a link) is no prose
            if ("*_~".indexOf(text.charAt(k)) < 0) {
                out.add(new Span(s, e));
                return;
            }
        }
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
