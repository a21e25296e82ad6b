package dev.concord.cli;

import dev.concord.model.InputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: picocli command tree, and the one place that turns failures into exit codes. */
@Command(name = "concord", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Keeps the hant, hans and en variants of Markdown posts consistent.")
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'concord --help')");
    }

    public static void main(String[] args) {
        // Reports are UTF-8 whatever the locale: Java 17 takes the platform charset (ASCII under
        // LANG=C, as in CI and git hooks), which would print every Chinese character as '?'.
        FailureRecorder stdout = new FailureRecorder(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        LargeInputJvm.processArguments(args);
        int code = run(args, out, err);
        out.flush();
        if (out.checkError()) {
            // PrintWriter swallows write errors: a report to a full disk would end "successfully".
            err.println("concord: cannot write to standard output: "
                    + (stdout.failure != null ? InputException.reason(stdout.failure) : "write error"));
            code = USAGE;
        }
        err.flush();
        System.exit(code);
    }

    /** Keeps the first I/O error of a stream, for the message PrintWriter would lose. */
    static final class FailureRecorder extends FilterOutputStream {
        IOException failure;

        FailureRecorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }
    }

    /** Runs a command line; the exit code instead of System.exit, so tests can call it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // The hot path (a hook's or CI's `check`) skips picocli when its arguments are plain; see CheckCommand.plain.
        CheckCommand plain = args.length > 0 && args[0].equals("check") ? CheckCommand.plain(args, out, err) : null;
        if (plain != null) {
            int code;
            try {
                code = plain.call();
            } catch (Throwable ex) {
                code = failure(ex, err);
            }
            out.flush();
            err.flush();
            return code;
        }
        CommandLine cl = commandLine(args.length > 0 ? args[0] : null);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("concord: " + ex.getMessage());
            // "concord chek" → "Did you mean: concord check?"
            suggestNearest(ex, err);
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, err));
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable t) {
            // picocli hands only Exceptions to the handler; an Error (stack overflow, out of memory)
            // comes through here. Whatever it is, the user gets one line, never a stack trace.
            code = failure(t, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The nearest option or command by edit distance, only when near enough to be the one meant.
     * picocli's own suggestions compare letter pairs: they miss short typos ({@code --fx}) and
     * offer far ones ({@code --no-such-option} → {@code --no-cache}).
     */
    private static void suggestNearest(CommandLine.ParameterException ex, PrintWriter err) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) return;
        CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
        java.util.Set<String> names = new java.util.TreeSet<>(spec.optionsMap().keySet());
        names.addAll(spec.subcommands().keySet());
        for (String arg : u.getUnmatched()) {
            String typed = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String near = dev.concord.model.EditDistance.closest(typed, names);
            if (near != null) {
                err.println("Did you mean: " + spec.qualifiedName() + " " + near + "?");
                return;
            }
        }
    }

    /** A command that failed: one line on stderr, exit 2 (a stack trace only with CONCORD_DEBUG). */
    static int failure(Throwable ex, PrintWriter err) {
        String what = describe(ex);
        if (what == null) {
            // Not the user's input but a bug: never a Java class name or stack trace unless asked for.
            err.println("concord: internal error (please report it, with the command; CONCORD_DEBUG=1 shows the details)");
            if (System.getenv("CONCORD_DEBUG") != null) ex.printStackTrace(err);
        } else {
            err.println("concord: " + what);
        }
        return USAGE;
    }

    /** The message for a failure the user can act on, or null for an internal error. */
    static String describe(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof InputException) return t.getMessage();
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
                return f.getFile() + ": " + InputException.reason(f);
            }
            if (t instanceof IOException io) return "input/output error: " + InputException.reason(io);
            if (t instanceof StackOverflowError) return "input nested too deeply to process";
            if (t instanceof OutOfMemoryError) return "out of memory (give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g)";
        }
        return null;
    }

    /** Subcommands by name, in help order. */
    private static final java.util.LinkedHashMap<String, Class<?>> SUBCOMMANDS = new java.util.LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("check", CheckCommand.class);
        SUBCOMMANDS.put("convert", ConvertCommand.class);
        SUBCOMMANDS.put("glossary", GlossaryCommand.class);
        SUBCOMMANDS.put("terms", TermsCommand.class);
        SUBCOMMANDS.put("diff", DiffCommand.class);
        SUBCOMMANDS.put("rules", RulesCommand.class);
        SUBCOMMANDS.put("hook", HookCommand.class);
        SUBCOMMANDS.put("init", InitCommand.class);
        SUBCOMMANDS.put("lsp", LspCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
        SUBCOMMANDS.put("generate-completion", picocli.AutoComplete.GenerateCompletion.class);
        SUBCOMMANDS.put("__train", TrainCommand.class);
    }

    /** The whole command tree (help, completion scripts). */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command tree for one invocation. When the first argument names a subcommand, only that
     * one is built: picocli reflects over every command's annotations when it is added, which was
     * about a third of a pre-commit run's start-up.
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> only = first == null || first.equals("help") || first.equals("generate-completion") ? null : SUBCOMMANDS.get(first);
        for (var e : SUBCOMMANDS.entrySet()) {
            if (only == null || e.getValue() == only) cl.addSubcommand(e.getKey(), e.getValue());
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** The build's version (concord/version.properties, written by the build): the pom version and git describe. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"concord " + number() + (git().isEmpty() ? "" : " (" + git() + ")")};
        }

        /** The release number alone (SARIF's driver version), or "dev" outside a build. */
        static String number() {
            return properties().getProperty("version", "dev");
        }

        static String git() {
            return properties().getProperty("git", "").strip();
        }

        private static java.util.Properties properties() {
            java.util.Properties p = new java.util.Properties();
            try (var in = Main.class.getClassLoader().getResourceAsStream("concord/version.properties")) {
                if (in != null) p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                // no version resource: "dev"
            }
            return p;
        }
    }
}
