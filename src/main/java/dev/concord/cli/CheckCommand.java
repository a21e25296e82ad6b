package dev.concord.cli;

import dev.concord.cache.CacheKey;
import dev.concord.catalogue.RuleCatalogue;
import dev.concord.cache.FindingsCache;
import dev.concord.cache.GlossaryCache;
import dev.concord.check.CheckPipeline;
import dev.concord.check.CheckResult;
import dev.concord.check.FixLock;
import dev.concord.check.FixLog;
import dev.concord.check.ParseAhead;
import dev.concord.model.InputException;
import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.catalogue.Severity;
import dev.concord.check.rules.Rules;
import dev.concord.report.GithubReporter;
import dev.concord.report.HtmlReporter;
import dev.concord.report.JsonReporter;
import dev.concord.report.SarifReporter;
import dev.concord.report.Reporter;
import dev.concord.report.TextReporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
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

    @Option(names = "--dry-run", description = "With --fix: print the fixes as a unified diff and change no file.")
    boolean dryRun;

    @Option(names = "--color", paramLabel = "WHEN", description = "auto (default: on a terminal, unless NO_COLOR; FORCE_COLOR or CLICOLOR_FORCE force it), always, never.")
    Terminal.ColorMode colorMode = Terminal.ColorMode.auto;

    @Option(names = "--cache", description = "Reuse the findings of posts unchanged since an earlier run also for given paths "
            + "and --staged (a run over every post does by default).")
    boolean cache;

    @Option(names = "--no-cache", description = "Check every post afresh, and keep no cache.")
    boolean noCache;

    @Option(names = "--cache-location", paramLabel = "DIR", description = "Folder of the cache (default: .concord/cache under the root).")
    Path cacheLocation;

    @Option(names = "--all", description = "With --format html: show every post, not only those with findings.")
    boolean all;

    @Option(names = "--exit-zero", description = "Exit 0 even when errors are found (2 still means unusable input).")
    boolean exitZero;

    /** The streams of a run parsed by {@link #plain}; null when picocli ran the command (its streams). */
    private PrintWriter out, err;

    private PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }

    /**
     * check's command line parsed without picocli, or null to let picocli parse it. Building
     * picocli's model reflects over every annotation of the command (proxies, converters, help
     * sections) before anything is checked, a large part of a one-post run (docs/performance.md);
     * the command lines hooks and CI use are plain: the options below, each at most once, in the
     * "--name value" or "--name=value" form, and paths. Anything else (help, version, a misspelt
     * or repeated option, a bad format, an @argument-file, clustered short options) returns null,
     * so picocli parses it and its messages and help stay the only ones. CheckCommandPlainTest
     * keeps the two parsers in agreement, option by option.
     *
     * @param args the whole command line, starting with "check"
     */
    static CheckCommand plain(String[] args, PrintWriter out, PrintWriter err) {
        CheckCommand c = new CheckCommand();
        c.rootOption = new RootOption();
        c.out = out;
        c.err = err;
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean onlyPaths = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (onlyPaths || !a.startsWith("-")) {
                if (a.startsWith("@") || a.isEmpty()) return null;
                Path p = path(a);
                if (p == null) return null;
                c.paths.add(p);
                continue;
            }
            if (a.equals("--")) {
                onlyPaths = true;
                continue;
            }
            String name = a, value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            String key = switch (name) {
                case "-C", "--root" -> "--root";
                case "-o", "--output" -> "--output";
                default -> name;
            };
            if (!seen.add(key)) return null;
            switch (key) {
                case "--staged", "--fix", "--exit-zero", "--cache", "--no-cache", "--dry-run", "--all" -> {
                    if (value != null) return null;
                    switch (key) {
                        case "--staged" -> c.staged = true;
                        case "--fix" -> c.fix = true;
                        case "--dry-run" -> c.dryRun = true;
                        case "--exit-zero" -> c.exitZero = true;
                        case "--all" -> c.all = true;
                        case "--cache" -> c.cache = true;
                        default -> c.noCache = true;
                    }
                }
                case "--root", "--output", "--format", "--cache-location", "--color" -> {
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) return null;
                        value = args[++i];
                    }
                    if (key.equals("--format")) {
                        Format f = null;
                        for (Format candidate : Format.values()) if (candidate.name().equalsIgnoreCase(value)) f = candidate;
                        if (f == null) return null;
                        c.format = f;
                        continue;
                    }
                    if (key.equals("--color")) {
                        Terminal.ColorMode m = null;
                        for (Terminal.ColorMode candidate : Terminal.ColorMode.values()) if (candidate.name().equalsIgnoreCase(value)) m = candidate;
                        if (m == null) return null;
                        c.colorMode = m;
                        continue;
                    }
                    Path p = value.isEmpty() ? null : path(value);
                    if (p == null) return null;
                    switch (key) {
                        case "--root" -> c.rootOption.root = p;
                        case "--output" -> c.output = p;
                        default -> c.cacheLocation = p;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return c;
    }

    private static Path path(String s) {
        try {
            return Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    @Override
    public Integer call() throws Exception {
        try {
            if (!fix || dryRun) return check();
            // One fixer per root at a time (see FixLock); released however the run ends.
            try (FixLock lock = FixLock.acquire(rootOption.resolve(), err())) {
                return check();
            }
        } catch (LargeInputJvm.Large large) {
            // Out of the lock (the run again takes it), before anything was read or written.
            return LargeInputJvm.runAgain();
        }
    }

    private Integer check() throws Exception {
        Path root = rootOption.resolve();
        // Not for a run that may take every post from the findings cache, which parses nothing.
        ParseAhead ahead = noCache || (!cache && (!paths.isEmpty() || staged))
                ? ParseAhead.start(root, staged ? List.of() : paths) : ParseAhead.none();
        Config config = ConfigLoader.load(root);
        if (output != null) ReportFile.refuseInput(root, config, output);
        FindingsCache findingsCache = openCache(root, config);
        CheckPipeline.Request request = new CheckPipeline.Request(config, paths, staged, fix,
                format == Format.json || format == Format.sarif, format == Format.html, findingsCache);
        if (dryRun && !fix) throw new InputException(null, 0, "--dry-run shows what --fix would change: give both");
        if (all && format != Format.html) throw new InputException(null, 0, "--all chooses the posts the HTML report shows: give --format html");
        FixLog log = new FixLog(dryRun);
        CheckResult result;
        try (Progress progress = Progress.start(err(), Terminal.interactive())) {
            CheckPipeline pipeline = new CheckPipeline(Rules::all, note -> {
                progress.clear();
                err().println("concord: " + note);
            }).withFixLog(log).withProgress(progress).withParseAhead(ahead);
            if (LargeInputJvm.possible()) pipeline.withLargestPost(LargeInputJvm::stopIfLarge);
            if (!noCache) pipeline.withGlossaryLoader(c -> GlossaryCache.load(root, c.glossary(), cacheDir(root)));
            result = pipeline.run(request);
        }
        // Machine-readable reports keep stdout to themselves; the fix log then goes to stderr.
        PrintWriter fixOut = format == Format.text && output == null ? out() : err();
        if (fix) FixReport.write(log, root, fixOut);
        report(result, root);
        if (exitZero) return Main.OK;
        return result.count(Severity.ERROR) > 0 ? Main.FINDINGS : Main.OK;
    }

    /**
     * The findings cache of this run, or null. On by default when the run checks every post of the
     * work tree; --cache turns it on for given paths and --staged too (the key is the bytes read,
     * index blobs included). The HTML report shows the parsed text, so it is always checked afresh.
     * --fix never trusts an entry for a fix: it starts from an empty cache (every post checked
     * now) and records the findings of the fixed files.
     */
    private FindingsCache openCache(Path root, Config config) {
        boolean on = !noCache && (cache || paths.isEmpty() && !staged);
        if (!on || format == Format.html) return null;
        Path dir = cacheDir(root);
        // The rules that exist are part of the code a finding came from (a test adds its own).
        String context = CacheKey.context(config, CacheKey.build() + " rules " + new java.util.TreeSet<>(RuleCatalogue.ids()));
        return fix ? FindingsCache.empty(dir, context) : FindingsCache.open(dir, context);
    }

    /** The folder of the findings cache and the compiled glossary. */
    private Path cacheDir(Path root) {
        return cacheLocation != null ? cacheLocation.toAbsolutePath() : root.resolve(FindingsCache.DEFAULT_LOCATION);
    }

    private void report(CheckResult result, Path root) throws java.io.IOException {
        boolean color = Terminal.color(colorMode, System.getenv(), output == null && Terminal.interactive());
        Reporter r = switch (format) {
            case text -> new TextReporter(color ? Ansi.ON : Ansi.OFF, output == null ? p -> Terminal.display(root, p) : p -> p);
            case json -> new JsonReporter();
            case sarif -> new SarifReporter(Rules.all(), Main.Version.number());
            case github -> new GithubReporter();
            case html -> new HtmlReporter(all);
        };
        if (output == null) {
            r.write(result, out());
        } else {
            java.io.StringWriter text = new java.io.StringWriter();
            r.write(result, new PrintWriter(text));
            ReportFile.write(output, text.toString());
        }
    }
}
