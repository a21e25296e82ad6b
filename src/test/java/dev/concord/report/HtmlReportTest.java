package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: self-contained, aligned columns, findings and terms marked; rendered by a real Chromium. */
class HtmlReportTest {
    @TempDir Path dir;

    private Path report(String fixture) {
        Path out = dir.resolve("report.html");
        int code = Main.run(new String[] {"check", "-C", "src/test/resources/fixtures/" + fixture, "--format", "html", "--output", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(1, code, "exit code follows findings in html too");
        return out;
    }

    @Test
    void selfContainedWithFindingsAndTermsMarked() throws Exception {
        String html = Files.readString(report("number-mismatch/changed"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains(" src="), "no script, no external resource");
        assertTrue(html.contains("<th>hant · posts/hant/post.md</th><th>hans · posts/hans/post.md</th><th>en · posts/en/post.md</th>"));
        assertTrue(html.contains("<mark class=\"error\" title=\"number-mismatch: number '1 亿美元'"), "the finding is marked on its text");
        assertTrue(html.contains("<span class=\"term\" title=\"scaling-law\">規模法則</span>"), "terms are marked");
        assertTrue(html.contains("<td>number-mismatch</td>"), "summary table of rules × posts");
    }

    @Test
    void variantDivergenceListsTheConvertersAmbiguities() throws Exception {
        String html = Files.readString(anyExit("variant-divergence/edited", "edited.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("characters the converter could not decide in posts/hans/"), "section present");
        // 于 alone (零一万物于 2023 年): 於 or 于, no phrase decides.
        assertTrue(html.contains("<b>于</b> → 於 (candidates 於 于)"), html.substring(html.indexOf("<details")));
        String clean = Files.readString(anyExit("variant-divergence/clean", "clean.html"), StandardCharsets.UTF_8);
        assertFalse(clean.contains("could not decide"), "no variant-divergence, no section");
    }

    /** The report whatever the exit code (variant-divergence is a warning: exit 0). */
    private Path anyExit(String fixture, String name) {
        Path out = dir.resolve(name);
        Main.run(new String[] {"check", "-C", "src/test/resources/fixtures/" + fixture, "--format", "html", "--output", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return out;
    }

    @Test
    void chromiumRendersIt() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium) || System.getenv("CI") != null, "no chromium here");
        Path html = report("structure-mismatch/dropped-paragraph");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", html.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        assertTrue(dom.contains("class=\"missing\""), "the dropped paragraph is shown as a gap: " + dom.length());
        assertTrue(dom.contains("structure-mismatch"), "the finding is listed");
    }
}
