package dev.concord.glossary;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.script.ScriptChars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code concord glossary lint} (docs/glossary.md): what the loader cannot see one term at a time. Problems
 * are reported at the later of the two terms involved, naming the earlier one, in file order.
 */
public final class GlossaryLinter {
    private GlossaryLinter() {}

    public static List<GlossaryProblem> lint(Glossary glossary) {
        List<GlossaryProblem> out = new ArrayList<>();
        duplicateIds(glossary, out);
        for (Lang lang : Lang.values()) {
            claimedTwice(glossary, lang, out);
            avoidAlsoAccepted(glossary, lang, out);
        }
        for (Term t : glossary.terms()) {
            emptyRenderings(t, out);
            if (t.isKeep()) continue; // a keep string is the same in every variant by definition
            for (String r : t.accepted(Lang.HANT)) {
                int at = ScriptChars.indexOfSimplifiedOnly(r, 0, r.length());
                if (at >= 0) {
                    out.add(problem(t, "hant rendering '" + r + "' contains the simplified-only character '"
                            + Character.toString(r.codePointAt(at)) + "'"));
                }
            }
            for (String r : t.accepted(Lang.HANS)) {
                int at = ScriptChars.indexOfTraditionalOnly(r, 0, r.length());
                if (at >= 0) {
                    out.add(problem(t, "hans rendering '" + r + "' contains the traditional-only character '"
                            + Character.toString(r.codePointAt(at)) + "'"));
                }
            }
        }
        out.sort(Comparator.comparing(GlossaryProblem::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparingInt(GlossaryProblem::line));
        return out;
    }

    /** Throws the first problem as an {@link InputException} (for commands that need a sound glossary). */
    public static void requireClean(Glossary glossary) {
        List<GlossaryProblem> problems = lint(glossary);
        if (problems.isEmpty()) return;
        GlossaryProblem p = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more; run 'concord glossary lint')" : "";
        throw new InputException(p.file(), p.line(), p.message() + more);
    }

    private static void duplicateIds(Glossary g, List<GlossaryProblem> out) {
        Map<String, Term> first = new HashMap<>();
        for (Term t : g.terms()) {
            Term f = first.putIfAbsent(t.id(), t);
            if (f != null) out.add(problem(t, "duplicate id '" + t.id() + "' (first at " + where(f) + ")"));
        }
    }

    /**
     * Two terms may not claim one rendering in one variant: the matcher could only ever report the
     * first. Latin renderings compare case-insensitively, because that is how they match, unless
     * both terms are case-exact.
     */
    private static void claimedTwice(Glossary g, Lang lang, List<GlossaryProblem> out) {
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        for (Term t : g.terms()) {
            for (String r : t.accepted(lang)) byKey.computeIfAbsent(key(r), k -> new ArrayList<>()).add(new Claim(t, r));
        }
        for (List<Claim> claims : byKey.values()) {
            for (int i = 1; i < claims.size(); i++) {
                Claim c = claims.get(i);
                for (int j = 0; j < i; j++) {
                    Claim p = claims.get(j);
                    if (!clash(p, c)) continue;
                    if (p.term == c.term) {
                        if (!c.term.isKeep()) {
                            out.add(problem(c.term, lang.key() + " rendering '" + c.rendering + "' is listed twice"));
                        }
                    } else {
                        out.add(problem(c.term, lang.key() + " rendering '" + c.rendering + "' is also claimed by term '"
                                + p.term.id() + "' (" + where(p.term) + ")"));
                    }
                    break;
                }
            }
        }
    }

    private static void avoidAlsoAccepted(Glossary g, Lang lang, List<GlossaryProblem> out) {
        Map<String, List<Claim>> accepted = new HashMap<>();
        for (Term t : g.terms()) {
            for (String r : t.accepted(lang)) accepted.computeIfAbsent(key(r), k -> new ArrayList<>()).add(new Claim(t, r));
        }
        for (Term t : g.terms()) {
            for (String r : t.avoid(lang)) {
                Claim avoid = new Claim(t, r);
                for (Claim a : accepted.getOrDefault(key(r), List.of())) {
                    if (!clash(a, avoid)) continue;
                    String by = a.term == t ? "this term" : "term '" + a.term.id() + "' (" + where(a.term) + ")";
                    out.add(problem(t, lang.key() + " avoid rendering '" + r + "' is accepted by " + by));
                    break;
                }
            }
        }
    }

    private static void emptyRenderings(Term t, List<GlossaryProblem> out) {
        for (Lang lang : Lang.values()) {
            for (String r : t.accepted(lang)) if (r == null || r.isBlank()) out.add(problem(t, lang.key() + ": empty rendering"));
            for (String r : t.avoid(lang)) if (r == null || r.isBlank()) out.add(problem(t, "avoid." + lang.key() + ": empty rendering"));
        }
        if (t.accepted().values().stream().allMatch(List::isEmpty)) out.add(problem(t, "term '" + t.id() + "' has no rendering"));
    }

    private record Claim(Term term, String rendering) {}

    private static String key(String r) {
        return r == null ? "" : r.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean clash(Claim a, Claim b) {
        if (a.term.caseExact() && b.term.caseExact()) return a.rendering.equals(b.rendering);
        return key(a.rendering).equals(key(b.rendering));
    }

    private static GlossaryProblem problem(Term t, String message) {
        return new GlossaryProblem(t.file(), t.line(), message);
    }

    private static String where(Term t) {
        return t.file() + ":" + t.line();
    }
}
