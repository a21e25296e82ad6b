package dev.concord.cli;

import dev.concord.check.TermSheet;
import dev.concord.check.Workspace;
import dev.concord.glossary.Term;
import dev.concord.model.Lang;
import dev.concord.report.TextReporter;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Parameters(paramLabel = "POST", description = "Any variant's file of the post, or its slug.")
    String post;

    @Override
    public Integer call() {
        Path root = rootOption.resolve();
        Workspace ws = Workspace.load(root);
        TermSheet sheet = TermSheet.of(ws, PostArgument.file(root, dev.concord.corpus.Layout.of(ws.config()), post));
        Map<String, Map<Lang, Integer>> counts = sheet.counts();
        PrintWriter out = spec.commandLine().getOut();
        out.println("terms of post '" + TextReporter.safe(sheet.slug()) + "' (" + sheet.used().size() + "):");
        for (Term t : sheet.used().values()) {
            out.println();
            out.println(TextReporter.safe(t.id() + (t.note() != null ? "  — " + t.note() : "")));
            for (Lang l : Lang.values()) {
                String accepted = t.isKeep() ? t.keep() + "  (keep as is)" : String.join(" | ", t.accepted(l));
                String avoid = t.avoid(l).isEmpty() ? "" : "   avoid: " + String.join(", ", t.avoid(l));
                int n = counts.get(t.id()).getOrDefault(l, 0);
                // Only accepted renderings count as uses; avoided or foreign ones are named apart.
                Map<String, Integer> wrong = sheet.other().getOrDefault(t.id(), Map.of()).getOrDefault(l, Map.of());
                String also = wrong.isEmpty() ? "" : "; also " + String.join(", ", wrong.entrySet().stream()
                        .map(e -> e.getValue() + " × " + e.getKey()).toList()) + ", not accepted";
                // renderings and the post's name come from files: control characters are shown escaped
                out.printf("  %-4s %s%s   [%d in the %s text%s]%n", l.key(), accepted.isEmpty() ? "—" : TextReporter.safe(accepted),
                        TextReporter.safe(avoid), n, l.key(), TextReporter.safe(also));
            }
        }
        out.flush();
        return Main.OK;
    }
}
