package dev.concord.cli;

import dev.concord.check.Checker;
import dev.concord.corpus.Layout;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.glossary.TermMatcher;
import dev.concord.markdown.Document;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.model.Span;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "terms", mixinStandardHelpOptions = true,
        description = "The glossary terms a post uses, with the rendering each variant must use (the translator's sheet).")
public final class TermsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RootOption rootOption;

    @Parameters(paramLabel = "FILE", description = "Any variant of the post.")
    Path file;

    @Override
    public Integer call() {
        Path root = rootOption.resolve();
        Workspace ws = Workspace.load(root);
        String rel = CheckCommand.relative(root, List.of(file)).get(0);
        Layout layout = Layout.of(ws.config());
        Layout.PostFile pf = layout.match(rel);
        if (pf == null) throw new InputException(rel, 0, "not a post of the layout '" + layout.pattern() + "'");
        WorkTreeReader reader = new WorkTreeReader(root);
        // Terms of every variant that exists, so the sheet serves whichever variant is drafted next.
        Map<String, Term> used = new LinkedHashMap<>();
        Map<String, Map<Lang, Integer>> counts = new LinkedHashMap<>();
        for (Lang l : Lang.values()) {
            String path = layout.pathOf(pf.slug(), l);
            if (!java.nio.file.Files.isRegularFile(root.resolve(path))) continue;
            Document d = Checker.load(reader, path);
            TermMatcher m = new TermMatcher(ws.glossary(), l);
            for (Span s : d.prose()) {
                for (TermMatch t : m.find(d.text(), s.start(), s.end())) {
                    used.putIfAbsent(t.term().id(), t.term());
                    counts.computeIfAbsent(t.term().id(), k -> new EnumMap<>(Lang.class)).merge(l, 1, Integer::sum);
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("terms of post '" + pf.slug() + "' (" + used.size() + "):");
        for (Term t : used.values()) {
            out.println();
            out.println(t.id() + (t.note() != null ? "  — " + t.note() : ""));
            for (Lang l : Lang.values()) {
                String accepted = t.isKeep() ? t.keep() + "  (keep as is)" : String.join(" | ", t.accepted(l));
                String avoid = t.avoid(l).isEmpty() ? "" : "   avoid: " + String.join(", ", t.avoid(l));
                int n = counts.get(t.id()).getOrDefault(l, 0);
                out.printf("  %-4s %s%s   [%d in the %s text]%n", l.key(), accepted.isEmpty() ? "—" : accepted, avoid, n, l.key());
            }
        }
        out.flush();
        return Main.OK;
    }
}
