// Latency of concord's language server while a translator types: a scripted LSP client (LSP4J's
// client side, from the shaded jar) starts `bin/concord lsp` as an editor does, opens the three
// variants of a post, then sends single-character edits to the hant file (insert one character in a
// paragraph, then delete it) and times each edit from didChange to the publishDiagnostics of that
// buffer version. The server's debounce pause is set to 0 (initializationOptions), so the figure is
// the re-check itself plus the protocol round trip; an editor adds the pause (150 ms by default).
//
//   java -cp target/concord.jar bench/lsp/LspLatency.java [ROOT [HANT_FILE [EDITS [WARMUP]]]]
//
// Defaults: this repository, its posts/hant/*.md (first), 200 measured edits after 100 warm-up
// edits. Prints p50 / p95 / mean / max in ms and the load average before and after (the machine is
// shared). Nothing is written: edits stay in the server's buffers.

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

public class LspLatency {
    record Published(Path file, Integer version, int count, long at) {}

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path root = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : repo;
        Path hant;
        if (args.length > 1 && !args[1].isEmpty()) {
            hant = Path.of(args[1]).toAbsolutePath();
        } else try (Stream<Path> s = Files.list(root.resolve("posts/hant"))) {
            hant = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        String slugFile = hant.getFileName().toString();
        List<Path> variants = new ArrayList<>();
        for (String l : new String[] {"hant", "hans", "en"}) {
            Path p = hant.getParent().getParent().resolve(l).resolve(slugFile);
            if (Files.exists(p)) variants.add(p);
        }
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        Process server = new ProcessBuilder(repo.resolve("bin/concord").toString(), "lsp")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BlockingQueue<Published> published = new LinkedBlockingQueue<>();
        LanguageClient client = new LanguageClient() {
            public void telemetryEvent(Object o) {}
            public void publishDiagnostics(PublishDiagnosticsParams p) {
                published.add(new Published(Path.of(java.net.URI.create(p.getUri())), p.getVersion(), p.getDiagnostics().size(), System.nanoTime()));
            }
            public void showMessage(MessageParams m) {}
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) { return CompletableFuture.completedFuture(null); }
            public void logMessage(MessageParams m) { System.err.println("server: " + m.getMessage()); }
        };
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
        launcher.startListening();
        LanguageServer ls = launcher.getRemoteProxy();

        long t0 = System.nanoTime();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "bench")));
        init.setCapabilities(new ClientCapabilities());
        JsonObject options = new JsonObject();
        options.addProperty("debounceMs", 0);
        init.setInitializationOptions(options);
        ls.initialize(init).get(120, TimeUnit.SECONDS);
        ls.initialized(new InitializedParams());
        for (Path v : variants) {
            ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(v.toUri().toString(), "markdown", 1, Files.readString(v, StandardCharsets.UTF_8))));
        }
        Published first = await(published, hant, 1);
        System.out.printf("first diagnostics after start: %.0f ms (%d findings in %s)%n", (first.at() - t0) / 1e6, first.count(), root.relativize(hant));

        // The edit point: the start of the first line after the front matter that holds a Han character.
        List<String> lines = Files.readAllLines(hant, StandardCharsets.UTF_8);
        int line = 0, dashes = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("---") && dashes < 2) { dashes++; continue; }
            if (dashes >= 2 && lines.get(i).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) { line = i; break; }
        }
        String uri = hant.toUri().toString();
        long[] ms = new long[edits];
        int version = 1;
        for (int i = 0; i < warmup + edits; i++) {
            version++;
            boolean insert = i % 2 == 0;
            Range r = new Range(new Position(line, 0), new Position(line, insert ? 0 : 1));
            long start = System.nanoTime();
            ls.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(r, insert ? "測" : ""))));
            Published p = await(published, hant, version);
            if (i >= warmup) ms[i - warmup] = p.at() - start;
        }
        ls.shutdown().get(30, TimeUnit.SECONDS);
        ls.exit();
        server.waitFor(30, TimeUnit.SECONDS);
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf("%d edits of %s (%d bytes; %d variants open), after %d warm-up edits:%n", edits,
                root.relativize(hant), Files.size(hant), variants.size(), warmup);
        System.out.printf("p50 %.1f ms   p95 %.1f ms   mean %.1f ms   max %.1f ms%n",
                pct(sorted, 50), pct(sorted, 95), mean, sorted[sorted.length - 1] / 1e6);
        System.out.println("load average before: " + loadBefore);
        System.out.println("load average after:  " + loadAfter);
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    static Published await(BlockingQueue<Published> q, Path file, int version) throws InterruptedException {
        while (true) {
            Published p = q.poll(60, TimeUnit.SECONDS);
            if (p == null) throw new IllegalStateException("no diagnostics for version " + version + " within 60 s");
            if (p.file().equals(file) && p.version() != null && p.version() == version) return p;
        }
    }
}
