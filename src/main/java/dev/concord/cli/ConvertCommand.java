package dev.concord.cli;

import dev.concord.check.CheckPipeline;
import dev.concord.check.Workspace;
import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.convert.HantStandard;
import dev.concord.model.AtomicFiles;
import dev.concord.convert.MarkdownConverter;
import dev.concord.convert.ScriptConverter;
import dev.concord.convert.TermSource;
import dev.concord.corpus.Layout;
import dev.concord.markdown.Document;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import dev.concord.report.TextReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert Markdown between hant and hans: only prose changes (never code, URLs, HTML, Liquid);",
                "glossary renderings win over the converter; front matter lang: and title: are updated.",
                "The result goes to stdout unless --write is given. Outside a project (no concord.yaml, no glossary)",
                "it converts with OpenCC's dictionaries alone (hant standard tw). A file not named .md/.markdown is plain",
                "text: all of it is converted, as OpenCC would.",
                "--explain lists instead the characters the dictionaries left ambiguous (发 → 發 or 髮?), with the choice made."})
public final class ConvertCommand implements Callable<Integer> {
    public enum Target { hans, hant }

    @Spec CommandSpec spec;
    @Mixin RootOption rootOption;

    @Option(names = "--to", required = true, paramLabel = "hans|hant", description = "Target variant.")
    Target to;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Markdown files, or - for stdin.")
    List<String> files = new ArrayList<>();

    @Option(names = "--write", description = "Write each result to the counterpart's layout path instead of stdout.")
    boolean write;

    @Option(names = "--force", description = "With --write, overwrite an existing counterpart.")
    boolean force;

    @Option(names = "--explain", description = "List each character that had several candidates and that no phrase or glossary term settled: "
            + "line, column, candidates, the choice made (instead of the converted text; with --write, besides it).")
    boolean explain;

    public enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", description = "Format of --explain (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
        Path root = rootOption.resolve();
        Lang target = Lang.parse(to.name());
        Config config;
        MarkdownConverter converter;
        if (Workspace.isProject(root)) {
            Workspace ws = Workspace.load(root);
            config = ws.config();
            converter = MarkdownConverter.of(config, ws.termSource());
        } else {
            config = ConfigLoader.load(root);
            converter = MarkdownConverter.of(config, TermSource.none());
            spec.commandLine().getErr().println("concord: no " + Config.FILE + " and no glossary in " + root
                    + ": converting with OpenCC's dictionaries alone (" + ScriptConverter.get(target, HantStandard.parse(config.hant())).openccConfig() + ")");
        }
        Layout layout = Layout.of(config);
        List<Explanation> explanations = new ArrayList<>();
        for (String file : files) {
            boolean stdin = file.equals("-");
            if (stdin && write) throw new InputException("-", 0, "--write needs a file (stdin has no layout path)");
            byte[] bytes = stdin ? System.in.readAllBytes() : read(file);
            SourceText src = SourceText.decode(stdin ? "<stdin>" : file, bytes);
            MarkdownConverter.Converted result;
            if (stdin || isMarkdown(file)) {
                Document doc = MarkdownParser.parse(src);
                if (doc.frontMatter().error() != null) {
                    throw new InputException(src.path(), doc.frontMatter().errorLine(), "malformed front matter: " + doc.frontMatter().error());
                }
                if (doc.limit() != null) {
                    // read in a degraded way past a limit (docs/reliability.md): said once, on stderr
                    spec.commandLine().getErr().println("concord: warning: " + TextReporter.safe(src.path()) + ":"
                            + doc.limit().line() + ": " + doc.limit().message());
                }
                result = converter.convertExplained(doc, target);
            } else {
                result = converter.convertPlain(src.text(), target); // a .txt: every character is text, as in OpenCC
            }
            String converted = result.text();
            if (explain) explanations.add(new Explanation(src, result.ambiguities()));
            if (!write && explain) continue;
            if (!write) {
                // The writer is UTF-8 (Main); text keeps its CR LF, and the BOM is written back as it came.
                var out = spec.commandLine().getOut();
                out.print((src.hasBom() ? "\uFEFF" : "") + converted);
                out.flush();
                continue;
            }
            byte[] out = SourceText.encode(converted, src.hasBom());
            Path dest = counterpart(root, layout, Path.of(file), target);
            if (Files.exists(dest) && !force) {
                throw new InputException(root.relativize(dest).toString(), 0, "exists; not overwritten (use --force)");
            }
            Files.createDirectories(dest.getParent());
            AtomicFiles.write(dest, out);
            spec.commandLine().getErr().println("wrote " + root.relativize(dest));
        }
        if (explain) {
            var out = spec.commandLine().getOut();
            out.print(format == Format.json ? Explanation.json(explanations, target) : Explanation.text(explanations));
            out.flush();
        }
        return Main.OK;
    }

    /** Markdown by name (.md, .markdown, .mdx …); any other file is converted as plain text. */
    static boolean isMarkdown(String file) {
        String name = Path.of(file).getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdx") || name.endsWith(".mkd");
    }

    private static byte[] read(String file) throws IOException {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) throw new InputException(file, 0, "no such file");
        return Files.readAllBytes(p);
    }

    /** The target variant's path of the post that {@code file} belongs to. */
    private static Path counterpart(Path root, Layout layout, Path file, Lang target) {
        String rel = CheckPipeline.rootRelative(root, List.of(file)).get(0);
        Layout.PostFile pf = layout.match(rel);
        if (pf == null) throw new InputException(file.toString(), 0, "not a post of the layout '" + layout.pattern() + "'; cannot tell where to --write");
        if (pf.lang() == target) throw new InputException(file.toString(), 0, "is already the " + target.key() + " variant");
        if (pf.lang() == Lang.EN) throw new InputException(file.toString(), 0, "is the en variant; convert a hant or hans file");
        return root.resolve(layout.pathOf(pf.slug(), target));
    }
}
