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
            if (t.details().sourceId() != null) out.append("    source-id: ").append(scalar(t.details().sourceId())).append('\n');
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
            langText(out, "note", LangText.of(t.note(), t.details().notes()));
            TermDetails d = t.details();
            langText(out, "definition", d.definition());
            langText(out, "pos", d.partOfSpeech());
            if (d.subject() != null) out.append("    subject: ").append(scalar(d.subject())).append('\n');
        }
        return out.toString();
    }

    /** {@code key: text}, or {@code key:} with a line for the whole term ({@code all:}) and per variant. */
    private static void langText(StringBuilder out, String key, LangText text) {
        if (text.byLang().isEmpty()) {
            if (text.all() != null) out.append("    ").append(key).append(": ").append(scalar(text.all())).append('\n');
        } else {
            out.append("    ").append(key).append(":\n");
            if (text.all() != null) out.append("      all: ").append(scalar(text.all())).append('\n');
            for (Lang l : List.of(Lang.EN, Lang.HANS, Lang.HANT)) {
                String v = text.byLang().get(l);
                if (v != null) out.append("      ").append(l.key()).append(": ").append(scalar(v)).append('\n');
            }
        }
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
