package dev.concord.markdown;

import dev.concord.model.InputException;
import java.util.regex.Pattern;

/**
 * Rewrites one front matter scalar in place, so that everything else in the file stays
 * byte-for-byte as it was. Used by the converter for {@code lang:} and {@code title:}
 * and by the {@code lang:} fix.
 */
public final class FrontMatterEditor {
    /** Plain scalars YAML would read as something other than a string (title: 2023, lang: no). */
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i)~|null|true|false|yes|no|on|off|[-+]?(\\d[\\d_]*)?\\.?\\d+([eE][-+]?\\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\\.(inf|nan)");

    private FrontMatterEditor() {}

    /**
     * Returns {@code text} with {@code key} set to {@code newValue}: an existing value is replaced
     * keeping its quoting style ('…', "…" or plain; plain becomes "…" when the new value needs
     * quotes); an absent key is appended before the closing {@code ---}; a file without front
     * matter gets one. {@code fm} must be the front matter parsed from this same {@code text}.
     *
     * @throws InputException when the front matter is malformed (editing it could lose data)
     */
    public static String setField(String text, FrontMatter fm, String key, String newValue) {
        if (fm.error() != null) {
            throw new InputException(null, fm.errorLine(), "cannot set '" + key + "': " + fm.error());
        }
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        if (!fm.present()) {
            return "---" + eol + key + ": " + plainOrQuoted(newValue) + eol + "---" + eol + text;
        }
        FrontMatter.Field f = fm.fields().get(key);
        if (f != null) {
            int s = f.valueSpan().start(), e = f.valueSpan().end();
            String written;
            if (e > s && text.charAt(s) == '\'') written = singleQuoted(newValue);
            else if (e > s && text.charAt(s) == '"') written = doubleQuoted(newValue);
            else written = plainOrQuoted(newValue);
            // "key:" with no value: the span sits right after the colon
            if (e == s && s > 0 && text.charAt(s - 1) == ':') written = " " + written;
            return text.substring(0, s) + written + text.substring(e);
        }
        int closingLine = text.lastIndexOf('\n', fm.span().end() - 1) + 1;
        return text.substring(0, closingLine) + key + ": " + plainOrQuoted(newValue) + eol
                + text.substring(closingLine);
    }

    static String singleQuoted(String v) {
        return "'" + v.replace("'", "''") + "'";
    }

    static String doubleQuoted(String v) {
        StringBuilder sb = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\x%02X", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Plain when YAML would read the value back unchanged as a string, else double-quoted. */
    static String plainOrQuoted(String v) {
        if (v.isEmpty() || !v.equals(v.strip()) || "-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) >= 0
                || v.contains(": ") || v.contains(" #") || v.endsWith(":") || NOT_A_STRING.matcher(v).matches()) {
            return doubleQuoted(v);
        }
        for (int i = 0; i < v.length(); i++) if (v.charAt(i) < 0x20) return doubleQuoted(v);
        return v;
    }
}
