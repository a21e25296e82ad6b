package dev.concord.lsp;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The workspace/* side: project folders coming and going, files changed on disk, commands. */
final class Workspace implements WorkspaceService {
    private final ConcordLanguageServer server;

    Workspace(ConcordLanguageServer server) {
        this.server = server;
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return server.onChecker(() -> server.execute(params.getCommand(), params.getArguments()));
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // concord's settings live in concord.yaml, next to the posts, not in the editor.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        for (FileEvent e : params.getChanges()) {
            Path p = OpenDocuments.pathOf(e.getUri());
            if (p != null) server.changedOnDisk(p);
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        var event = params.getEvent();
        for (WorkspaceFolder f : event.getRemoved()) server.projects.removeFolder(OpenDocuments.pathOf(f.getUri()));
        for (WorkspaceFolder f : event.getAdded()) server.projects.addFolder(OpenDocuments.pathOf(f.getUri()));
    }
}
