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
