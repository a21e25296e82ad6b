package dev.concord.check;

import dev.concord.corpus.Layout;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.glossary.TermMatcher;
import dev.concord.markdown.Document;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translator's sheet: the glossary terms a post uses, in order of first use, with how often
 * each variant's prose uses them. Terms of every variant that exists count, so the sheet serves
 * whichever variant is drafted next.
 *
 * @param slug   the post
 * @param used   term id → term, in order of first use (hant, then hans, then en)
 * @param counts term id → variant → occurrences of an accepted rendering in that variant's prose
 * @param other  term id → variant → avoided or foreign text found → occurrences (not counted as uses)
 */
public record TermSheet(String slug, Map<String, Term> used, Map<String, Map<Lang, Integer>> counts,
                        Map<String, Map<Lang, Map<String, Integer>>> other) {

    /** The sheet of the post that {@code file} (any of its variants) belongs to. */
    public static TermSheet of(Workspace ws, Path file) {
        Path root = ws.config().root();
        String rel = CheckPipeline.rootRelative(root, List.of(file)).get(0);
        Layout layout = Layout.of(ws.config());
        Layout.PostFile pf = layout.match(rel);
        if (pf == null) throw new InputException(rel, 0, "not a post of the layout '" + layout.pattern() + "'");
        WorkTreeReader reader = new WorkTreeReader(root);
        Map<String, Term> used = new LinkedHashMap<>();
        Map<String, Map<Lang, Integer>> counts = new LinkedHashMap<>();
        Map<String, Map<Lang, Map<String, Integer>>> other = new LinkedHashMap<>();
        for (Lang l : Lang.values()) {
            String path = layout.pathOf(pf.slug(), l);
            if (!Files.isRegularFile(root.resolve(path))) continue;
            Document d = Checker.load(reader, path);
            TermMatcher m = ws.glossary().matcher(l);
            for (Span s : d.prose()) {
                for (TermMatch t : m.find(d.text(), s.start(), s.end())) {
                    used.putIfAbsent(t.term().id(), t.term());
                    Map<Lang, Integer> c = counts.computeIfAbsent(t.term().id(), k -> new EnumMap<>(Lang.class));
                    if (t.kind() == TermMatch.Kind.ACCEPTED) {
                        c.merge(l, 1, Integer::sum);
                    } else {
                        other.computeIfAbsent(t.term().id(), k -> new EnumMap<>(Lang.class))
                                .computeIfAbsent(l, k -> new LinkedHashMap<>()).merge(t.found(), 1, Integer::sum);
                    }
                }
            }
        }
        return new TermSheet(pf.slug(), used, counts, other);
    }
}
