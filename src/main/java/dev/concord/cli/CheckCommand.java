package dev.concord.cli;

import dev.concord.check.CheckResult;
import dev.concord.check.Checker;
import dev.concord.check.FixLock;
import dev.concord.check.Fixer;
import dev.concord.check.Terms;
import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.convert.HantStandard;
import dev.concord.convert.ScriptConverter;
import dev.concord.markdown.Document;
import dev.concord.model.Lang;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import dev.concord.check.Severity;
import dev.concord.check.rules.Rules;
import dev.concord.corpus.GitIndexReader;
import dev.concord.corpus.Layout;
import dev.concord.corpus.Post;
import dev.concord.corpus.PostDiscovery;
import dev.concord.corpus.SourceReader;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.model.InputException;
import dev.concord.report.GithubReporter;
import dev.concord.report.HtmlReporter;
import dev.concord.report.JsonReporter;
import dev.concord.report.SarifReporter;
import dev.concord.report.Reporter;
import dev.concord.report.TextReporter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the posts under PATH (default: every post of the layout). A file checks its whole post.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error-level finding", "1:at least one error-level finding", "2:usage, configuration or input error"})
public final class CheckCommand implements Callable<Integer> {
    public enum Format { text, json, sarif, github, html }

    @Spec CommandSpec spec;
    @Mixin RootOption rootOption;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Post files or folders (default: all posts).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sarif, github, html (default: text).")
    Format format = Format.text;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--staged", description = "Check the versions staged in git (the index), of every post the commit touches.")
    boolean staged;

    @Option(names = "--fix", description = "Apply safe fixes (term-forbidden, script-mixed, punctuation-style, lang:), then report what remains.")
    boolean fix;

    @Option(names = "--exit-zero", description = "Exit 0 even when errors are found (2 still means unusable input).")
    boolean exitZero;

    @Override
    public Integer call() throws Exception {
        if (!fix) return check();
        // One fixer per root at a time (see FixLock); released however the run ends.
        try (FixLock lock = FixLock.acquire(rootOption.resolve(), spec.commandLine().getErr())) {
            return check();
        }
    }

    private Integer check() throws Exception {
        Path root = rootOption.resolve();
        Config config = ConfigLoader.load(root);
        if (output != null) ReportFile.refuseInput(root, config, output);
        // The glossary (YAML, lint, three matchers) does not depend on the posts: it loads on the
        // other core while this thread finds and parses the posts (a pre-commit run is ~0.1 s shorter).
        CompletableFuture<Map.Entry<Workspace, Terms>> loading = CompletableFuture.supplyAsync(() -> {
            Workspace w = Workspace.load(root, config);
            return Map.entry(w, w.terms());
        });
        Layout layout = new Layout(config.layout(), config.langs());
        if (staged && fix) throw new InputException(null, 0, "--fix cannot be combined with --staged (fixes apply to the work tree)");
        SourceReader reader;
        List<Post> posts;
        if (staged) {
            GitIndexReader index = new GitIndexReader(root);
            reader = index;
            PostDiscovery discovery = new PostDiscovery(layout, reader);
            List<String> touched = new ArrayList<>();
            for (String p : index.stagedChanges()) if (layout.match(p) != null) touched.add(p);
            if (!paths.isEmpty()) touched.retainAll(relative(root, paths));
            posts = discovery.of(touched);
        } else {
            reader = new WorkTreeReader(root, config.exclude());
            PostDiscovery discovery = new PostDiscovery(layout, reader);
            List<String> skipped = new ArrayList<>();
            posts = paths.isEmpty() ? discovery.all() : discovery.of(relative(root, paths), skipped);
            for (String f : skipped) {
                spec.commandLine().getErr().println("concord: skipped " + f + ": not a post of the layout '" + layout.pattern() + "'");
            }
        }
        warmUpConverter(config, posts);
        Map<String, Document> parsed = new HashMap<>();
        if (posts.size() <= PARSE_AHEAD_MAX) {
            for (Post p : posts) for (String path : p.paths().values()) parsed.put(path, Checker.load(reader, path));
        }
        Map.Entry<Workspace, Terms> loaded = join(loading);
        Workspace ws = loaded.getKey();
        // Script fixes need opencc4j's tables: computed only when a fix can be applied or shown.
        boolean wantFixes = fix || format == Format.json || format == Format.sarif;
        Checker checker = new Checker(ws.config(), ws.glossary(), loaded.getValue(), Rules.all(), wantFixes ? ws.scriptFixes() : null)
                .withParsed(parsed);
        CheckResult result = checker.check(posts, reader);
        // Each pass applies the fixes that do not overlap; a fix inside another waits for the next one.
        // A file changed since it was checked is left alone and checked again.
        Fixer.Outcome fixed = null;
        for (int pass = 0; fix && pass < 5; pass++) {
            fixed = Fixer.apply(root, result.findings());
            if (fixed.applied() == 0 && fixed.stale().isEmpty()) break;
            result = checker.check(posts, reader);
        }
        if (fixed != null) {
            for (String f : fixed.stale()) spec.commandLine().getErr().println("concord: " + f + ": changed while being fixed; left as it is (run --fix again)");
        }
        if (format == Format.html) {
            // The page shows the text, so it needs the parsed posts, not only the findings.
            List<Checker.Inspection> inspections = posts.parallelStream().map(p -> checker.inspect(p, reader)).toList();
            writeOut(w -> new HtmlReporter().write(inspections, w));
        } else {
            report(result);
        }
        if (exitZero) return Main.OK;
        return result.count(Severity.ERROR) > 0 ? Main.FINDINGS : Main.OK;
    }

    /**
     * Posts up to this many are parsed on this thread while the glossary loads; larger runs parse
     * inside the parallel check, where both cores are busy anyway.
     */
    static final int PARSE_AHEAD_MAX = 8;

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /**
     * variant-divergence converts hant to hans; its tables take ~0.05 s to load, so a post with both
     * variants starts that on a third thread now rather than when the rule first needs it.
     */
    private static void warmUpConverter(Config config, List<Post> posts) {
        if (config.rules().get("variant-divergence") == Severity.OFF) return;
        boolean both = posts.stream().anyMatch(p -> p.paths().containsKey(Lang.HANT) && p.paths().containsKey(Lang.HANS));
        if (!both) return;
        HantStandard standard = HantStandard.parse(config.hant());
        Thread t = new Thread(() -> ScriptConverter.toHans(standard), "concord-converter-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void report(CheckResult result) throws Exception {
        boolean color = output == null && System.console() != null && System.getenv("NO_COLOR") == null;
        Reporter r = switch (format) {
            case text -> new TextReporter(color);
            case json -> new JsonReporter();
            case sarif -> new SarifReporter(Rules.all(), new Main.Version().getVersion()[0].replace("concord ", ""));
            case github -> new GithubReporter();
            case html -> throw new IllegalStateException("html is rendered from inspections, not findings alone");
        };
        writeOut(w -> r.write(result, w));
    }

    private void writeOut(java.util.function.Consumer<PrintWriter> body) throws java.io.IOException {
        if (output == null) {
            body.accept(spec.commandLine().getOut());
        } else {
            java.io.StringWriter text = new java.io.StringWriter();
            body.accept(new PrintWriter(text));
            ReportFile.write(output, text.toString());
        }
    }

    /** Arguments as root-relative '/' paths; a path outside the root is an input error. */
    static List<String> relative(Path root, List<Path> paths) {
        List<String> out = new ArrayList<>();
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p : paths) {
            Path abs = (p.isAbsolute() ? p : cwd.resolve(p)).normalize();
            if (!abs.startsWith(root)) {
                // Relative to the root given with --root, as users of -C expect.
                Path alt = root.resolve(p).normalize();
                if (!p.isAbsolute() && alt.startsWith(root) && Files.exists(alt)) abs = alt;
                else throw new InputException(p.toString(), 0, "is outside the root " + root);
            }
            if (!Files.exists(abs)) throw new InputException(p.toString(), 0, "no such file or directory");
            out.add(root.relativize(abs).toString().replace('\\', '/'));
        }
        return out;
    }
}
