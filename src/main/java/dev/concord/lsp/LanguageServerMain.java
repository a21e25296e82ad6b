package dev.concord.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a pair of streams until the client closes them or says exit. */
public final class LanguageServerMain {
    private LanguageServerMain() {}

    /** @return the exit code: 0 after shutdown then exit, 1 when the client left without shutdown */
    public static int serve(InputStream in, OutputStream out) throws InterruptedException {
        // stdout carries the protocol: a stray print (a library's warning) would corrupt a message.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        AtomicInteger code = new AtomicInteger(1);
        ConcordLanguageServer server = new ConcordLanguageServer(c -> {
            code.set(c);
            System.exit(c); // the exit notification ends the process, as the protocol asks
        });
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (ExecutionException e) {
            System.err.println("concord lsp: connection failed: " + e.getCause());
        } finally {
            System.setOut(stdout);
            server.stop();
        }
        return code.get();
    }
}
