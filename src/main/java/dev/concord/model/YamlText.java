package dev.concord.model;

import java.util.regex.Pattern;

/**
 * Writes one YAML string scalar so that a YAML loader reads it back as the same string: plain when
 * that is safe, else double-quoted with escapes. Used wherever concord writes YAML (front matter
 * edits, glossary files), so they agree on what needs quoting.
 */
public final class YamlText {
    /** Plain scalars YAML 1.1 or 1.2 would read as something other than a string (null, booleans, numbers). */
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i)~|null|true|false|yes|no|on|off|y|n|[-+]?(\\d[\\d_]*)?\\.?\\d+([eE][-+]?\\d+)?|[-+]?[\\d._]+|0x[0-9a-f]+|0o[0-7]+|[-+]?\\.(inf|nan)");

    private YamlText() {}

    /** A scalar in block context ({@code key: value}, {@code - item}). */
    public static String scalar(String v) {
        return needsQuotes(v, false) ? doubleQuoted(v) : v;
    }

    /** A scalar inside a flow collection ({@code [a, b]}), where , [ ] { } also end a plain scalar. */
    public static String flowScalar(String v) {
        return needsQuotes(v, true) ? doubleQuoted(v) : v;
    }

    private static boolean needsQuotes(String v, boolean flow) {
        if (v.isEmpty() || !v.equals(v.strip()) || "-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) >= 0
                || v.contains(": ") || v.contains(" #") || v.endsWith(":") || NOT_A_STRING.matcher(v).matches()) {
            return true;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7f || (flow && ",[]{}".indexOf(c) >= 0)) return true;
        }
        return false;
    }

    public static String singleQuoted(String v) {
        return "'" + v.replace("'", "''") + "'";
    }

    public static String doubleQuoted(String v) {
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
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02X", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
