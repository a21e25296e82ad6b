package dev.concord.glossary;

import dev.concord.model.Lang;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes terms in the glossary file format (docs/glossary.md) (what {@link GlossaryLoader} reads back). */
public final class GlossaryYamlWriter {
    /** Written plain only when unmistakably a string; everything else is double-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._\\-()/+’']*");
    private static final Set<String> YAML_WORDS = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

    private GlossaryYamlWriter() {}

    public static String write(List<Term> terms) {
        StringBuilder out = new StringBuilder("terms:\n");
        for (Term t : terms) {
            out.append("  - id: ").append(scalar(t.id())).append('\n');
            if (t.isKeep()) {
                out.append("    keep: ").append(scalar(t.keep())).append('\n');
            } else {
                for (Lang l : List.of(Lang.EN, Lang.HANS, Lang.HANT)) {
                    List<String> r = t.accepted(l);
                    if (!r.isEmpty()) out.append("    ").append(l.key()).append(": ").append(list(r)).append('\n');
                }
            }
            if (t.avoid().values().stream().anyMatch(v -> !v.isEmpty())) {
                out.append("    avoid:\n");
                for (Lang l : List.of(Lang.EN, Lang.HANS, Lang.HANT)) {
                    List<String> r = t.avoid(l);
                    if (!r.isEmpty()) out.append("      ").append(l.key()).append(": [").append(items(r)).append("]\n");
                }
            }
            if (t.caseExact() && !t.isKeep()) out.append("    case: exact\n");
            if (t.note() != null && !t.note().isBlank()) out.append("    note: ").append(scalar(t.note())).append('\n');
        }
        return out.toString();
    }

    private static String list(List<String> values) {
        return values.size() == 1 ? scalar(values.get(0)) : "[" + items(values) + "]";
    }

    private static String items(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (b.length() > 0) b.append(", ");
            b.append(scalar(v));
        }
        return b.toString();
    }

    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !YAML_WORDS.contains(s.toLowerCase(java.util.Locale.ROOT))
                && !s.matches("[0-9._+-]+([eE][0-9+-]+)?")) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) b.append(String.format("\\x%02X", cp));
                    else b.appendCodePoint(cp);
                }
            }
        });
        return b.append('"').toString();
    }
}
