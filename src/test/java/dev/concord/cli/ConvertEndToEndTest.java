package dev.concord.cli;

import static dev.concord.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.markdown.Document;
import dev.concord.markdown.Link;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord convert} through the real CLI, parser and glossary. */
class ConvertEndToEndTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final String SEED = "posts/hant/01-ai-rise-and-fall.md";

    @TempDir Path dir;

    @Test
    void seedPostConvertsToTheCommittedHansByteForByte() throws Exception {
        CliTestSupport.Result r = run("convert", "-C", PROJECT.toString(), "--to", "hans", PROJECT.resolve(SEED).toString());
        assertEquals(0, r.code(), r.err());
        String expected = Files.readString(PROJECT.resolve("posts/hans/01-ai-rise-and-fall.md"), StandardCharsets.UTF_8);
        assertEquals(expected, r.out());
    }

    private Path trapProject(String text) throws Exception {
        Files.createDirectories(dir.resolve("posts/hans"));
        Files.createDirectories(dir.resolve("glossary"));
        Files.copy(PROJECT.resolve("glossary/terms.yaml"), dir.resolve("glossary/terms.yaml"));
        Path file = dir.resolve("posts/hans/traps.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String trapText() throws Exception {
        return Files.readString(Path.of("src/test/resources/convert/traps-hans.md"), StandardCharsets.UTF_8);
    }

    @Test
    void trapsChangeNoByteOutsideProseAndGiveTaiwanGlyphs() throws Exception {
        String text = trapText();
        Path file = trapProject(text);
        CliTestSupport.Result r = run("convert", "-C", dir.toString(), "--to", "hant", file.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertOutsideProseUnchanged(text, out, "lang", "title");
        assertTrue(out.contains("我們的幹部在皇后之後走進裡面，吃了一碗麵條。"), out);
        assertTrue(out.contains("## 頭髮、發展與乾淨的代碼"), out);
        assertTrue(out.contains("規模法則依然有效，Yi-Lightning 由零一萬物發佈"), "glossary renderings: " + out);
        assertTrue(out.contains("lang: hant") && out.contains("title: 頭髮與發展"), out);
    }

    @Test
    void referenceLinksStillResolveAfterConversion() throws Exception {
        String text = trapText();
        Path file = trapProject(text);
        String out = run("convert", "-C", dir.toString(), "--to", "hant", file.toString()).out();
        List<String> before = destinations(MarkdownParser.parse(SourceText.of("a", text)));
        List<String> after = destinations(MarkdownParser.parse(SourceText.of("b", out)));
        assertEquals(before, after);
        assertTrue(before.contains("https://example.com/干净/文档"), "the reference link resolved: " + before);
    }

    @Test
    void crlfAndBomSurvive() throws Exception {
        String text = "\uFEFF" + trapText().replace("\n", "\r\n");
        Path file = trapProject(text);
        Files.write(file, SourceText.encode(text.substring(1), true));
        String out = run("convert", "-C", dir.toString(), "--to", "hant", file.toString()).out();
        assertTrue(out.startsWith("\uFEFF---\r\n"), "BOM and CRLF kept");
        assertEquals(text.split("\r\n", -1).length, out.split("\r\n", -1).length);
        assertFalse(out.replace("\r\n", "").contains("\n"), "no bare LF introduced");
    }

    @Test
    void writeCreatesCounterpartAndRefusesToOverwrite() throws Exception {
        Path file = trapProject(trapText());
        CliTestSupport.Result first = run("convert", "-C", dir.toString(), "--to", "hant", "--write", file.toString());
        assertEquals(0, first.code(), first.err());
        Path target = dir.resolve("posts/hant/traps.md");
        assertTrue(Files.readString(target).contains("lang: hant"));
        CliTestSupport.Result again = run("convert", "-C", dir.toString(), "--to", "hant", "--write", file.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("posts/hant/traps.md") && again.err().contains("--force"), again.err());
        assertEquals(0, run("convert", "-C", dir.toString(), "--to", "hant", "--write", "--force", file.toString()).code());
    }

    /** Every character outside the source's prose spans (and front matter values) is identical. */
    static void assertOutsideProseUnchanged(String source, String converted, String... frontMatterKeys) {
        Document doc = MarkdownParser.parse(SourceText.of("src", source));
        assertEquals(source.length(), converted.length(), "conversion keeps UTF-16 length");
        boolean[] mayChange = new boolean[source.length()];
        for (Span s : doc.prose()) for (int i = s.start(); i < s.end(); i++) mayChange[i] = true;
        for (String k : frontMatterKeys) {
            var f = doc.frontMatter().fields().get(k);
            if (f != null) for (int i = f.valueSpan().start(); i < f.valueSpan().end(); i++) mayChange[i] = true;
        }
        int bom = source.startsWith("\uFEFF") ? 1 : 0;
        for (int i = bom; i < source.length(); i++) {
            if (!mayChange[i - bom] && source.charAt(i) != converted.charAt(i)) {
                throw new AssertionError("changed outside prose at " + i + ": '" + source.charAt(i) + "' → '" + converted.charAt(i)
                        + "' in …" + source.substring(Math.max(0, i - 15), Math.min(source.length(), i + 15)) + "…");
            }
        }
    }

    private static List<String> destinations(Document d) {
        List<String> out = new ArrayList<>();
        d.blocks().forEach(b -> b.links().forEach((Link l) -> out.add(l.destination())));
        return out;
    }
}
