package dev.concord.cli;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.model.InputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The rule catalogue: every rule's id, default severity, fix and description, as the code declares them. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules (id, default severity, fix, description); with an ID, what that rule reports.")
public final class RulesCommand implements Callable<Integer> {
    public enum Format { text, markdown }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "A rule id: show its details and examples.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or markdown (the table of docs/rules.md; default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleCatalogue.Entry> rules = RuleCatalogue.entries();
        if (id != null) {
            RuleCatalogue.Entry e = RuleCatalogue.get(id);
            if (e == null) throw new InputException(null, 0, "unknown rule '" + id + "' (concord rules lists them)");
            rules = List.of(e);
        }
        if (format == Format.markdown) markdown(rules, out);
        else if (id != null) details(rules.get(0), out);
        else list(rules, out);
        out.flush();
        return Main.OK;
    }

    private static void list(List<RuleCatalogue.Entry> rules, PrintWriter out) {
        int width = rules.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        for (RuleCatalogue.Entry e : rules) {
            out.printf("%-" + width + "s  %-7s  %-3s  %s%n", e.id(), e.severity().key(), e.fixable() ? "fix" : "", e.summary());
        }
    }

    private static void details(RuleCatalogue.Entry e, PrintWriter out) {
        out.println(e.id() + " (default " + e.severity().key() + ")");
        out.println();
        out.println(e.details());
        out.println();
        out.println("fix: " + (e.fixable() ? e.fix() : "none"));
        for (String x : e.examples()) out.println("example: " + x);
    }

    /** The table of docs/rules.md; RuleDocsTest keeps the file equal to it. */
    static void markdown(List<RuleCatalogue.Entry> rules, PrintWriter out) {
        out.println("| rule | default | reports | example | fix |");
        out.println("|---|---|---|---|---|");
        for (RuleCatalogue.Entry e : rules) {
            out.println("| `" + e.id() + "` | " + e.severity().key() + " | " + cell(e.details()) + " | "
                    + cell(String.join("; ", e.examples())) + " | " + (e.fixable() ? cell(e.fix()) : "—") + " |");
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
