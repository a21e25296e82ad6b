package dev.concord.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concord lsp}: the language server on stdin/stdout. This class names no LSP4J type, so
 * that picocli's reflection over it (the command tree always holds it) loads none: only
 * {@link #call()} reaches into {@code dev.concord.lsp}, and only when this command runs.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Language server (LSP) on stdin/stdout for editors: diagnostics as you type, fixes, "
                + "term hovers, go to the matching paragraph in the other variants. See docs/editors.md.")
final class LspCommand implements Callable<Integer> {
    @Option(names = "--stdio", description = "Talk over stdin/stdout (the default and only transport; "
            + "accepted because generic editor clients pass it).")
    boolean stdio;

    @Override
    public Integer call() throws Exception {
        return dev.concord.lsp.LanguageServerMain.serve(new FileInputStream(FileDescriptor.in),
                new FileOutputStream(FileDescriptor.out));
    }
}
