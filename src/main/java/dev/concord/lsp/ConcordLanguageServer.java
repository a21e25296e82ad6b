package dev.concord.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.concord.model.AtomicFiles;
import dev.concord.check.Variant;
import dev.concord.corpus.Layout;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.glossary.GlossaryFileEditor;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.Term;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * concord as a language server. The protocol thread only records buffers and schedules work; every
 * check and every request that needs one runs on a single checker thread, in order, so a request
 * sees the diagnostics that were published before it. Checks are debounced per file: typing
 * re-checks once the translator pauses, not at every keystroke.
 */
public final class ConcordLanguageServer implements LanguageServer, LanguageClientAware {
    /** Default pause after the last edit before a re-check; initializationOptions.debounceMs overrides it. */
    static final long DEFAULT_DEBOUNCE_MS = 150;

    final OpenDocuments docs = new OpenDocuments();
    final Projects projects = new Projects();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "concord-lsp-check");
        t.setDaemon(true);
        return t;
    });
    private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    /** The last check of each post, by root and slug. */
    private final Map<String, PostCheck> latest = new ConcurrentHashMap<>();
    private final TextDocuments textDocuments = new TextDocuments(this);
    private final Workspace workspace = new Workspace(this);
    private final IntConsumer onExit;
    private volatile LanguageClient client;
    private volatile long debounceMs = DEFAULT_DEBOUNCE_MS;
    private volatile boolean documentChanges;
    private volatile boolean watchFiles;
    private volatile boolean shutdown;

    /** @param onExit what the exit notification does with its code (the process exits; a test records it) */
    public ConcordLanguageServer(IntConsumer onExit) {
        this.onExit = onExit;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) projects.addFolder(OpenDocuments.pathOf(f.getUri()));
        } else if (params.getRootUri() != null) {
            projects.addFolder(OpenDocuments.pathOf(params.getRootUri()));
        }
        if (params.getInitializationOptions() instanceof JsonObject o && o.has("debounceMs")) {
            debounceMs = Math.max(0, o.get("debounceMs").getAsLong());
        }
        var caps = params.getCapabilities();
        if (caps != null && caps.getWorkspace() != null) {
            var ws = caps.getWorkspace();
            documentChanges = ws.getWorkspaceEdit() != null && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
            watchFiles = ws.getDidChangeWatchedFiles() != null && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
        }
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setCodeLensProvider(new CodeLensOptions(false));
        c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeActions.GLOSSARY_COMMAND,
                Counterparts.OPEN_COMMAND, Counterparts.ROW_COMMAND)));
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        c.setWorkspace(new WorkspaceServerCapabilities(folders));
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("concord", version())));
    }

    private static String version() {
        String v = ConcordLanguageServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void initialized(InitializedParams params) {
        if (!watchFiles || client == null) return;
        // Siblings and the glossary changed outside the editor (git checkout, another tool).
        var opts = new DidChangeWatchedFilesRegistrationOptions(List.of(
                new FileSystemWatcher(Either.forLeft("**/*.md")), new FileSystemWatcher(Either.forLeft("**/*.{yaml,yml}"))));
        client.registerCapability(new RegistrationParams(List.of(
                new Registration("concord-watch", "workspace/didChangeWatchedFiles", opts))));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.supplyAsync(() -> null, checker);
    }

    @Override
    public void exit() {
        stop();
        onExit.accept(shutdown ? 0 : 1);
    }

    void stop() {
        checker.shutdownNow();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    // ---- checks ----

    /** Re-checks the post a file belongs to after the debounce pause (a new edit restarts the wait). */
    void scheduleCheck(Path file) {
        scheduleCheck(file, debounceMs);
    }

    void scheduleCheck(Path file, long delayMs) {
        ScheduledFuture<?> f = checker.schedule(() -> checkAndPublish(file), delayMs, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> old = pending.put(file, f);
        if (old != null) old.cancel(false);
    }

    /** Re-checks every open post of a project (its glossary or config may have changed). */
    void recheckOpen(Project project) {
        for (OpenDocuments.Buffer b : docs.all()) {
            if (projects.of(b.path()) == project) scheduleCheck(b.path(), 0);
        }
    }

    /** A file changed outside the buffers (saved, or written by another program). */
    void changedOnDisk(Path file) {
        Project p = projects.of(file);
        if (p == null) return;
        if (postFile(p, file) != null) {
            // Its post's open variants read it from disk: re-check through one of them, or itself.
            scheduleCheck(file);
        } else if (file.getFileName().toString().matches(".*\\.(yaml|yml)")) {
            recheckOpen(p);
        }
    }

    private Layout.PostFile postFile(Project p, Path file) {
        String rel = p.relative(file);
        if (rel == null) return null;
        try {
            // a file in a folder exclude: names is no post, as for concord check
            if (new WorkTreeReader(p.root(), p.current().config().exclude()).excludes(rel)) return null;
            return p.current().layout().match(rel);
        } catch (InputException e) {
            return null;
        }
    }

    private void checkAndPublish(Path file) {
        pending.remove(file);
        OpenDocuments.Buffer buffer = docs.get(file);
        Project project = projects.of(file);
        if (project == null) return;
        try {
            Layout.PostFile pf = postFile(project, file);
            if (pf == null) {
                project.current(); // a broken config or glossary is reported below
                if (buffer != null) publish(buffer.uri(), List.of(), buffer.version());
                return;
            }
            PostCheck pc = PostCheck.run(project, pf.slug(), docs);
            latest.put(key(project, pf.slug()), pc);
            for (Variant v : pc.context().variants().values()) {
                OpenDocuments.Buffer b = docs.get(pc.file(v.path()));
                if (b != null) publish(b.uri(), Diagnostics.of(pc, v.path(), docs), pc.version(v.path()));
            }
        } catch (InputException e) {
            if (buffer == null) return;
            String rel = project.relative(file);
            int line = rel != null && rel.equals(e.file()) ? e.line() : 1;
            publish(buffer.uri(), List.of(Diagnostics.inputError("concord: " + e.getMessage(), line)), buffer.version());
        } catch (RuntimeException e) {
            log(MessageType.Error, "concord: internal error while checking " + file + ": " + e + " (please report it)");
        }
    }

    private static String key(Project p, String slug) {
        return p.root() + "\0" + slug;
    }

    /** What was last published per URI: a sibling re-checked with nothing new is not sent again. */
    private final Map<String, PublishDiagnosticsParams> published = new ConcurrentHashMap<>();

    private void publish(String uri, List<org.eclipse.lsp4j.Diagnostic> diagnostics, Integer version) {
        LanguageClient c = client;
        if (c == null) return;
        PublishDiagnosticsParams p = new PublishDiagnosticsParams(uri, diagnostics);
        p.setVersion(version);
        if (p.equals(published.put(uri, p))) return;
        c.publishDiagnostics(p);
    }

    void cleared(String uri) {
        published.remove(uri);
        publish(uri, List.of(), null);
    }

    /**
     * The check of the post a file belongs to, as the buffers are now: the last published one if no
     * edit came since, else a new one. Null when the file is no post.
     */
    PostCheck current(Path file) {
        Project project = projects.of(file);
        if (project == null) return null;
        Layout.PostFile pf = postFile(project, file);
        if (pf == null) return null;
        PostCheck pc = latest.get(key(project, pf.slug()));
        if (pc != null && pc.edits() == docs.edits() && pc.loaded() == project.current()) return pc;
        pc = PostCheck.run(project, pf.slug(), docs);
        latest.put(key(project, pf.slug()), pc);
        return pc;
    }

    /** Runs a request on the checker thread, after the checks already scheduled to run now. */
    <T> CompletableFuture<T> onChecker(Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (InputException e) {
                log(MessageType.Warning, "concord: " + e.getMessage());
                return null;
            }
        }, checker);
    }

    long debounceMs() {
        return debounceMs;
    }

    boolean documentChanges() {
        return documentChanges;
    }

    void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) c.logMessage(new MessageParams(type, message));
    }

    // ---- commands ----

    Object execute(String command, List<Object> args) {
        switch (command) {
            case CodeActions.GLOSSARY_COMMAND -> {
                return addRendering(Path.of(arg(args, 0)), arg(args, 1), Lang.parse(arg(args, 2)), "avoid".equals(arg(args, 3)), arg(args, 4));
            }
            case Counterparts.OPEN_COMMAND -> {
                ShowDocumentParams p = new ShowDocumentParams(arg(args, 0));
                Position at = new Position(Integer.parseInt(arg(args, 1)), Integer.parseInt(arg(args, 2)));
                p.setSelection(new Range(at, at));
                p.setTakeFocus(true);
                if (client != null) client.showDocument(p);
                return null;
            }
            case Counterparts.ROW_COMMAND -> {
                Path file = OpenDocuments.pathOf(arg(args, 0));
                PostCheck pc = file == null ? null : current(file);
                Variant v = pc == null ? null : pc.variantAt(file);
                if (v == null) return null;
                var b = Counterparts.blockAt(v, Positions.offset(v.doc().text(), new Position(Integer.parseInt(arg(args, 1)), 0)));
                if (b == null) return null;
                String row = Counterparts.row(pc, v, b);
                if (client != null) client.showMessage(new MessageParams(MessageType.Info, row));
                return row;
            }
            default -> throw new InputException(null, 0, "unknown command " + command);
        }
    }

    private static String arg(List<Object> args, int i) {
        if (args == null || i >= args.size()) throw new InputException(null, 0, "missing command argument " + (i + 1));
        Object o = args.get(i);
        if (o instanceof JsonPrimitive p) return p.getAsString();
        if (o instanceof JsonElement e) return e.toString();
        return String.valueOf(o);
    }

    /**
     * Writes a rendering into the term's glossary file as a textual edit (comments and order kept).
     * Accepting a rendering takes it off that variant's avoid list. The file is written on disk,
     * atomically, unless the editor has it open: then the edit goes to the buffer, for the
     * translator to see and save.
     */
    private String addRendering(Path root, String termId, Lang lang, boolean avoid, String rendering) {
        Project project = projects.atRoot(root.toAbsolutePath().normalize());
        Term t = project.current().glossary().get(termId);
        if (t == null) throw new InputException(null, 0, "no glossary term '" + termId + "'");
        Path file = project.root().resolve(t.file()).normalize();
        OpenDocuments.Buffer open = docs.get(file);
        SourceText src;
        try {
            src = open != null ? new SourceText(t.file(), open.text(), false) : SourceText.decode(t.file(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(t.file(), 0, "cannot read: " + e.getMessage());
        }
        String text = src.text();
        text = new GlossaryFileEditor(t.file(), text).remove(termId, lang, !avoid, rendering);
        text = new GlossaryFileEditor(t.file(), text).add(termId, lang, avoid, rendering);
        GlossaryLoader.parse(text, t.file()); // never leave a glossary the next run cannot load
        if (open != null) {
            Position end = Positions.position(open.text(), open.text().length());
            WorkspaceEdit edit = new WorkspaceEdit(Map.of(open.uri(), List.of(new TextEdit(new Range(new Position(0, 0), end), text))));
            if (client != null) client.applyEdit(new ApplyWorkspaceEditParams(edit, "concord: glossary"));
        } else {
            try {
                AtomicFiles.write(file, SourceText.encode(text, src.hasBom()));
            } catch (IOException e) {
                throw new InputException(t.file(), 0, "cannot write: " + e.getMessage());
            }
            project.invalidate();
            recheckOpen(project);
        }
        return t.file();
    }

    List<Path> openFiles() {
        List<Path> out = new ArrayList<>();
        for (OpenDocuments.Buffer b : docs.all()) out.add(b.path());
        return out;
    }
}
