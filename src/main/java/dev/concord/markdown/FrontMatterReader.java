package dev.concord.markdown;

import dev.concord.model.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the leading {@code ---} … {@code ---} (or {@code ...}) block as flat {@code key: value}
 * pairs, keeping each value's exact source span so the converter can rewrite {@code lang:} and
 * {@code title:} in place. Hand-written rather than snakeyaml: a YAML library gives neither the
 * quote-inclusive span of a scalar nor a "this is malformed" answer that is a finding, not a crash.
 * Anything beyond flat scalars (nested maps, lists) is tolerated as indented continuation lines.
 */
final class FrontMatterReader {
    private FrontMatterReader() {}

    static FrontMatter read(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd, false)) return FrontMatter.none();
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        String error = null;
        int errorLine = 0;
        boolean lastKeyOpen = false; // the last key had no inline value: "- item" lines may follow
        boolean seenKey = false;
        int line = 2;
        int pos = next(text, firstEnd);
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (isFence(text, pos, end, true)) {
                Span span = new Span(0, trimEnd(text, pos, end));
                return new FrontMatter(span, fields, error, errorLine);
            }
            String problem = null;
            char c = text.charAt(pos);
            int contentEnd = trimEnd(text, pos, end);
            if (contentEnd == pos || c == '#') {
                // blank or comment line
            } else if (c == ' ' || c == '\t') {
                if (!seenKey) problem = "indented line before any key";
            } else if (c == '-' && (pos + 1 == contentEnd || text.charAt(pos + 1) == ' ')) {
                if (!lastKeyOpen) problem = "list item outside a key";
            } else {
                int colon = keyColon(text, pos, contentEnd);
                if (colon < 0) {
                    problem = "not a 'key: value' line";
                } else {
                    String key = text.substring(pos, colon).strip();
                    int vs = colon + 1;
                    while (vs < contentEnd && (text.charAt(vs) == ' ' || text.charAt(vs) == '\t')) vs++;
                    Scalar sc = scalar(text, vs, contentEnd);
                    if (sc.problem != null) {
                        problem = sc.problem;
                    } else if (fields.containsKey(key)) {
                        problem = "duplicate key '" + key + "'";
                    } else {
                        fields.put(key, new FrontMatter.Field(key, sc.value, new Span(vs, sc.end), line));
                    }
                    seenKey = true;
                    lastKeyOpen = sc.end == vs;
                }
            }
            if (problem != null && error == null) {
                error = "malformed front matter: " + problem;
                errorLine = line;
            }
            pos = next(text, end);
            line++;
        }
        // No closing fence: only the opening line is taken out of the body (see MarkdownParser).
        return new FrontMatter(new Span(0, trimEnd(text, 0, firstEnd)), fields,
                "malformed front matter: no closing '---'", 1);
    }

    private record Scalar(String value, int end, String problem) {}

    /** Parses the value starting at vs (already past blanks); end is the trimmed end of the line. */
    private static Scalar scalar(String t, int vs, int lineEnd) {
        if (vs >= lineEnd) return new Scalar("", vs, null);
        char q = t.charAt(vs);
        if (q == '\'' || q == '"') {
            StringBuilder sb = new StringBuilder();
            int i = vs + 1;
            while (i < lineEnd) {
                char c = t.charAt(i);
                if (q == '\'' && c == '\'') {
                    if (i + 1 < lineEnd && t.charAt(i + 1) == '\'') {
                        sb.append('\'');
                        i += 2;
                        continue;
                    }
                    return afterQuote(t, sb.toString(), i + 1, lineEnd);
                }
                if (q == '"' && c == '"') return afterQuote(t, sb.toString(), i + 1, lineEnd);
                if (q == '"' && c == '\\' && i + 1 < lineEnd) {
                    int used = unescape(t, i + 1, lineEnd, sb);
                    if (used < 0) return new Scalar(null, 0, "bad escape in double-quoted value");
                    i += 1 + used;
                    continue;
                }
                sb.append(c);
                i++;
            }
            return new Scalar(null, 0, "unterminated quoted value");
        }
        // plain scalar: ends before " #" (a comment)
        int end = lineEnd;
        for (int i = vs; i < lineEnd; i++) {
            if (t.charAt(i) == '#' && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\t')) {
                end = trimEnd(t, vs, i);
                break;
            }
        }
        for (int i = vs; i + 1 < end; i++) {
            // YAML rejects "title: Foo: bar" (Jekyll fails the build), so it is malformed here too
            if (t.charAt(i) == ':' && (t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t')) {
                return new Scalar(null, 0, "': ' inside an unquoted value (quote it)");
            }
        }
        return new Scalar(t.substring(vs, end), end, null);
    }

    private static Scalar afterQuote(String t, String value, int end, int lineEnd) {
        int i = end;
        while (i < lineEnd && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) i++;
        if (i < lineEnd && t.charAt(i) != '#') return new Scalar(null, 0, "text after a quoted value");
        return new Scalar(value, end, null);
    }

    /** Appends the YAML escape at t[i..]; returns chars consumed after the backslash, or -1. */
    private static int unescape(String t, int i, int lineEnd, StringBuilder sb) {
        char c = t.charAt(i);
        switch (c) {
            case '0': sb.append('\0'); return 1;
            case 'a': sb.append('\u0007'); return 1;
            case 'b': sb.append('\b'); return 1;
            case 't': case '\t': sb.append('\t'); return 1;
            case 'n': sb.append('\n'); return 1;
            case 'v': sb.append('\u000B'); return 1;
            case 'f': sb.append('\f'); return 1;
            case 'r': sb.append('\r'); return 1;
            case 'e': sb.append('\u001B'); return 1;
            case ' ': case '"': case '/': case '\\': sb.append(c); return 1;
            case 'N': sb.append('\u0085'); return 1;
            case '_': sb.append('\u00A0'); return 1;
            case 'L': sb.append('\u2028'); return 1;
            case 'P': sb.append('\u2029'); return 1;
            case 'x': return hex(t, i + 1, 2, lineEnd, sb);
            case 'u': return hex(t, i + 1, 4, lineEnd, sb);
            case 'U': return hex(t, i + 1, 8, lineEnd, sb);
            default: return -1;
        }
    }

    private static int hex(String t, int from, int digits, int lineEnd, StringBuilder sb) {
        if (from + digits > lineEnd) return -1;
        int cp = 0;
        for (int k = 0; k < digits; k++) {
            int d = Character.digit(t.charAt(from + k), 16);
            if (d < 0) return -1;
            cp = cp * 16 + d;
        }
        if (!Character.isValidCodePoint(cp)) return -1;
        sb.appendCodePoint(cp);
        return 1 + digits;
    }

    /** Offset of the ':' ending a key (followed by blank or end of line), or -1. */
    private static int keyColon(String t, int from, int end) {
        char first = t.charAt(from);
        if ("[]{},&*!|>'\"%@`:?".indexOf(first) >= 0) return -1;
        for (int i = from; i < end; i++) {
            if (t.charAt(i) == ':' && (i + 1 == end || t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t')) {
                return i;
            }
        }
        return -1;
    }

    /** "---" (or "..." when closing) followed only by blanks. */
    private static boolean isFence(String t, int from, int end, boolean closing) {
        int e = trimEnd(t, from, end);
        if (e - from != 3) return false;
        return t.startsWith("---", from) || (closing && t.startsWith("...", from));
    }

    /** End of the line starting at from, before its "\n" or "\r\n". */
    static int lineEnd(String t, int from) {
        int nl = t.indexOf('\n', from);
        if (nl < 0) return t.length();
        return nl > from && t.charAt(nl - 1) == '\r' ? nl - 1 : nl;
    }

    private static int next(String t, int lineEnd) {
        if (lineEnd < t.length() && t.charAt(lineEnd) == '\r') lineEnd++;
        return lineEnd < t.length() ? lineEnd + 1 : t.length();
    }

    private static int trimEnd(String t, int from, int end) {
        while (end > from && Character.isWhitespace(t.charAt(end - 1))) end--;
        return end;
    }
}
