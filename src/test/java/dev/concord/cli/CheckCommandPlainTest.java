package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * check's plain parser (the one-post fast path that skips picocli) and picocli agree: on every
 * command line the plain parser accepts, both set the same fields; every line picocli rejects
 * (or answers with help) the plain parser leaves to picocli.
 */
class CheckCommandPlainTest {
    private static final PrintWriter SINK = new PrintWriter(Writer.nullWriter());

    /** The fields a check run reads, as parsed. */
    private static List<Object> fields(CheckCommand c) {
        return List.of(String.valueOf(c.rootOption.root), c.paths, c.format, String.valueOf(c.output), c.staged, c.fix,
                c.exitZero, c.cache, c.noCache, String.valueOf(c.cacheLocation), c.dryRun, c.colorMode, c.all);
    }

    /** picocli's parse of the line: the command, or null when it rejects the line or shows help. */
    private static CheckCommand picocli(String[] args) {
        CommandLine cl = Main.commandLine("check");
        try {
            CommandLine.ParseResult r = cl.parseArgs(args);
            CommandLine.ParseResult sub = r.subcommand();
            if (sub == null || sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) return null;
            return (CheckCommand) sub.commandSpec().userObject();
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }

    private static void agree(String... rest) {
        String[] args = new String[rest.length + 1];
        args[0] = "check";
        System.arraycopy(rest, 0, args, 1, rest.length);
        CheckCommand plain = CheckCommand.plain(args, SINK, SINK);
        CheckCommand pico = picocli(args);
        String line = String.join(" ", args);
        if (pico == null) {
            assertNull(plain, "picocli rejects or shows help, the plain parser must leave it to picocli: " + line);
        } else if (plain != null) {
            assertEquals(fields(pico), fields(plain), line);
        }
    }

    @Test
    void everyOptionOfCheckIsParsedPlainly() {
        Set<String> help = Set.of("-h", "--help", "-V", "--version");
        CommandLine cl = Main.commandLine("check");
        List<OptionSpec> options = cl.getSubcommands().get("check").getCommandSpec().options();
        assertTrue(options.size() >= 10, "the options were found: " + options.size());
        for (OptionSpec o : options) {
            for (String name : o.names()) {
                if (help.contains(name)) continue;
                String value = name.equals("--color") ? "never" : "json"; // a value each option accepts
                String[] args = o.arity().min > 0 ? new String[] {"check", name, value} : new String[] {"check", name};
                assertNotNull(CheckCommand.plain(args, SINK, SINK), "plain parser lacks " + name);
                agree(args[1], args.length > 2 ? args[2] : "posts");
            }
        }
    }

    @Test
    void typicalLines() {
        agree();
        agree("posts/hant/a.md", "posts/hans/a.md", "posts/en/a.md");
        agree("--staged", "--format", "github");
        agree("-C", "/tmp/blog", "--format=JSON", "-o", "report.json", "--exit-zero");
        agree("--root=/tmp/blog", "--no-cache", "--", "-odd-name.md");
        assertNotNull(CheckCommand.plain(new String[] {"check", "--format", "sarif", "posts"}, SINK, SINK));
    }

    @Test
    void linesLeftToPicocli() {
        for (String[] rest : new String[][] {{"--help"}, {"-h"}, {"--version"}, {"--fix", "--fix"}, {"--format", "xml"},
                {"--format"}, {"--frmat", "json"}, {"@args.txt"}, {"-Cdir"}, {"--staged=true"}, {"-o", "-x"}, {"--root", "a", "-C", "b"}}) {
            String[] args = new String[rest.length + 1];
            args[0] = "check";
            System.arraycopy(rest, 0, args, 1, rest.length);
            assertNull(CheckCommand.plain(args, SINK, SINK), String.join(" ", args));
        }
    }

    @Test
    void randomLinesAgree() {
        String[] tokens = {"--staged", "--fix", "--exit-zero", "--cache", "--no-cache", "--format", "json", "TEXT", "html", "xml",
                "-o", "--output", "out.txt", "-C", "--root", "/tmp/r", "--cache-location", "c", "--", "posts", "a.md", "-x",
                "--format=sarif", "--root=", "@f", "", "-h", "--version", "--output=o", "-", "--dry-run", "--color", "always",
                "--color=NEVER", "--color=sometimes", "--all"};
        Random rnd = new Random(11);
        for (int i = 0; i < 500; i++) {
            List<String> line = new ArrayList<>();
            for (int n = rnd.nextInt(6); n > 0; n--) line.add(tokens[rnd.nextInt(tokens.length)]);
            agree(line.toArray(String[]::new));
        }
    }
}
