package dev.concord.suggest;

import dev.concord.glossary.GlossaryYamlWriter;
import dev.concord.glossary.InterchangeIds;
import dev.concord.glossary.Term;
import dev.concord.model.Lang;
import dev.concord.report.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prints suggestions as text (for reading), JSON (for tools) or glossary YAML (to review and paste). */
public final class SuggestionWriter {
    private static final List<Lang> ZH = List.of(Lang.HANS, Lang.HANT);

    private SuggestionWriter() {}

    public static void text(List<Suggestion> suggestions, PrintWriter out) {
        int rank = 0;
        for (Suggestion s : suggestions) {
            rank++;
            StringBuilder head = new StringBuilder().append(String.format("%3d  ", rank)).append(s.en());
            List<String> flags = new ArrayList<>();
            if (s.inconsistent()) flags.add("inconsistent");
            if (s.keep()) flags.add("keep");
            if (s.glossaryId() != null) flags.add("glossary: " + s.glossaryId());
            if (!flags.isEmpty()) head.append("  [").append(String.join(", ", flags)).append(']');
            head.append("  ").append(s.posts()).append(s.posts() == 1 ? " post" : " posts");
            out.println(head);
            for (Lang l : ZH) {
                for (Suggestion.Rendering r : s.renderings(l)) {
                    out.println("       " + l.key() + "  " + r.text() + "  ×" + r.blocks() + "  " + posts(r.posts())
                            + (s.glossaryId() != null && !r.accepted() ? "  (not in the glossary)" : ""));
                }
            }
        }
        out.println(suggestions.size() + (suggestions.size() == 1 ? " suggestion" : " suggestions") + ", "
                + suggestions.stream().filter(Suggestion::inconsistent).count() + " inconsistent");
    }

    private static String posts(List<String> slugs) {
        int shown = Math.min(3, slugs.size());
        String s = String.join(", ", slugs.subList(0, shown));
        return "(" + s + (slugs.size() > shown ? ", +" + (slugs.size() - shown) : "") + ")";
    }

    public static void json(List<Suggestion> suggestions, PrintWriter out) {
        out.println("{\"suggestions\": [");
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            StringBuilder b = new StringBuilder("  {");
            b.append("\"en\": ").append(Json.quote(s.en())).append(", \"key\": ").append(Json.quote(s.key()))
                    .append(", \"posts\": ").append(s.posts()).append(", \"occurrences\": ").append(s.occurrences())
                    .append(", \"inconsistent\": ").append(s.inconsistent()).append(", \"keep\": ").append(s.keep())
                    .append(", \"termhood\": ").append(String.format(java.util.Locale.ROOT, "%.3f", s.termhood()))
                    .append(", \"glossaryId\": ").append(s.glossaryId() == null ? "null" : Json.quote(s.glossaryId()))
                    .append(", \"renderings\": {");
            boolean firstLang = true;
            for (Lang l : ZH) {
                if (!firstLang) b.append(", ");
                firstLang = false;
                b.append(Json.quote(l.key())).append(": [");
                List<Suggestion.Rendering> rs = s.renderings(l);
                for (int j = 0; j < rs.size(); j++) {
                    Suggestion.Rendering r = rs.get(j);
                    if (j > 0) b.append(", ");
                    b.append("{\"text\": ").append(Json.quote(r.text())).append(", \"blocks\": ").append(r.blocks())
                            .append(", \"accepted\": ").append(r.accepted()).append(", \"posts\": [");
                    for (int k = 0; k < r.posts().size(); k++) b.append(k > 0 ? ", " : "").append(Json.quote(r.posts().get(k)));
                    b.append("]}");
                }
                b.append(']');
            }
            b.append("}}").append(i + 1 < suggestions.size() ? "," : "");
            out.println(b);
        }
        out.println("]}");
    }

    public static void yaml(List<Suggestion> suggestions, PrintWriter out) {
        out.print(GlossaryYamlWriter.write(terms(suggestions)));
    }

    /**
     * Glossary entries: the most used rendering of each variant is the preferred one, the others
     * are to avoid; a term the Chinese variants keep in Latin letters is a keep term. A suggestion
     * for a term already in the glossary is left out (its fix is an edit of that term).
     */
    /** Whether a rendering is the term's English form: its words, in any case, plural or hyphenation. */
    static boolean englishForm(String rendering, Suggestion s) {
        if (Suggester.hasHan(rendering)) return false;
        String k = EnglishCandidates.key(rendering.toLowerCase(java.util.Locale.ROOT));
        return k.equals(s.key()) || k.equals(EnglishCandidates.key(s.en().toLowerCase(java.util.Locale.ROOT)));
    }

    public static List<Term> terms(List<Suggestion> suggestions) {
        List<Term> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Lang, Set<String>> claimed = new EnumMap<>(Lang.class);
        for (Lang l : ZH) claimed.put(l, new HashSet<>());
        for (Suggestion s : suggestions) {
            if (s.glossaryId() != null) continue;
            String id = InterchangeIds.idFor(s.en(), out.size() + 1, ids);
            ids.add(id);
            Map<Lang, List<String>> accepted = new EnumMap<>(Lang.class);
            Map<Lang, List<String>> avoid = new EnumMap<>(Lang.class);
            String keep = null;
            if (s.keep()) {
                keep = s.preferred(Lang.HANS) != null ? s.preferred(Lang.HANS) : s.preferred(Lang.HANT);
            } else {
                accepted.put(Lang.EN, List.of(s.en()));
            }
            for (Lang l : ZH) {
                List<Suggestion.Rendering> rs = s.renderings(l);
                if (rs.isEmpty()) continue;
                List<String> own = new ArrayList<>(), minority = new ArrayList<>();
                String preferred = s.keep() ? keep : rs.get(0).text();
                own.add(preferred);
                for (Suggestion.Rendering r : rs) {
                    if (r.text().equals(preferred)) continue;
                    // The term's English form kept in the Chinese text is a label of the screen, a
                    // quoted title or part of a name ("Add Native Support", "Visual Studio Code"):
                    // not a wrong translation, and check counts it as a rendering.
                    if (!s.keep() && englishForm(r.text(), s)) own.add(r.text());
                    // A rendering another entry already uses is that entry's, not one to avoid here.
                    else if (!claimed.get(l).contains(r.text())) minority.add(r.text());
                }
                if (!s.keep()) accepted.put(l, own);
                if (!minority.isEmpty()) avoid.put(l, minority);
            }
            for (Lang l : ZH) {
                for (String r : accepted.getOrDefault(l, List.of())) claimed.get(l).add(r);
            }
            out.add(new Term(id, accepted, avoid, keep, keep != null, null, "(suggested)", 0));
        }
        return out;
    }
}
