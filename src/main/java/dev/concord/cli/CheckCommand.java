package dev.concord.cli;

import dev.concord.check.CheckPipeline;
import dev.concord.check.CheckResult;
import dev.concord.check.FixLog;
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

    @Option(names = "--dry-run", description = "With --fix: print the fixes as a unified diff and change no file.")
    boolean dryRun;

    @Option(names = "--color", paramLabel = "WHEN", description = "auto (default: on a terminal, unless NO_COLOR; FORCE_COLOR or CLICOLOR_FORCE force it), always, never.")
    Terminal.ColorMode colorMode = Terminal.ColorMode.auto;

    @Option(names = "--exit-zero", description = "Exit 0 even when errors are found (2 still means unusable input).")
    boolean exitZero;

    @Override
    public Integer call() throws Exception {
        Path root = rootOption.resolve();
        Config config = ConfigLoader.load(root);
        if (dryRun && !fix) throw new InputException(null, 0, "--dry-run shows what --fix would change: give both");
        CheckPipeline.Request request = new CheckPipeline.Request(config, paths, staged, fix,
                format == Format.json || format == Format.sarif);
        FixLog log = new FixLog(dryRun);
        CheckResult result;
        try (Progress progress = Progress.start(spec.commandLine().getErr(), Terminal.interactive())) {
            result = new CheckPipeline(Rules.all(), note -> {
                progress.clear();
                spec.commandLine().getErr().println("concord: " + note);
            }).withFixLog(log).withProgress(progress).run(request);
        }
        // Machine-readable reports keep stdout to themselves; the fix log then goes to stderr.
        PrintWriter fixOut = format == Format.text && output == null ? spec.commandLine().getOut() : spec.commandLine().getErr();
        if (fix) FixReport.write(log, root, fixOut);
        report(result, root);
        if (exitZero) return Main.OK;
        return result.count(Severity.ERROR) > 0 ? Main.FINDINGS : Main.OK;
    }

    private void report(CheckResult result, Path root) throws java.io.IOException {
        boolean color = Terminal.color(colorMode, System.getenv(), output == null && Terminal.interactive());
        Reporter r = switch (format) {
            case text -> new TextReporter(color, output == null ? p -> Terminal.display(root, p) : p -> p);
            case json -> new JsonReporter();
            case sarif -> new SarifReporter(Rules.all(), new Main.Version().getVersion()[0].replace("concord ", ""));
            case github -> new GithubReporter();
            case html -> new HtmlReporter();
        };
        if (output == null) {
            r.write(result, spec.commandLine().getOut());
        } else {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                r.write(result, w);
            }
        }
    }
}
