package dev.concord.cli;

import static dev.concord.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} outside a project, and {@code convert --explain} in text and JSON. */
class ConvertExplainTest {
    @TempDir Path dir;

    private Path post(String text) throws Exception {
        Path file = dir.resolve("draft.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void outsideAProjectConvertsWithTheDictionariesAloneAndSaysSo() throws Exception {
        Path file = post("经理发现后，总理发表讲话。\n");
        CliTestSupport.Result r = run("convert", "-C", dir.toString(), "--to", "hant", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("經理發現後，總理發表講話。\n", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("OpenCC's dictionaries alone (s2tw)"), r.err());
    }

    @Test
    void aProjectWithoutItsGlossaryIsStillAnError() throws Exception {
        Files.writeString(dir.resolve("concord.yaml"), "glossary: [terms]\n", StandardCharsets.UTF_8);
        Path file = post("头发\n");
        CliTestSupport.Result r = run("convert", "-C", dir.toString(), "--to", "hant", file.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("glossary not found"), r.err());
    }

    @Test
    void explainListsLineColumnCandidatesAndChoice() throws Exception {
        Path file = post("# 标题\n\n头发。干！`干` 后\n");
        CliTestSupport.Result r = run("convert", "-C", dir.toString(), "--to", "hant", "--explain", file.toString());
        assertEquals(0, r.code(), r.err());
        // 头发 is a phrase; 干 alone is not; the 干 in code is not prose; 后 alone is ambiguous.
        assertEquals(file + ":3:4: 干 → 幹 (candidates 幹 乾 干 榦) in 头发。干！`干`\n"
                + file + ":3:10: 后 → 後 (candidates 後 后) in `干` 后\n"
                + file + ": 2 ambiguous characters\n", r.out());
    }

    @Test
    void explainAsJson() throws Exception {
        Path file = post("发\n");
        CliTestSupport.Result r = run("convert", "-C", dir.toString(), "--to", "hant", "--explain", "--format", "json", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"to\": \"hant\", \"files\": [\n  {\"file\": " + dev.concord.report.Json.quote(file.toString())
                + ", \"ambiguities\": [\n    {\"line\": 1, \"column\": 1, \"source\": \"发\", \"candidates\": [\"發\", \"髮\"], "
                + "\"chosen\": \"發\", \"context\": \"发\"}\n  ]}\n]}\n", r.out());
    }

    @Test
    void aTextFileIsConvertedWholeMarkdownOnlyInProse() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "`头发` 发展\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.md"), "`头发` 发展\n", StandardCharsets.UTF_8);
        assertEquals("`頭髮` 發展\n", run("convert", "-C", dir.toString(), "--to", "hant", dir.resolve("notes.txt").toString()).out());
        assertEquals("`头发` 發展\n", run("convert", "-C", dir.toString(), "--to", "hant", dir.resolve("notes.md").toString()).out());
    }

    @Test
    void twpConvertsVocabularyToo() throws Exception {
        Files.writeString(dir.resolve("concord.yaml"), "hant: twp\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("glossary"));
        Path file = post("这个软件的算法\n");
        CliTestSupport.Result r = run("convert", "-C", dir.toString(), "--to", "hant", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("這個軟體的演算法\n", r.out());
    }
}
