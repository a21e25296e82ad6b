package dev.concord.cli;

import static dev.concord.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.suggest.SuggesterTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord glossary suggest} end to end on the invented blog of {@link SuggesterTest}. */
class GlossarySuggestCommandTest {
    @TempDir
    Path root;

    private void blog() throws IOException {
        SuggesterTest.writeBlog(root);
        Files.createDirectories(root.resolve("glossary"));
    }

    @Test
    void textListsInconsistentTermsFirst() throws IOException {
        blog();
        CliTestSupport.Result r = run("glossary", "suggest", "--root", root.toString());
        assertEquals(0, r.code(), r.err());
        String first = r.out().lines().findFirst().orElseThrow();
        assertTrue(first.contains("message queue") && first.contains("inconsistent"), r.out());
        assertTrue(r.out().contains("hans  消息队列  ×3"), r.out());
        assertTrue(r.out().contains("hans  讯息伫列  ×3"), r.out());
    }

    @Test
    void yamlIsAcceptedByGlossaryImport() throws IOException {
        blog();
        CliTestSupport.Result r = run("glossary", "suggest", "--root", root.toString(), "--format", "yaml");
        assertEquals(0, r.code(), r.err());
        Path file = root.resolve("suggested.yaml");
        Files.writeString(file, r.out());
        Path out = root.resolve("glossary/suggested.yaml");
        CliTestSupport.Result imported = run("glossary", "import", file.toString(), "-o", out.toString());
        assertEquals(0, imported.code(), imported.err());
        CliTestSupport.Result lint = run("glossary", "lint", "--root", root.toString());
        assertEquals(0, lint.code(), lint.out() + lint.err());
        CliTestSupport.Result show = run("glossary", "show", "message-queue", "--root", root.toString());
        assertTrue(show.out().contains("avoid hans:"), show.out());
        // with the suggestions in the glossary, nothing is left to suggest but the inconsistency
        CliTestSupport.Result again = run("glossary", "suggest", "--root", root.toString(), "--format", "json");
        assertTrue(again.out().contains("\"glossaryId\": \"message-queue\""), again.out());
        assertFalse(again.out().contains("\"key\": \"frobnicator\""), again.out());
    }

    @Test
    void jsonHasRenderingsPerVariant() throws IOException {
        blog();
        CliTestSupport.Result r = run("glossary", "suggest", "--root", root.toString(), "--format", "json", "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"suggestions\": ["), r.out());
        assertTrue(r.out().contains("\"hant\": [{\"text\": \"訊息佇列\", \"blocks\": 6"), r.out());
        assertEquals(1, r.out().split("\"key\"").length - 1, "--limit 1");
    }

    /** Without English posts there is nothing to mine: the empty list comes with the reason, on stderr. */
    @Test
    void aBlogWithoutEnglishVariantsIsToldWhyNothingIsSuggested() throws IOException {
        blog();
        CliTestSupport.Result withEnglish = run("glossary", "suggest", "--root", root.toString());
        assertEquals("", withEnglish.err());
        try (var files = Files.walk(root.resolve("posts/en"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        CliTestSupport.Result r = run("glossary", "suggest", "--root", root.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("0 suggestions"), r.out());
        assertTrue(r.err().contains("no post has an English and a Chinese variant"), r.err());
    }

    /** The JSON suggestions of the blog with {@code folder} excluded in its concord.yaml. */
    private String suggestExcluding(String folder) throws IOException {
        blog();
        Files.writeString(root.resolve("concord.yaml"), "exclude: [" + folder + "]\n");
        CliTestSupport.Result r = run("glossary", "suggest", "--root", root.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    /** A folder the config excludes is no part of the blog: with the English variants there, nothing is aligned. */
    @Test
    void excludedFoldersAreNotMined() throws IOException {
        String out = suggestExcluding("posts/en");
        assertFalse(out.contains("message queue"), out);
    }

    /** The clean twin: excluding another folder leaves the posts as they are. */
    @Test
    void aFolderWithoutPostsExcludedChangesNothing() throws IOException {
        String out = suggestExcluding("drafts");
        assertTrue(out.contains("\"key\": \"message queue\""), out);
    }

    @Test
    void badMinPostsIsAUsageError() throws IOException {
        blog();
        CliTestSupport.Result r = run("glossary", "suggest", "--root", root.toString(), "--min-posts", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--min-posts"), r.err());
        r = run("glossary", "suggest", "--root", root.toString(), "--limit", "-1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--limit"), r.err());
        assertEquals(0, run("glossary", "suggest", "--root", root.toString(), "--limit", "0").code(), "0 is a limit");
    }
}
