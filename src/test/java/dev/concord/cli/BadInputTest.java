package dev.concord.cli;

import static dev.concord.cli.CliTestSupport.copyFixture;
import static dev.concord.cli.CliTestSupport.run;
import static dev.concord.cli.CliTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one clear line naming the file (and line) and exit 2, never a stack trace
 * (docs/cli.md, exit codes). Content faults are findings (exit 1), not crashes.
 */
class BadInputTest {
    @TempDir Path dir;

    private static void assertOneLine(CliTestSupport.Result r, String... fragments) {
        assertEquals(2, r.code(), "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "one line on stderr: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        for (String f : fragments) assertTrue(err.contains(f), "'" + f + "' in: " + err);
    }

    @Test
    void missingGlossary() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        Files.delete(dir.resolve("glossary/terms.yaml"));
        Files.delete(dir.resolve("glossary"));
        assertOneLine(run("check", "-C", dir.toString()), "glossary", "not found");
    }

    @Test
    void malformedYamlNamesFileAndLine() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        write(dir, "glossary/terms.yaml", "terms:\n  - id: a\n    en: [unclosed\n    hans: 甲\n");
        assertOneLine(run("check", "-C", dir.toString()), "glossary/terms.yaml:");
    }

    @Test
    void duplicateTermIdsNameBothPlaces() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        write(dir, "glossary/more.yaml", "terms:\n  - id: scaling-law\n    en: scale\n");
        assertOneLine(run("check", "-C", dir.toString()), "glossary/more.yaml:2", "duplicate id 'scaling-law'", "terms.yaml:");
    }

    @Test
    void invalidUtf8NamesFileAndByteOffset() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        byte[] bad = "---\nlang: hans\n---\n\n正文\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[bad.length + 2];
        System.arraycopy(bad, 0, withBad, 0, bad.length);
        withBad[bad.length] = (byte) 0xC3;
        withBad[bad.length + 1] = (byte) 0x28;
        write(dir, "posts/hans/post.md", withBad);
        assertOneLine(run("check", "-C", dir.toString()), "posts/hans/post.md:6", "invalid UTF-8", "byte offset " + bad.length);
    }

    @Test
    void binaryFile() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        write(dir, "posts/en/post.md", new byte[] {'a', 0, 'b'});
        assertOneLine(run("check", "-C", dir.toString()), "posts/en/post.md:1", "binary");
    }

    @Test
    void unknownOption() {
        CliTestSupport.Result r = run("check", "--no-such-option");
        assertOneLine(r, "--no-such-option");
    }

    @Test
    void unknownRuleIdInConfig() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        write(dir, "concord.yaml", "rules:\n  term-misssing: off\n");
        assertOneLine(run("check", "-C", dir.toString()), "concord.yaml:2", "term-misssing");
    }

    @Test
    void missingFileArgument() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        assertOneLine(run("check", "-C", dir.toString(), dir.resolve("posts/hant/nope.md").toString()), "nope.md");
    }

    @Test
    void malformedFrontMatterIsAFindingNotACrash() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        Path hans = dir.resolve("posts/hans/post.md");
        Files.writeString(hans, Files.readString(hans).replace("layout: post", "layout: post: broken: yes"));
        CliTestSupport.Result r = run("check", "-C", dir.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("posts/hans/post.md:3:1: error: malformed front matter"), r.out());
    }

    @Test
    void emptyFileAndSingleVariantPostAreFindings() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        Files.writeString(dir.resolve("posts/en/post.md"), "");
        write(dir, "posts/hant/alone.md", "---\nlang: hant\n---\n\n只有一個版本。\n");
        CliTestSupport.Result r = run("check", "-C", dir.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("\"rule\": \"missing-variant\""), r.out());
        assertTrue(r.out().contains("\"file\": \"posts/en/post.md\""), r.out());
    }

    @Test
    void symlinkLoopIsSkipped() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        Files.createSymbolicLink(dir.resolve("posts/hant/loop"), dir.resolve("posts"));
        CliTestSupport.Result r = run("check", "-C", dir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @Test
    void tenMegabyteFileIsChecked() throws Exception {
        copyFixture("structure-mismatch/clean", dir);
        StringBuilder big = new StringBuilder("---\nlang: en\nlayout: post\ntitle: Big\n---\n\n");
        while (big.length() < 10_000_000) big.append("A long paragraph about scaling laws and 01.AI, line after line.\n\n");
        Files.writeString(dir.resolve("posts/en/post.md"), big);
        CliTestSupport.Result r = run("check", "-C", dir.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("structure-mismatch"), "the huge variant differs in structure");
    }
}
