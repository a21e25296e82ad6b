package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report read back by an HTML5 parser (jsoup builds the tree a browser builds): aligned
 * columns with their languages, Markdown rendered with source lines, findings marked over their
 * spans, the filter's data, posts with findings only unless --all, and nothing from a post ever
 * becoming markup, script or a load.
 */
class HtmlReportTest {
    @TempDir Path dir;

    /** A blog root with the fixtures' glossary and the given files (path → text). */
    static Path blog(Path root, String... pathsAndTexts) throws Exception {
        Path glossary = root.resolve("glossary/terms.yaml");
        Files.createDirectories(glossary.getParent());
        Files.copy(Path.of("src/test/resources/fixtures/structure-mismatch/dropped-paragraph/glossary/terms.yaml"), glossary);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path p = root.resolve(pathsAndTexts[i]);
            Files.createDirectories(p.getParent());
            Files.writeString(p, pathsAndTexts[i + 1], StandardCharsets.UTF_8);
        }
        return root;
    }

    /** The report of {@code root} (written by the CLI to a file), with the exit code. */
    record Report(int code, Path file, Document doc, String html) {}

    static Report report(Path root, Path out, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "-C", root.toString(), "--format", "html", "--output", out.toString()));
        args.addAll(List.of(more));
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertTrue(Files.exists(out), "report written: " + err);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        return new Report(code, out, Jsoup.parse(html), html);
    }

    private Report fixture(String name, String... more) throws Exception {
        return report(Path.of("src/test/resources/fixtures", name), dir.resolve(name.replace('/', '-') + ".html"), more);
    }

    /** Invented post in three variants, with every Markdown construct the report renders. */
    static final String HANT = """
            ---
            lang: hant
            title: 骨頭的測試
            ---

            # 這篇文章的標題

            這是**重要**的說明，見 `concord check` 與[說明文件](https://example.com/docs)，也有*強調*。
            第二行說明骨與誤。

            - 第一項
            - 第二項

            ```sh
            echo 這骨
            ```
            """;
    static final String HANS = """
            ---
            lang: hans
            title: 骨头的测试
            ---

            # 这篇文章的标题

            这是**重要**的说明，见 `concord check` 与[说明文件](https://example.com/docs)，也有*强调*。
            第二行说明骨与误。

            - 第一项
            - 第二项

            ```sh
            echo 这骨
            ```
            """;
    static final String EN = """
            ---
            lang: en
            title: Testing bones
            ---

            # The title of this post

            This is an **important** note, see `concord check` and [the docs](https://example.com/docs), with *emphasis*.
            A second line about bones and errors.

            - First item
            - Second item

            ```sh
            echo bone
            ```
            """;

    @Test
    void columnsCarryTheirLanguageAndTheFontsOfItsScript() throws Exception {
        Report r = report(blog(dir.resolve("blog"), "posts/hant/a.md", HANT, "posts/hans/a.md", HANS, "posts/en/a.md", EN),
                dir.resolve("a.html"), "--all");
        assertEquals("en", r.doc.selectFirst("html").attr("lang"), "the page's own words are English");
        Element table = r.doc.selectFirst("section.post table.rows");
        assertNotNull(table, r.html);
        for (Element tr : table.select("tbody > tr:not(.findings)")) {
            Elements tds = tr.select("> td");
            assertEquals(List.of("zh-Hant", "zh-Hans", "en"), tds.stream().map(td -> td.attr("lang")).toList(), tr.outerHtml());
        }
        String css = r.doc.selectFirst("style").data();
        assertEquals("Noto Sans CJK TC", firstFont(css, "zh-Hant"), "Traditional face first for zh-Hant");
        assertEquals("Noto Sans CJK SC", firstFont(css, "zh-Hans"), "Simplified face first for zh-Hans");
        assertFalse(firstFont(css, "zh-Hant").equals(firstFont(css, "zh-Hans")));
    }

    private static String firstFont(String css, String lang) {
        Matcher m = Pattern.compile(":lang\\(" + lang + "\\)\\{font-family:\"([^\"]+)\"").matcher(css);
        assertTrue(m.find(), "a font list for " + lang + " in " + css);
        return m.group(1);
    }

    @Test
    void markdownIsRenderedWithItsSourceLines() throws Exception {
        Report r = report(blog(dir.resolve("blog"), "posts/hant/a.md", HANT, "posts/hans/a.md", HANS, "posts/en/a.md", EN),
                dir.resolve("a.html"), "--all");
        Element hant = r.doc.selectFirst("section.post");
        Elements cells = hant.select("td[lang=zh-Hant]");
        // heading, paragraph (2 lines), two list items, code block
        assertEquals(5, cells.size(), hant.outerHtml());
        assertEquals("這篇文章的標題", cells.get(0).selectFirst("h1.md").text());
        assertEquals("6", cells.get(0).selectFirst(".ln").text(), "the heading is on line 6");
        Element p = cells.get(1).selectFirst("p.md");
        assertEquals("8–9", cells.get(1).selectFirst(".ln").text(), "the paragraph spans lines 8 and 9");
        assertEquals("重要", p.selectFirst("strong").text());
        assertEquals("強調", p.selectFirst("em").text());
        assertEquals("concord check", p.selectFirst("code").text());
        Element a = p.selectFirst("a");
        assertEquals("說明文件", a.text());
        assertEquals("https://example.com/docs", a.attr("href"));
        assertTrue(a.attr("rel").contains("noopener") && a.attr("rel").contains("noreferrer"), a.outerHtml());
        assertFalse(p.text().contains("**") || p.text().contains("](") || p.text().contains("`"), "no Markdown syntax shown: " + p.text());
        assertEquals(1, p.select("br").size(), "the source's line break kept");
        assertEquals("第一項", cells.get(2).selectFirst("ul.md > li").text());
        assertEquals("11", cells.get(2).selectFirst(".ln").text());
        assertEquals("echo 這骨", cells.get(4).selectFirst("pre.md code").text());
        assertEquals("sh", cells.get(4).selectFirst("pre.md .info").text());
    }

    @Test
    void aFindingIsMarkedOverItsWholeSpan() throws Exception {
        Report r = fixture("number-mismatch/changed");
        assertEquals(1, r.code, "exit code follows findings in html too");
        Element number = findingLi(r.doc, "number-mismatch", "posts/hans/");
        assertEquals("1 亿美元", markedText(r.doc, number.id()), "the number as written, all of it");
        assertEquals("zh-Hans", number.attr("lang"), "the message quotes hans text");
        Element term = r.doc.selectFirst("td[lang=zh-Hant] span.term[title=scaling-law]");
        assertEquals("規模法則", term.text(), "terms are marked");
        assertEquals("number-mismatch", r.doc.selectFirst("table.summary td").text(), "summary of rules");
    }

    @Test
    void variantDivergenceIsMarkedOverTheEditedWordsNotOneCharacter() throws Exception {
        Report r = fixture("variant-divergence/edited");
        Element li = findingLi(r.doc, "variant-divergence", "posts/hans/");
        String marked = markedText(r.doc, li.id());
        // hans 学者们认为…依然 against hant 研究者認為…仍然: from the first to the last changed character
        assertTrue(marked.startsWith("学者们") && marked.endsWith("依"), marked);
        assertTrue(r.html.contains("<b lang=\"zh-Hans\">于</b> → <span lang=\"zh-Hant\">於 (candidates 於 于)"),
                "the converter's undecided characters, each in its script");
        // The finding itself carries the span (JSON too): line 11, columns 1 to 13 (学者们认为“规模法则”依 is 12 code points).
        StringWriter json = new StringWriter();
        Main.run(new String[] {"check", "-C", "src/test/resources/fixtures/variant-divergence/edited", "--format", "json", "--no-cache"},
                new PrintWriter(json), new PrintWriter(new StringWriter()));
        @SuppressWarnings("unchecked")
        var finding = ((List<java.util.Map<String, Object>>) ((java.util.Map<String, Object>) JsonTestSupport.parse(json.toString()))
                .get("findings")).get(0);
        assertEquals(List.of(11, 1, 11, 13), List.of(finding.get("line"), finding.get("column"), finding.get("endLine"), finding.get("endColumn")));
        Report clean = fixture("variant-divergence/clean", "--all");
        assertFalse(clean.html.contains("could not decide"), "no variant-divergence, no section");
    }

    private static Element findingLi(Document doc, String rule, String file) {
        for (Element li : doc.select("li[data-rule=" + rule + "]")) if (li.text().startsWith(file)) return li;
        throw new AssertionError("no " + rule + " finding in " + file);
    }

    /** The text of every mark that carries the finding, in order. */
    private static String markedText(Document doc, String id) {
        StringBuilder sb = new StringBuilder();
        for (Element m : doc.select("mark[data-f]")) {
            if (List.of(m.attr("data-f").split(" ")).contains(id)) sb.append(m.wholeText());
        }
        return sb.toString();
    }

    @Test
    void theFilterHasEveryRuleAndEveryMarkPointsAtAFinding() throws Exception {
        Report r = fixture("number-mismatch/changed");
        List<String> options = r.doc.select("select#rule option").stream().map(Element::val).toList();
        assertEquals(List.of("", "number-mismatch", "variant-divergence"), options);
        assertEquals(List.of("", "error", "warning"), r.doc.select("select#severity option").stream().map(Element::val).toList());
        Set<String> ids = new HashSet<>(r.doc.select("li[data-rule]").eachAttr("id"));
        assertEquals(3, ids.size());
        for (Element e : r.doc.select("[data-f]")) {
            for (String id : e.attr("data-f").split(" ")) assertTrue(id.isEmpty() || ids.contains(id), id + " in " + e.outerHtml());
        }
        for (Element li : r.doc.select("li[data-rule]")) assertEquals(li.className(), li.attr("data-sev"));
    }

    @Test
    void blocksOnlyOneVariantHasAreRowsOfTheirOwn() throws Exception {
        Report r = fixture("structure-mismatch/dropped-paragraph");
        int lone = 0;
        for (Element tr : r.doc.select("table.rows > tbody > tr:not(.findings)")) {
            Elements missing = tr.select("> td.missing");
            if (missing.isEmpty()) continue;
            lone++;
            assertEquals(List.of("en"), missing.eachAttr("lang"), "en lacks the paragraph: " + tr.outerHtml());
            assertEquals(2, tr.select("> td p.md").size(), "hant and hans show theirs");
        }
        assertEquals(1, lone, "one dropped paragraph, one row of its own");
    }

    @Test
    void onlyPostsWithFindingsUnlessAll() throws Exception {
        Path root = blog(dir.resolve("blog"), "posts/hant/a.md", HANT, "posts/hans/a.md", HANS, "posts/en/a.md", EN,
                "posts/hant/b.md", HANT, "posts/hans/b.md", HANS, "posts/en/b.md", EN.replace("A second line", "A 2nd line about 42"));
        Report r = report(root, dir.resolve("default.html"));
        assertEquals(List.of("b"), r.doc.select("section.post").eachAttr("id"), "only the post with findings");
        assertTrue(r.doc.selectFirst("p").text().contains("1 post without findings not shown"), r.doc.selectFirst("p").text());
        Report all = report(root, dir.resolve("all.html"), "--all");
        assertEquals(List.of("a", "b"), all.doc.select("section.post").eachAttr("id"));
        assertTrue(all.html.length() > r.html.length());
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "-C", root.toString(), "--all"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code, "--all is for the HTML report");
        assertTrue(err.toString().contains("--format html"), err.toString());
    }

    /** Every way a post could try to put markup, script or a load into the page. */
    static final String HOSTILE = """
            ---
            lang: en
            title: "\\"><script>alert('title')</script>"
            ---

            # Heading <img src=x onerror=alert('heading')>

            <script>alert('block')</script>

            <div onclick="alert('div')">raw <b>html</b></div>

            A [link](javascript:alert('href')) and [data](data:text/html,<script>alert('data')</script>) and
            [ok](https://example.com/ok "t\\" onmouseover=\\"alert('t')") and `</code><script>alert('code')</script>`
            and ![pic](https://example.com/pic.png) and <iframe src="https://example.com/frame"></iframe>
            and &lt;script&gt; and \\<b\\> and <https://example.com/auto>.

            | a | <svg onload=alert('cell')> |
            |---|---|
            | `x` | [y](vbscript:msgbox) |

            ```html
            </code></pre><script>alert('fence')</script>
            ```

            [ref]: javascript:alert('ref')
            """;

    @Test
    void nothingFromAPostBecomesMarkupScriptOrALoad() throws Exception {
        Path root = blog(dir.resolve("blog"), "posts/en/x.md", HOSTILE, "posts/hant/x.md", HANT, "posts/hans/x.md", HANS);
        Report r = report(root, dir.resolve("x.html"), "--all");
        Elements scripts = r.doc.select("script");
        assertEquals(1, scripts.size(), "only the report's own script");
        assertTrue(scripts.first().attributes().isEmpty(), "inline, no src");
        for (Element e : r.doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + e.outerHtml());
                assertFalse(a.getKey().equals("src") || a.getKey().equals("srcset"), "a load: " + e.outerHtml());
            }
        }
        String foreign = "img, iframe, svg, object, embed, link, video, audio, source, base, form, section.post div, section.post b";
        assertTrue(r.doc.select(foreign).isEmpty(), r.doc.select(foreign).outerHtml());
        for (Element a : r.doc.select("a[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#") || href.startsWith("https://") || href.startsWith("http://"), href);
            if (!href.startsWith("#")) assertTrue(a.attr("rel").contains("noopener"), a.outerHtml());
        }
        String text = r.doc.selectFirst("section.post").text();
        for (String shown : List.of("<script>alert('block')</script>", "<div onclick=", "alert('code')", "alert('fence')",
                "<img src=x onerror=alert('heading')>", "javascript:alert('ref')")) {
            assertTrue(text.contains(shown), "shown as text: " + shown);
        }
        Element block = r.doc.select("td[lang=en] pre.src").first();
        assertEquals("<script>alert('block')</script>", block.wholeText(), "raw HTML shown as written");
        assertEquals(2, block.parent().parent().select("> td.blank").size(), "a block alignment leaves out: a row of its own");
        Element image = r.doc.selectFirst("span.img");
        assertEquals("pic", image.text(), "an image is its alt text");
        assertTrue(image.attr("title").contains("https://example.com/pic.png"));
        // The browser runs only the report's script: the policy forbids every load and names the script by its hash.
        String csp = r.doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(scripts.first().data().getBytes(StandardCharsets.UTF_8)));
        assertTrue(csp.contains("script-src 'sha256-" + hash + "'"), csp);
        assertFalse(csp.matches(".*script-src[^;]*unsafe.*"), "no script but the one named: " + csp);
    }
}
