package dev.concord.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server driven through LSP4J's client side over piped streams: every message is
 * real JSON-RPC, as from an editor. The project is a small invented post whose hant variant uses a
 * rendering on the glossary's avoid list (term-forbidden at line 8).
 */
class LanguageServerTest {
    @TempDir Path root;
    LspTestClient client;
    Path hant, hans, glossary;

    @BeforeEach
    void start() throws Exception {
        copySample(root);
        hant = root.resolve("posts/hant/post.md");
        hans = root.resolve("posts/hans/post.md");
        glossary = root.resolve("glossary/terms.yaml");
        client = new LspTestClient();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "sample")));
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities we = new WorkspaceEditCapabilities();
        we.setDocumentChanges(true);
        ws.setWorkspaceEdit(we);
        ClientCapabilities caps = new ClientCapabilities();
        caps.setWorkspace(ws);
        init.setCapabilities(caps);
        JsonObject options = new JsonObject();
        options.addProperty("debounceMs", 20);
        init.setInitializationOptions(options);
        InitializeResult r = client.server.initialize(init).get(30, TimeUnit.SECONDS);
        assertTrue(r.getCapabilities().getDefinitionProvider().getLeft());
        client.server.initialized(new InitializedParams());
    }

    @AfterEach
    void stop() {
        client.close();
    }

    static void copySample(Path to) throws Exception {
        Path from = Path.of(LanguageServerTest.class.getResource("/lsp/sample").toURI());
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private PublishDiagnosticsParams open(Path file, int version) throws Exception {
        String text = Files.readString(file);
        client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(file.toUri().toString(), "markdown", version, text)));
        return client.awaitDiagnostics(file, p -> p.getVersion() != null && p.getVersion() == version);
    }

    private void change(Path file, int version, Range range, String text) {
        client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(file.toUri().toString(), version),
                List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    private static Range range(int l1, int c1, int l2, int c2) {
        return new Range(new Position(l1, c1), new Position(l2, c2));
    }

    @Test
    void diagnosticsOnOpenWithRuleSeverityAndUtf16Range() throws Exception {
        PublishDiagnosticsParams p = open(hant, 1);
        assertEquals(1, p.getDiagnostics().size(), p.toString());
        Diagnostic d = p.getDiagnostics().get(0);
        assertEquals("term-forbidden", d.getCode().getLeft());
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        assertEquals("concord", d.getSource());
        assertEquals(range(7, 5, 7, 9), d.getRange()); // 縮放定律 after 研究者認為
        assertTrue(d.getMessage().contains("規模法則"), d.getMessage());
    }

    @Test
    void quickFixReplacesTheAvoidedRenderingAndTheRecheckClearsIt() throws Exception {
        Diagnostic d = open(hant, 1).getDiagnostics().get(0);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = client.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(hant.toUri().toString()), d.getRange(),
                        new CodeActionContext(List.of(d)))).get(30, TimeUnit.SECONDS);
        CodeAction fix = actions.stream().map(Either::getRight).filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst().orElseThrow();
        assertEquals("Replace '縮放定律' with '規模法則'", fix.getTitle());
        TextDocumentEdit edit = fix.getEdit().getDocumentChanges().get(0).getLeft();
        assertEquals(1, edit.getTextDocument().getVersion()); // a client at another version rejects it
        TextEdit te = edit.getEdits().get(0);
        assertEquals(new TextEdit(range(7, 5, 7, 9), "規模法則"), te);
        List<String> titles = actions.stream().map(a -> a.getRight().getTitle()).toList();
        assertTrue(titles.contains("Suppress term-forbidden on this line"), titles.toString());
        assertTrue(titles.contains("Glossary: accept '縮放定律' as a hant rendering of scaling-law"), titles.toString());

        change(hant, 2, te.getRange(), te.getNewText());
        PublishDiagnosticsParams after = client.awaitDiagnostics(hant, p -> p.getVersion() == 2);
        assertEquals(List.of(), after.getDiagnostics());
        assertEquals(Files.readString(root.resolve("posts/hant/post.md")).contains("縮放定律"), true,
                "the buffer changed, not the file: saving is the editor's business");
    }

    @Test
    void fixAllMakesTheSameEditsAsCheckFix(@TempDir Path cli) throws Exception {
        // One defect of each fixable kind: lang:, an avoided rendering, a simplified character in
        // hant, the other variant's quotation marks.
        copySample(cli);
        for (Path r : List.of(root, cli)) {
            Path f = r.resolve("posts/hant/post.md");
            Files.writeString(f, Files.readString(f).replace("lang: hant", "lang: hans")
                    .replace("團隊開源了 3 個筆記本。", "团隊開源了 3 個“筆記本”。"));
        }
        java.io.StringWriter sink = new java.io.StringWriter();
        dev.concord.cli.Main.run(new String[] {"check", "--fix", "--no-cache", "-C", cli.toString()},
                new java.io.PrintWriter(sink), new java.io.PrintWriter(sink));
        String fixedByCli = Files.readString(cli.resolve("posts/hant/post.md"));

        String text = Files.readString(hant);
        open(hant, 1);
        CodeAction all = client.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(hant.toUri().toString()), range(0, 0, 0, 0),
                        new CodeActionContext(List.of()))).get(30, TimeUnit.SECONDS)
                .stream().map(Either::getRight).filter(a -> CodeActions.FIX_ALL.equals(a.getKind())).findFirst().orElseThrow();
        assertEquals("Apply all 4 concord fixes in this file", all.getTitle());
        List<TextEdit> edits = new java.util.ArrayList<>(all.getEdit().getDocumentChanges().get(0).getLeft().getEdits());
        edits.sort((x, y) -> Positions.compare(y.getRange().getStart(), x.getRange().getStart()));
        for (TextEdit e : edits) {
            text = text.substring(0, Positions.offset(text, e.getRange().getStart())) + e.getNewText()
                    + text.substring(Positions.offset(text, e.getRange().getEnd()));
        }
        assertEquals(fixedByCli, text);
        assertTrue(text.contains("lang: hant") && text.contains("團隊開源了 3 個「筆記本」"), text);
    }

    @Test
    void suppressionCommentSilencesTheLine() throws Exception {
        Diagnostic d = open(hant, 1).getDiagnostics().get(0);
        CodeAction suppress = client.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(hant.toUri().toString()), d.getRange(),
                        new CodeActionContext(List.of(d)))).get(30, TimeUnit.SECONDS)
                .stream().map(Either::getRight).filter(a -> a.getTitle().startsWith("Suppress")).findFirst().orElseThrow();
        TextEdit te = suppress.getEdit().getDocumentChanges().get(0).getLeft().getEdits().get(0);
        assertEquals("<!-- concord-disable-next-line term-forbidden -->\n", te.getNewText());
        change(hant, 2, te.getRange(), te.getNewText());
        assertEquals(List.of(), client.awaitDiagnostics(hant, p -> p.getVersion() == 2).getDiagnostics());
    }

    @Test
    void anUnsavedSiblingBufferIsWhatTheCheckReads() throws Exception {
        Path en = root.resolve("posts/en/post.md");
        open(hant, 1);
        open(hans, 1);
        open(en, 1);
        // hans says 2023 in its buffer; the file on disk still says 2024.
        change(hans, 2, range(7, 12, 7, 16), "2023");
        PublishDiagnosticsParams p = client.awaitDiagnostics(hans, x -> x.getVersion() == 2);
        Diagnostic d = p.getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("number-mismatch")).findFirst().orElseThrow();
        assertEquals(7, d.getRange().getStart().getLine());
        assertNotNull(d.getRelatedInformation(), "points at the other variants' numbers");
        assertTrue(d.getRelatedInformation().stream().anyMatch(r -> OpenDocuments.pathOf(r.getLocation().getUri()).equals(hant)));
        assertTrue(Files.readString(hans).contains("2024"));
        // Once en says 2023 too, hant is the odd one out: editing a sibling re-checks hant and
        // publishes its new diagnostics, though hant itself did not change.
        change(en, 2, range(7, 51, 7, 55), "2023");
        PublishDiagnosticsParams h = client.awaitDiagnostics(hant, x -> x.getDiagnostics().stream()
                .anyMatch(y -> y.getCode().getLeft().equals("number-mismatch")));
        assertEquals(1, h.getVersion());

        List<? extends CodeLens> lenses = client.server.getTextDocumentService()
                .codeLens(new CodeLensParams(new TextDocumentIdentifier(hant.toUri().toString()))).get(30, TimeUnit.SECONDS);
        CodeLens lens = lenses.stream().filter(l -> l.getCommand().getTitle().contains("number-mismatch")).findFirst().orElseThrow();
        assertEquals(7, lens.getRange().getStart().getLine());
        Object row = client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(lens.getCommand().getCommand(),
                lens.getCommand().getArguments())).get(30, TimeUnit.SECONDS);
        assertTrue(row.toString().contains("2023") && row.toString().contains("2024"), row.toString());
    }

    @Test
    void hoverShowsTheTermsGlossaryEntry() throws Exception {
        open(hant, 1);
        Hover h = client.server.getTextDocumentService().hover(new HoverParams(
                new TextDocumentIdentifier(hant.toUri().toString()), new Position(9, 10))).get(30, TimeUnit.SECONDS);
        String md = h.getContents().getRight().getValue();
        assertTrue(md.contains("**notebook**") && md.contains("笔记本") && md.contains("The Jupyter kind"), md);
        assertEquals(range(9, 9, 9, 12), h.getRange()); // 筆記本
        Hover none = client.server.getTextDocumentService().hover(new HoverParams(
                new TextDocumentIdentifier(hant.toUri().toString()), new Position(9, 0))).get(30, TimeUnit.SECONDS);
        assertEquals(null, none);
    }

    @Test
    void definitionJumpsToTheAlignedParagraphInTheOtherVariants() throws Exception {
        open(hant, 1);
        Either<List<? extends Location>, ?> r = client.server.getTextDocumentService().definition(new DefinitionParams(
                new TextDocumentIdentifier(hant.toUri().toString()), new Position(9, 3))).get(30, TimeUnit.SECONDS);
        List<? extends Location> locs = r.getLeft();
        assertEquals(2, locs.size(), locs.toString());
        assertEquals(hans, OpenDocuments.pathOf(locs.get(0).getUri()));
        assertEquals(range(9, 0, 9, 13), locs.get(0).getRange());
        assertEquals(root.resolve("posts/en/post.md"), OpenDocuments.pathOf(locs.get(1).getUri()));
        assertEquals(9, locs.get(1).getRange().getStart().getLine());
    }

    @Test
    void acceptingARenderingRewritesTheGlossaryKeepingCommentsAndRechecks() throws Exception {
        open(hant, 1);
        client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(CodeActions.GLOSSARY_COMMAND,
                List.of(root.toString(), "scaling-law", "hant", "accepted", "縮放定律"))).get(30, TimeUnit.SECONDS);
        String yaml = Files.readString(glossary, StandardCharsets.UTF_8);
        assertEquals("""
                # Terms of the sample project (invented for the language server tests).
                terms:
                  - id: scaling-law          # the empirical law, not a method
                    en: [scaling law, scaling laws]
                    hans: 规模法则
                    hant: [規模法則, 縮放定律]
                    avoid:
                  - id: open-source
                """, yaml.substring(0, yaml.indexOf("    en: [open-source")));
        assertEquals(List.of(), client.awaitDiagnostics(hant, p -> p.getDiagnostics().isEmpty()).getDiagnostics());
    }

    @Test
    void aBrokenGlossaryIsOneDiagnosticNamingFileAndLineUntilItIsFixed() throws Exception {
        String good = Files.readString(glossary);
        Files.writeString(glossary, good.replace("    note: The Jupyter kind", "    notes: The Jupyter kind"));
        PublishDiagnosticsParams p = open(hant, 1);
        assertEquals(1, p.getDiagnostics().size(), p.toString());
        Diagnostic d = p.getDiagnostics().get(0);
        assertEquals("input", d.getCode().getLeft());
        assertTrue(d.getMessage().startsWith("concord: glossary/terms.yaml:19: unknown key 'notes'"), d.getMessage());
        // Saving the glossary (here: writing it and saying so) re-checks the open post.
        Files.writeString(glossary, good);
        client.server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(
                new TextDocumentIdentifier(glossary.toUri().toString())));
        Diagnostic back = client.awaitDiagnostics(hant, x -> !x.getDiagnostics().isEmpty()
                && x.getDiagnostics().get(0).getCode().getLeft().equals("term-forbidden")).getDiagnostics().get(0);
        assertEquals(range(7, 5, 7, 9), back.getRange());
    }

    /** A post in a folder exclude: names gets no diagnostics in the editor, as concord check skips it. */
    @Test
    void aFileInAnExcludedFolderIsNoPost(@TempDir Path other) throws Exception {
        copySample(other);
        Files.writeString(other.resolve("concord.yaml"), "layout: posts/{lang}/{slug}.md\nexclude: [posts/hant]\n");
        assertEquals(List.of(), open(other.resolve("posts/hant/post.md"), 1).getDiagnostics());
        // the clean twin: the same post where nothing is excluded has its finding
        assertEquals("term-forbidden", open(hant, 1).getDiagnostics().get(0).getCode().getLeft());
    }

    @Test
    void eachFileIsCheckedWithTheGlossaryOfItsNearestConcordYaml(@TempDir Path other) throws Exception {
        // A second project in the same editor: concord.yaml at its root, and a glossary that accepts
        // 縮放定律, so the same text is clean there.
        copySample(other);
        Files.writeString(other.resolve("concord.yaml"), "layout: posts/{lang}/{slug}.md\n");
        Files.writeString(other.resolve("glossary/terms.yaml"), Files.readString(other.resolve("glossary/terms.yaml"))
                .replace("    hant: 規模法則\n    avoid:\n      hant: [縮放定律]\n", "    hant: [規模法則, 縮放定律]\n"));
        Path otherHant = other.resolve("posts/hant/post.md");
        assertEquals(List.of(), open(otherHant, 1).getDiagnostics());
        assertEquals("term-forbidden", open(hant, 1).getDiagnostics().get(0).getCode().getLeft());
    }

    @Test
    void aSelectionInATermMissingParagraphCanBecomeAnAcceptedRendering() throws Exception {
        // hant renders "notebook" as 筆記簿, which the glossary does not know: term-missing.
        Files.writeString(hant, Files.readString(hant).replace("3 個筆記本", "3 個筆記簿"));
        Diagnostic d = open(hant, 1).getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("term-missing"))
                .findFirst().orElseThrow();
        assertEquals(9, d.getRange().getStart().getLine());
        List<String> titles = client.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(hant.toUri().toString()), range(9, 9, 9, 12),
                        new CodeActionContext(List.of()))).get(30, TimeUnit.SECONDS)
                .stream().map(a -> a.getRight().getTitle()).toList();
        assertTrue(titles.contains("Glossary: accept '筆記簿' as a hant rendering of notebook"), titles.toString());
        assertTrue(titles.contains("Glossary: add '筆記簿' to the hant avoid list of notebook"), titles.toString());
    }

    @Test
    void shutdownThenExitEndsWithZero() throws Exception {
        client.server.shutdown().get(30, TimeUnit.SECONDS);
        client.server.exit();
        long deadline = System.currentTimeMillis() + 10_000;
        while (client.exitCode.get() < 0 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertEquals(0, client.exitCode.get());
    }
}
