package dev.concord.cli;

import dev.concord.align.Row;
import dev.concord.check.CheckPipeline;
import dev.concord.check.CheckResult;
import dev.concord.check.Inspection;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.rules.Rules;
import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.corpus.Layout;
import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import dev.concord.report.TextReporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The variants of one post, block by aligned block: each row shows what every variant says there
 * (with line numbers), glossary terms marked, a missing block shown as such, and the findings of
 * the row under it. Rows are stacked rather than put in columns: Han characters are two terminal
 * cells wide and long paragraphs would wrap into unreadable columns.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Aligned view of the variants of one post: blocks paired, terms marked, differences flagged.")
public final class DiffCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RootOption rootOption;

    @Parameters(paramLabel = "POST", description = "A variant's file, or the post's slug.")
    String post;

    @Option(names = "--all", description = "Show rows without findings too (default: only rows that differ).")
    boolean all;

    @Option(names = "--width", description = "Characters of each block shown (default: ${DEFAULT-VALUE}).")
    int width = 160;

    @Override
    public Integer call() {
        Path root = rootOption.resolve();
        Config config = ConfigLoader.load(root);
        Layout layout = Layout.of(config);
        Path file = PostArgument.file(root, layout, post);
        CheckResult result = new CheckPipeline(Rules.all(), note -> { })
                .run(new CheckPipeline.Request(config, List.of(file), false, false, false));
        Inspection in = result.inspections().get(0);
        Ansi color = Terminal.color(Terminal.ColorMode.auto, System.getenv(), Terminal.interactive()) ? Ansi.ON : Ansi.OFF;
        PrintWriter out = spec.commandLine().getOut();
        PostContext ctx = in.context();
        int n = 0, shown = 0;
        for (Row row : ctx.rows()) {
            n++;
            List<Finding> rowFindings = in.in(row);
            boolean incomplete = row.size() < ctx.variants().size();
            if (!all && rowFindings.isEmpty() && !incomplete) continue;
            shown++;
            Block any = row.blocks().values().iterator().next();
            out.println(paint(color, Style.bold, "── " + n + " · " + any.kind().name().toLowerCase().replace('_', ' ') + " " + "─".repeat(40)));
            for (Lang l : ctx.variants().keySet()) {
                Block b = row.blocks().get(l);
                SourceText src = ctx.variant(l).doc().source();
                if (b == null) {
                    // A block this variant merged into one of its own paragraphs is there, not missing.
                    Block host = null;
                    for (var e : row.blocks().entrySet()) if (host == null) host = ctx.mergedHost(e.getKey(), e.getValue(), l);
                    out.printf("%-4s      %s%n", l.key(), host != null
                            ? paint(color, Style.faint, "⤷ merged into its block at line " + src.line(host.span().start()))
                            : paint(color, Style.fg_red, "∅ (no block here)"));
                    continue;
                }
                out.printf("%-4s %4d │ %s%n", l.key(), src.line(b.span().start()), render(ctx, l, b, color));
            }
            for (Finding f : rowFindings) {
                out.println(paint(color, f.severity().key().equals("error") ? Style.fg_red : Style.fg_yellow, "  ! " + f.variant().key() + ":" + f.line()
                        + " " + TextReporter.safe(f.message()) + " [" + f.rule() + "]"));
            }
            out.println();
        }
        out.println(shown + " of " + n + " rows shown" + (all ? "" : " (those that differ; --all for every row)")
                + "; " + in.findings().size() + " finding" + (in.findings().size() == 1 ? "" : "s") + " in post '" + TextReporter.safe(ctx.slug()) + "'");
        out.flush();
        return Main.OK;
    }

    /** The block's source on one line, shortened, with glossary terms in «» (or coloured). */
    private String render(PostContext ctx, Lang l, Block b, Ansi color) {
        String text = ctx.variant(l).doc().text();
        List<TermMatch> terms = ctx.terms().in(l, text, b);
        StringBuilder sb = new StringBuilder();
        int i = b.span().start(), t = 0, shown = 0;
        while (i < b.span().end() && shown < width) {
            if (t < terms.size() && terms.get(t).start() == i) {
                TermMatch m = terms.get(t++);
                List<Ansi.IStyle> mark = m.kind() == TermMatch.Kind.ACCEPTED ? List.of(Style.fg_green) : List.of(Style.fg_red, Style.bold);
                String found = TextReporter.safe(m.found());
                sb.append(color.enabled() ? color.apply(found, mark).toString() : "«" + found + "»");
                shown += m.found().length();
                i = m.end();
                continue;
            }
            char c = text.charAt(i++);
            // a control character from the post (ESC, BEL…) is shown escaped, never sent to the terminal
            sb.append(c == '\n' || c == '\r' ? " " : TextReporter.safe(String.valueOf(c)));
            shown++;
        }
        if (i < b.span().end()) sb.append('…');
        return sb.toString().replaceAll(" {2,}", " ");
    }

    private static String paint(Ansi color, Style style, String s) {
        return color.apply(s, List.of(style)).toString();
    }
}
