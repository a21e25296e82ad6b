package dev.concord.cli;

import dev.concord.model.AtomicFiles;
import dev.concord.corpus.Git;
import dev.concord.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "hook", mixinStandardHelpOptions = true, description = "Manage the git pre-commit hook.",
        subcommands = {HookCommand.Install.class})
public final class HookCommand implements Runnable {
    static final String MARKER = "installed by concord hook install";

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Write .git/hooks/pre-commit running 'concord check --staged' (refuses to replace a foreign hook without --force).")
    static final class Install implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin RootOption rootOption;

        @Option(names = "--force", description = "Replace an existing pre-commit hook that concord did not write.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            Path root = rootOption.resolve();
            Path top = Path.of(Git.output(root, "rev-parse", "--show-toplevel").strip());
            // --git-path honours core.hooksPath and linked worktrees.
            Path hooks = top.resolve(Git.output(top, "rev-parse", "--git-path", "hooks").strip());
            Path hook = hooks.resolve("pre-commit");
            if (Files.exists(hook)) {
                String old = Files.readString(hook, StandardCharsets.UTF_8);
                if (!old.contains(MARKER) && !force) {
                    throw new InputException(hook.toString(), 0,
                            "a pre-commit hook that concord did not write exists; keep it, chain concord into it, or use --force to replace it");
                }
            }
            Files.createDirectories(hooks);
            String launcher = System.getenv("CONCORD_LAUNCHER");
            String rel = top.toAbsolutePath().normalize().relativize(root.toAbsolutePath().normalize()).toString();
            String script = "#!/bin/sh\n"
                    + "# pre-commit: " + MARKER + "\n"
                    + "# Checks what is staged (not the work tree) of every post the commit touches.\n"
                    + "if command -v concord >/dev/null 2>&1; then CONCORD=concord; else CONCORD=" + shellQuote(launcher == null ? "concord" : launcher) + "; fi\n"
                    + "exec \"$CONCORD\" check --staged" + (rel.isEmpty() ? "" : " --root " + shellQuote(rel)) + "\n";
            AtomicFiles.write(hook, script.getBytes(StandardCharsets.UTF_8));
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
            spec.commandLine().getOut().println("installed " + hook);
            return Main.OK;
        }

        private static String shellQuote(String s) {
            return "'" + s.replace("'", "'\\''") + "'";
        }
    }
}
