package dev.concord.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An LSP client made of LSP4J's client side, talking JSON-RPC to a server over piped streams, as
 * an editor does over a process's stdin/stdout. It records what the server sends.
 */
final class LspTestClient implements LanguageClient, AutoCloseable {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    /** What {@link #awaitDiagnostics} took off the queue in its last call, matching or not. */
    final List<PublishDiagnosticsParams> seen = new CopyOnWriteArrayList<>();
    final List<MessageParams> messages = new CopyOnWriteArrayList<>();
    final List<ApplyWorkspaceEditParams> edits = new CopyOnWriteArrayList<>();
    final List<ShowDocumentParams> shown = new CopyOnWriteArrayList<>();
    final AtomicInteger exitCode = new AtomicInteger(-1);
    final LanguageServer server;
    private final ConcordLanguageServer impl;
    private final java.io.Closeable[] streams;

    LspTestClient() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        impl = new ConcordLanguageServer(exitCode::set);
        Launcher<LanguageClient> s = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
        impl.connect(s.getRemoteProxy());
        s.startListening();
        Launcher<LanguageServer> c = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
        c.startListening();
        server = c.getRemoteProxy();
        streams = new java.io.Closeable[] {clientOut, serverOut, serverIn, clientIn};
    }

    /** The next diagnostics published for a file that satisfy {@code what}, skipping others. */
    PublishDiagnosticsParams awaitDiagnostics(Path file, Predicate<PublishDiagnosticsParams> what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        seen.clear();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams p = diagnostics.poll(100, TimeUnit.MILLISECONDS);
            if (p != null) seen.add(p);
            if (p != null && OpenDocuments.pathOf(p.getUri()).equals(file.toAbsolutePath().normalize()) && what.test(p)) return p;
        }
        throw new AssertionError("no matching diagnostics for " + file + " within 30 s; messages: " + messages);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
        diagnostics.add(p);
    }

    @Override
    public void showMessage(MessageParams m) {
        messages.add(m);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams m) {
        messages.add(m);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams p) {
        edits.add(p);
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams p) {
        shown.add(p);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        impl.stop();
        for (java.io.Closeable c : streams) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already closed by the other side
            }
        }
    }
}
