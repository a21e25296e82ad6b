package dev.concord.cli;

import dev.concord.model.AtomicFiles;
import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryInterchange;
import dev.concord.glossary.GlossaryLinter;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.GlossaryProblem;
import dev.concord.glossary.GlossaryYamlWriter;
import dev.concord.glossary.Term;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code concord glossary lint|list|show|import|export} (docs/glossary.md).
 *
 * <p>Exit codes: {@code lint} exits 1 when it finds problems (like {@code check} with findings: the
 * command ran and reports what is wrong), 0 when the glossary is clean; a glossary that cannot be
 * read at all (malformed YAML, missing folder) is an input error, exit 2, as everywhere.
 */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Manage the glossary: lint, list, show ID, import FILE, export, suggest.",
        subcommands = {GlossaryCommand.Lint.class, GlossaryCommand.ListTerms.class, GlossaryCommand.Show.class,
                GlossaryCommand.Import.class, GlossaryCommand.Export.class, GlossarySuggestCommand.class})
public final class GlossaryCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: lint, list, show ID, import FILE, export or suggest");
    }

    static Glossary load(RootOption rootOption) {
        Path root = rootOption.resolve();
        Config config = ConfigLoader.load(root);
        return GlossaryLoader.load(root, config.glossary());
    }

    static PrintWriter out(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Check the glossary: duplicate ids, renderings claimed twice, avoid renderings that are accepted, "
                    + "wrong-script characters. Exit 1 if any problem is found.")
    static final class Lint implements Callable<Integer> {
        @Mixin
        RootOption root;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Glossary g = load(root);
            List<GlossaryProblem> problems = GlossaryLinter.lint(g);
            PrintWriter out = out(spec);
            for (GlossaryProblem p : problems) out.println(p);
            if (!problems.isEmpty()) {
                out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + g.size() + " terms");
                return Main.FINDINGS;
            }
            out.println("glossary OK: " + g.size() + " terms");
            return Main.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per term: id, then the preferred hant, hans and en renderings (TAB-separated).")
    static final class ListTerms implements Callable<Integer> {
        @Mixin
        RootOption root;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = out(spec);
            for (Term t : load(root).terms()) {
                out.println(t.id() + "\t" + orDash(t.preferred(Lang.HANT)) + "\t" + orDash(t.preferred(Lang.HANS))
                        + "\t" + orDash(t.preferred(Lang.EN)) + (t.isKeep() ? "\t(keep)" : ""));
            }
            return Main.OK;
        }

        private static String orDash(String s) {
            return s == null ? "-" : s;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every field of one term.")
    static final class Show implements Callable<Integer> {
        @Mixin
        RootOption root;
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The term id.")
        String id;

        @Override
        public Integer call() {
            Glossary g = load(root);
            Term t = g.get(id);
            if (t == null) {
                spec.commandLine().getErr().println("concord: no term with id '" + id + "' in the glossary ("
                        + g.size() + " terms; see 'concord glossary list')");
                return Main.USAGE;
            }
            PrintWriter out = out(spec);
            out.println(pad("id:") + t.id());
            if (t.isKeep()) out.println(pad("keep:") + t.keep() + "  (same in every variant, case-exact)");
            for (Lang l : List.of(Lang.HANT, Lang.HANS, Lang.EN)) {
                if (!t.isKeep() && !t.accepted(l).isEmpty()) out.println(pad(l.key() + ":") + String.join(" | ", t.accepted(l)));
            }
            for (Lang l : List.of(Lang.HANT, Lang.HANS, Lang.EN)) {
                if (!t.avoid(l).isEmpty()) out.println(pad("avoid " + l.key() + ":") + String.join(" | ", t.avoid(l)));
            }
            if (t.caseExact() && !t.isKeep()) out.println(pad("case:") + "exact");
            if (t.note() != null) out.println(pad("note:") + t.note());
            var d = t.details();
            showText(out, "note", dev.concord.glossary.LangText.of(d.notes()));
            showText(out, "definition", d.definition());
            showText(out, "pos", d.partOfSpeech());
            if (d.subject() != null) out.println(pad("subject:") + d.subject());
            if (d.sourceId() != null) out.println(pad("source-id:") + d.sourceId());
            out.println(pad("source:") + t.file() + ":" + t.line());
            return Main.OK;
        }

        private static void showText(PrintWriter out, String label, dev.concord.glossary.LangText text) {
            if (text.all() != null) out.println(pad(label + ":") + text.all());
            for (Lang l : List.of(Lang.HANT, Lang.HANS, Lang.EN)) {
                String name = label + " " + l.key() + ":";
                if (text.byLang().containsKey(l)) out.println((name.length() < 12 ? pad(name) : name + " ") + text.byLang().get(l));
            }
        }

        private static String pad(String label) {
            return String.format("%-12s", label);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Convert a TBX (v2 or v3), CSV or YAML glossary (chosen by extension) to concord's YAML format.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "A .tbx, .xml, .csv, .yaml or .yml file.")
        Path file;
        @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write the YAML here instead of stdout.")
        Path output;
        @Option(names = "--force", description = "Overwrite --output if it exists.")
        boolean force;
        @Option(names = "--columns", paramLabel = "KEY=HEADER,...",
                description = "CSV: which of the file's columns holds what, e.g. en=English,hans=Simplified,hant=Traditional,note=Comment.")
        String columns;

        @Override
        public Integer call() throws IOException {
            List<String> skipped = new ArrayList<>();
            List<Term> terms = GlossaryInterchange.read(file, file.toString().replace('\\', '/'), skipped, columns(columns));
            String yaml = GlossaryYamlWriter.write(terms);
            GlossaryLoader.parse(yaml, "(imported)"); // the writer's output must load back; fail loudly if not
            for (String s : skipped) spec.commandLine().getErr().println("concord: skipped " + s);
            if (output == null) {
                out(spec).print(yaml);
            } else {
                writeFile(output, yaml, force);
                spec.commandLine().getErr().println("concord: wrote " + terms.size() + " terms to " + output);
            }
            return Main.OK;
        }
    }

    /** --columns en=English,hans=Simplified: concord's column name → the file's header. */
    static java.util.Map<String, String> columns(String option) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (option == null) return out;
        for (String pair : option.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1 || pair.substring(eq + 1).isBlank()) {
                throw new InputException("--columns", 0, "expected KEY=HEADER pairs separated by commas (en=English,hans=Simplified), not '" + pair + "'");
            }
            String key = pair.substring(0, eq).strip();
            if (!dev.concord.glossary.CsvGlossary.isColumn(key)) {
                throw new InputException("--columns", 0, "unknown column '" + key + "'; concord reads id, en, hans, hant, note, keep, case, "
                        + "avoid LANG, source-id, subject, definition, pos, and definition / pos / note LANG");
            }
            if (out.put(key, pair.substring(eq + 1).strip()) != null) throw new InputException("--columns", 0, "'" + key + "' is given twice");
        }
        return out;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the glossary as TBX v3 (TBX-Basic) or CSV for translators' tools.")
    static final class Export implements Callable<Integer> {
        @Mixin
        RootOption root;
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--format", paramLabel = "tbx|csv", defaultValue = "tbx",
                description = "tbx (default) or csv.")
        GlossaryInterchange.Format format;
        @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write here instead of stdout.")
        Path output;
        @Option(names = "--force", description = "Overwrite --output if it exists.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            String text = GlossaryInterchange.write(load(root), format);
            if (output == null) out(spec).print(text);
            else writeFile(output, text, force);
            return Main.OK;
        }
    }

    /** Atomic write (temp file in the same folder, then rename); refuses to overwrite without --force. */
    static void writeFile(Path output, String text, boolean force) throws IOException {
        if (Files.exists(output) && !force) {
            throw new InputException(output.toString(), 0, "exists; use --force to overwrite");
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
    }
}
