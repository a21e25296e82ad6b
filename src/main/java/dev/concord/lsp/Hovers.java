package dev.concord.lsp;

import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.model.Lang;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** The glossary entry of the term under the cursor: renderings per variant, avoid lists, note. */
final class Hovers {
    private Hovers() {}

    /** @param lang the variant the file is written in (its matcher knows that variant's renderings) */
    static Hover at(Project.Loaded loaded, Lang lang, String text, Position p) {
        int offset = Positions.offset(text, p);
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) lineEnd = text.length();
        String line = text.substring(lineStart, lineEnd);
        int at = offset - lineStart;
        for (TermMatch m : loaded.terms().in(lang, line)) {
            if (m.start() <= at && at <= m.end()) {
                Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, describe(m.term(), m, lang)));
                h.setRange(new Range(new Position(p.getLine(), m.start()), new Position(p.getLine(), m.end())));
                return h;
            }
        }
        return null;
    }

    static String describe(Term t, TermMatch m, Lang here) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(t.id()).append("**");
        if (t.isKeep()) sb.append(" — kept as written in every variant: `").append(t.keep()).append('`');
        sb.append("\n\n");
        if (m.kind() != TermMatch.Kind.ACCEPTED) {
            String why = switch (m.kind()) {
                case AVOID -> "on the " + here.key() + " avoid list";
                case KEEP_ALTERED -> "an altered form of the keep term";
                case FOREIGN -> "another variant's rendering, not accepted in " + here.key();
                default -> "";
            };
            sb.append("⚠ `").append(m.found()).append("` is ").append(why).append("\n\n");
        }
        if (!t.isKeep()) {
            sb.append("| | renderings (first preferred) | avoid |\n|---|---|---|\n");
            for (Lang l : List.of(Lang.HANT, Lang.HANS, Lang.EN)) {
                sb.append("| ").append(l.key()).append(" | ").append(String.join(", ", t.accepted(l)))
                        .append(" | ").append(String.join(", ", t.avoid(l))).append(" |\n");
            }
        } else if (t.avoid().values().stream().anyMatch(v -> !v.isEmpty())) {
            for (Lang l : List.of(Lang.HANT, Lang.HANS, Lang.EN)) {
                if (!t.avoid(l).isEmpty()) sb.append("avoid in ").append(l.key()).append(": ").append(String.join(", ", t.avoid(l))).append("\n\n");
            }
        }
        if (t.note() != null) sb.append('\n').append(t.note()).append('\n');
        sb.append("\n_").append(t.file()).append(':').append(t.line()).append("_");
        return sb.toString();
    }
}
