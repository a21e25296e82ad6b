package dev.concord.lsp;

import dev.concord.check.Variant;
import dev.concord.corpus.Layout;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The textDocument/* side of the protocol: buffer tracking, and the requests about one file. */
final class TextDocuments implements TextDocumentService {
    private final ConcordLanguageServer server;

    TextDocuments(ConcordLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var d = params.getTextDocument();
        OpenDocuments.Buffer b = server.docs.open(d.getUri(), d.getText(), d.getVersion());
        if (b != null) server.scheduleCheck(b.path(), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var d = params.getTextDocument();
        OpenDocuments.Buffer b = server.docs.change(d.getUri(), d.getVersion(), params.getContentChanges());
        if (b != null) server.scheduleCheck(b.path());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        OpenDocuments.Buffer b = server.docs.close(params.getTextDocument().getUri());
        server.cleared(params.getTextDocument().getUri());
        // Its open siblings now read it from disk, which may differ from the buffer just dropped.
        if (b != null) server.changedOnDisk(b.path());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Path p = OpenDocuments.pathOf(params.getTextDocument().getUri());
        if (p != null) server.changedOnDisk(p);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        return server.onChecker(() -> {
            Path file = OpenDocuments.pathOf(uri);
            PostCheck pc = file == null ? null : server.current(file);
            Variant v = pc == null ? null : pc.variantAt(file);
            if (v == null) return List.of();
            return CodeActions.of(pc, v.path(), uri, params.getRange(), server.docs, server.documentChanges());
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = params.getTextDocument().getUri();
        return server.onChecker(() -> {
            OpenDocuments.Buffer b = server.docs.get(uri);
            Project project = b == null ? null : server.projects.of(b.path());
            if (project == null) return null;
            Project.Loaded loaded = project.current();
            String rel = project.relative(b.path());
            Layout.PostFile pf = rel == null ? null : loaded.layout().match(rel);
            if (pf == null) return null;
            return Hovers.at(loaded, pf.lang(), b.text(), params.getPosition());
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        String uri = params.getTextDocument().getUri();
        return server.onChecker(() -> {
            Path file = OpenDocuments.pathOf(uri);
            PostCheck pc = file == null ? null : server.current(file);
            Variant v = pc == null ? null : pc.variantAt(file);
            List<Location> out = v == null ? List.of() : Counterparts.definition(pc, v, params.getPosition(), server.docs);
            return Either.forLeft(out);
        });
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        String uri = params.getTextDocument().getUri();
        return server.onChecker(() -> {
            Path file = OpenDocuments.pathOf(uri);
            PostCheck pc = file == null ? null : server.current(file);
            Variant v = pc == null ? null : pc.variantAt(file);
            return v == null ? List.of() : Counterparts.lenses(pc, v, server.docs);
        });
    }
}
