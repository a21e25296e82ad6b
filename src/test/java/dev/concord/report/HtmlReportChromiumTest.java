package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: Debian's headless Chromium with the Noto CJK fonts (both
 * installed by .ci/run). Traditional columns are drawn with Traditional glyph shapes, the filter
 * script works, and the page loads nothing. Under CI a missing browser or font fails the test;
 * elsewhere it is skipped.
 */
class HtmlReportChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir Path dir;

    @BeforeEach
    void browserAndFonts() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (ci) fail("CI: chromium missing (.ci/run installs it)");
            Assumptions.abort("no chromium here");
        }
        String tc = fontFamilies(":lang=zh-tw"), sc = fontFamilies(":lang=zh-cn");
        if (!tc.contains("Noto Sans CJK TC") || !sc.contains("Noto Sans CJK SC")) {
            if (ci) fail("CI: fonts-noto-cjk missing (.ci/run installs it)");
            Assumptions.abort("no Noto CJK fonts here");
        }
    }

    private static String fontFamilies(String pattern) throws Exception {
        try {
            Process p = new ProcessBuilder("fc-list", pattern, "family").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) ? out : "";
        } catch (java.io.IOException noFontconfig) {
            return "";
        }
    }

    /** Runs headless Chromium on a page; returns its standard output (the DOM for --dump-dom). */
    private String chromium(String url, String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--force-device-scale-factor=1", "--user-data-dir=" + dir.resolve("profile")));
        Collections.addAll(cmd, options);
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish: " + cmd);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private BufferedImage screenshot(Path html, String name) throws Exception {
        Path png = dir.resolve(name + ".png");
        chromium(html.toUri().toString(), "--window-size=1000,900", "--screenshot=" + png);
        assertTrue(Files.exists(png), "screenshot written");
        return ImageIO.read(png.toFile());
    }

    /**
    * 這, 骨 and 誤 are one code point each in both scripts, drawn differently by a Traditional and a
    * Simplified font. The report, and the same report with its zh-Hant columns relabelled
    * zh-Hans, must differ in the pixels of the hant column only: the column's lang picks the
    * Traditional face (a report that drew everything with one face would give equal pictures).
    */
    @Test
    void traditionalColumnsAreDrawnWithTraditionalGlyphs() throws Exception {
        Path root = HtmlReportTest.blog(dir.resolve("blog"), "posts/hant/a.md", HtmlReportTest.HANT,
                "posts/hans/a.md", HtmlReportTest.HANS, "posts/en/a.md", HtmlReportTest.EN);
        Path report = HtmlReportTest.report(root, dir.resolve("report.html"), "--all").file();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.contains("骨與誤"));
        Path relabelled = dir.resolve("relabelled.html");
        Files.writeString(relabelled, html.replace("lang=\"zh-Hant\"", "lang=\"zh-Hans\""), StandardCharsets.UTF_8);

        BufferedImage once = screenshot(report, "once"), again = screenshot(report, "again"), sc = screenshot(relabelled, "sc");
        assertEquals(0, differing(once, again).count, "the same page gives the same picture");
        Diff d = differing(once, sc);
        assertTrue(d.count > 50, "Traditional and Simplified faces draw 這骨誤 differently: " + d.count + " pixels");
        // The hant column is the first of three across the page: nothing right of it changed.
        assertTrue(d.maxX < once.getWidth() / 2, "only the hant column changed, up to x=" + d.maxX);
    }

    /**
     * The faces Chromium actually drew each column's text with, asked through the DevTools
     * protocol (CSS.getPlatformFontsForNode): the Traditional face for zh-Hant, the Simplified one
     * for zh-Hans. Where one font file holds both (the Noto CJK collection) the lang alone already
     * picks the glyphs (the test above); this one fails when the font lists are in the wrong order.
     */
    @Test
    void eachColumnIsDrawnWithTheFaceOfItsScript() throws Exception {
        Path root = HtmlReportTest.blog(dir.resolve("blog"), "posts/hant/a.md", HtmlReportTest.HANT,
                "posts/hans/a.md", HtmlReportTest.HANS, "posts/en/a.md", HtmlReportTest.EN);
        Path report = HtmlReportTest.report(root, dir.resolve("report.html"), "--all").file();
        try (DevTools page = DevTools.open(dir.resolve("devtools-profile"), report.toUri().toString())) {
            // the paragraph's text and its inline code (the monospaced face of the same script)
            assertEquals(java.util.Set.of("Noto Sans CJK TC", "Noto Sans Mono CJK TC"), page.fontsOf("td[lang=zh-Hant] p.md"));
            assertEquals(java.util.Set.of("Noto Sans CJK SC", "Noto Sans Mono CJK SC"), page.fontsOf("td[lang=zh-Hans] p.md"));
        }
    }

    /** A headless Chromium driven over its DevTools protocol (JSON over a WebSocket, JDK client only). */
    private static final class DevTools implements AutoCloseable {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
        private final Process process;
        private final java.net.http.WebSocket socket;
        private final java.util.Map<Integer, java.util.concurrent.CompletableFuture<com.fasterxml.jackson.databind.JsonNode>> replies =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

        private DevTools(Process process, java.net.http.WebSocket.Builder builder, java.net.URI uri) throws Exception {
            this.process = process;
            this.socket = builder.buildAsync(uri, new java.net.http.WebSocket.Listener() {
                final StringBuilder message = new StringBuilder();

                @Override
                public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data, boolean last) {
                    message.append(data);
                    if (last) {
                        try {
                            com.fasterxml.jackson.databind.JsonNode m = JSON.readTree(message.toString());
                            if (m.has("id")) replies.computeIfAbsent(m.get("id").asInt(), k -> new java.util.concurrent.CompletableFuture<>()).complete(m);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        message.setLength(0);
                    }
                    ws.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
        }

        static DevTools open(Path profile, String url) throws Exception {
            Files.createDirectories(profile);
            Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--remote-debugging-port=0",
                    "--remote-allow-origins=*", "--user-data-dir=" + profile, url)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                Path active = profile.resolve("DevToolsActivePort");
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.exists(active) || Files.readAllLines(active).isEmpty()) {
                    if (System.nanoTime() > until || !p.isAlive()) fail("chromium's DevTools port did not appear");
                    Thread.sleep(100);
                }
                int port = Integer.parseInt(Files.readAllLines(active).get(0).strip());
                java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
                String pageUrl = null;
                while (pageUrl == null) {
                    String list = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                    for (com.fasterxml.jackson.databind.JsonNode t : JSON.readTree(list)) {
                        if (t.get("type").asText().equals("page") && t.get("url").asText().startsWith("file:")) pageUrl = t.get("webSocketDebuggerUrl").asText();
                    }
                    if (pageUrl == null && System.nanoTime() > until) fail("no page in " + list);
                    if (pageUrl == null) Thread.sleep(100);
                }
                DevTools d = new DevTools(p, http.newWebSocketBuilder(), java.net.URI.create(pageUrl));
                while (!d.call("Runtime.evaluate", "{\"expression\":\"document.readyState\"}").at("/result/result/value").asText().equals("complete")) {
                    if (System.nanoTime() > until) fail("the page did not load");
                    Thread.sleep(100);
                }
                d.call("DOM.enable", "{}");
                d.call("CSS.enable", "{}");
                return d;
            } catch (Exception | AssertionError e) {
                p.destroyForcibly();
                throw e;
            }
        }

        com.fasterxml.jackson.databind.JsonNode call(String method, String params) throws Exception {
            int id = ids.incrementAndGet();
            java.util.concurrent.CompletableFuture<com.fasterxml.jackson.databind.JsonNode> reply =
                    replies.computeIfAbsent(id, k -> new java.util.concurrent.CompletableFuture<>());
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).get(30, TimeUnit.SECONDS);
            com.fasterxml.jackson.databind.JsonNode r = reply.get(60, TimeUnit.SECONDS);
            if (r.has("error")) fail(method + ": " + r.get("error"));
            return r;
        }

        /** The families of the platform fonts that drew the text of the first element matching the selector. */
        java.util.Set<String> fontsOf(String selector) throws Exception {
            int root = call("DOM.getDocument", "{}").at("/result/root/nodeId").asInt();
            int node = call("DOM.querySelector", "{\"nodeId\":" + root + ",\"selector\":" + JSON.writeValueAsString(selector) + "}")
                    .at("/result/nodeId").asInt();
            assertTrue(node > 0, "no " + selector);
            java.util.Set<String> families = new java.util.TreeSet<>();
            for (com.fasterxml.jackson.databind.JsonNode f : call("CSS.getPlatformFontsForNode", "{\"nodeId\":" + node + "}").at("/result/fonts")) {
                families.add(f.get("familyName").asText());
            }
            return families;
        }

        @Override
        public void close() throws Exception {
            socket.abort();
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    private record Diff(int count, int maxX) {}

    private static Diff differing(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int count = 0, maxX = -1;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                    maxX = Math.max(maxX, x);
                }
            }
        }
        return new Diff(count, maxX);
    }

    @Test
    void theFilterHidesWhatDoesNotMatch() throws Exception {
        Path report = HtmlReportTest.report(Path.of("src/test/resources/fixtures/number-mismatch/changed"),
                dir.resolve("report.html")).file();
        Document all = Jsoup.parse(chromium(report.toUri().toString(), "--dump-dom"));
        assertEquals("3 findings shown", all.getElementById("shown").text(), "the script ran");
        assertTrue(all.select("[hidden]").isEmpty(), "nothing chosen, nothing hidden");

        Document warnings = Jsoup.parse(chromium(report.toUri() + "#severity=warning", "--dump-dom"));
        assertEquals("1 findings shown", warnings.getElementById("shown").text());
        for (Element li : warnings.select("li[data-rule]")) {
            assertEquals(!li.attr("data-sev").equals("warning"), li.hasAttr("hidden"), li.outerHtml());
        }
        for (Element tr : warnings.select("table.rows > tbody > tr")) {
            boolean hasWarning = false;
            for (String id : tr.attr("data-f").split(" ")) {
                Element li = id.isEmpty() ? null : warnings.getElementById(id);
                hasWarning |= li != null && li.attr("data-sev").equals("warning");
            }
            assertEquals(!hasWarning, tr.hasAttr("hidden"), "a row shows when it has a finding shown: " + tr.attr("data-f"));
        }
        Element numberOnly = warnings.selectFirst("td[lang=en] mark");
        assertTrue(numberOnly.hasClass("off"), "an error's mark is unmarked: " + numberOnly.outerHtml());

        Document rule = Jsoup.parse(chromium(report.toUri() + "#rule=number-mismatch&severity=error", "--dump-dom"));
        assertEquals("2 findings shown", rule.getElementById("shown").text());
        assertTrue(rule.selectFirst("li[data-rule=variant-divergence]").hasAttr("hidden"));
        assertFalse(rule.selectFirst("section.post").hasAttr("hidden"));
        assertFalse(rule.selectFirst("table.posts tr[data-f]").hasAttr("hidden"), "the post is listed");

        Document none = Jsoup.parse(chromium(report.toUri() + "#rule=variant-divergence&severity=error", "--dump-dom"));
        assertEquals("0 findings shown", none.getElementById("shown").text());
        assertTrue(none.selectFirst("section.post").hasAttr("hidden"), "a post with no finding shown is hidden");
        assertTrue(none.selectFirst("table.posts tr[data-f]").hasAttr("hidden"), "and so is its line in the list of posts");
    }

    /**
     * A post that points images, frames, scripts, style sheets and links at a local server: the
     * browser showing the report asks that server for nothing. The control page (a plain image)
     * proves a load would have been seen.
     */
    @Test
    void theReportLoadsNothing() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String at = "http://127.0.0.1:" + server.getAddress().getPort();
            String post = """
                    ---
                    lang: en
                    title: Loads
                    ---

                    An image ![pic](AT/image.png) and a [link](AT/link) and <img src="AT/inline.png">.

                    <img src="AT/block.png"><iframe src="AT/frame"></iframe><script src="AT/script.js"></script>
                    <link rel="stylesheet" href="AT/style.css"><style>@import url(AT/import.css);</style>
                    <video poster="AT/poster.png"></video><object data="AT/object"></object>

                    ![ref image][pic]

                    [pic]: AT/ref.png
                    """.replace("AT", at);
            Path root = HtmlReportTest.blog(dir.resolve("blog"), "posts/en/a.md", post,
                    "posts/hant/a.md", HtmlReportTest.HANT, "posts/hans/a.md", HtmlReportTest.HANS);
            Path report = HtmlReportTest.report(root, dir.resolve("report.html"), "--all").file();
            String dom = chromium(report.toUri().toString(), "--dump-dom", "--virtual-time-budget=3000");
            assertTrue(dom.contains("findings shown"), "the page was rendered");
            assertEquals(List.of(), requests, "the report asked the network for nothing");

            Path control = dir.resolve("control.html");
            Files.writeString(control, "<!DOCTYPE html><img src=\"" + at + "/control.png\">", StandardCharsets.UTF_8);
            chromium(control.toUri().toString(), "--dump-dom", "--virtual-time-budget=3000");
            assertTrue(requests.contains("/control.png"), "a page that loads is seen: " + requests);
        } finally {
            server.stop(0);
        }
    }
}
