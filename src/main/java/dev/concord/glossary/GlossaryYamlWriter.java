package dev.concord.glossary;

import dev.concord.model.Lang;
import dev.concord.model.YamlText;
import java.util.List;

/** Writes terms in the glossary file format (docs/glossary.md) (what {@link GlossaryLoader} reads back). */
public final class GlossaryYamlWriter {
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
            b.append(YamlText.flowScalar(v));
        }
        return b.toString();
    }

    private static String scalar(String s) {
        return YamlText.scalar(s);
    }
}
