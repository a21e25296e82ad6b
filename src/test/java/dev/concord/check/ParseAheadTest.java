package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.markdown.Document;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Documents parsed ahead are handed over only for the same path and the very same bytes. */
@Timeout(60) // a take that waits for a parse nobody runs would hang the build
class ParseAheadTest {
    @TempDir Path root;

    private byte[] write(String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(p, bytes);
        return bytes;
    }

    @Test
    void theNamedFileIsParsedFromTheBytesTheCheckReads() throws Exception {
        byte[] bytes = write("posts/hant/a.md", "# 標題\n\n一段文字。\n");
        ParseAhead ahead = ParseAhead.start(root, List.of(root.resolve("posts/hant/a.md")));
        assertTrue(ahead.covers("posts/hant/a.md"));
        waitUntilStarted(ahead, "posts/hant/a.md");
        Document d = ahead.take("posts/hant/a.md", bytes);
        assertNotNull(d, "the thread started it: the check waits for its parse");
        assertEquals(MarkdownParser.parse(SourceText.decode("posts/hant/a.md", bytes)).blocks(), d.blocks());
        assertNull(ahead.take("posts/hant/a.md", bytes), "a document is handed over once");
    }

    @Test
    void otherBytesAreNeverTakenFromTheParseAhead() throws Exception {
        write("posts/hant/a.md", "# 標題\n\n一段文字。\n");
        ParseAhead ahead = ParseAhead.start(root, List.of(Path.of("posts/hant/a.md")));
        waitUntilStarted(ahead, "posts/hant/a.md");
        // The file changed after it was parsed ahead: the check's bytes are others.
        assertNull(ahead.take("posts/hant/a.md", "# 標題\n\n另一段。\n".getBytes(StandardCharsets.UTF_8)));
    }

    @RepeatedTest(30)
    void aFileTheCheckClaimsFirstIsLeftToTheCheck() throws Exception {
        byte[] a = write("posts/hant/a.md", "一。\n"), b = write("posts/hant/b.md", "二。\n"), c = write("posts/hant/c.md", "三。\n");
        ParseAhead ahead = ParseAhead.start(root, List.of(root.resolve("posts/hant/a.md"), root.resolve("posts/hant/b.md"), root.resolve("posts/hant/c.md")));
        // Whatever the thread has reached, each file is either handed over parsed or left to the caller, never both.
        int handed = 0;
        for (var e : List.of(java.util.Map.entry("posts/hant/c.md", c), java.util.Map.entry("posts/hant/b.md", b), java.util.Map.entry("posts/hant/a.md", a))) {
            Document d = ahead.take(e.getKey(), e.getValue());
            if (d != null) {
                handed++;
                assertEquals(e.getKey(), d.source().path());
            }
            assertNull(ahead.take(e.getKey(), e.getValue()));
        }
        assertTrue(handed <= 3);
    }

    @Test
    void pathsItCannotPlaceAreNotParsedAhead() throws Exception {
        write("posts/hant/a.md", "一。\n");
        Files.createDirectories(root.resolve("posts/hans"));
        ParseAhead ahead = ParseAhead.start(root, List.of(Path.of("posts/hans"), Path.of("no/such.md"), Path.of("/elsewhere/x.md")));
        assertFalse(ahead.covers("posts/hans"));
        assertFalse(ahead.covers("no/such.md"));
        assertNull(ahead.take("posts/hant/a.md", "一。\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFilesParsedAheadGoLast() throws Exception {
        write("posts/hant/a.md", "一。\n");
        ParseAhead ahead = ParseAhead.start(root, List.of(Path.of("posts/hant/a.md")));
        assertEquals(List.of("posts/en/a.md", "posts/hans/a.md", "posts/hant/a.md"),
                ahead.lastCovered(List.of("posts/hant/a.md", "posts/en/a.md", "posts/hans/a.md")));
        assertSame(ParseAhead.none().lastCovered(List.of("x")).get(0), "x");
    }

    /** Waits until the thread has claimed the file (so that take joins its parse). */
    private static void waitUntilStarted(ParseAhead ahead, String path) throws Exception {
        for (int i = 0; i < 2000 && !ahead.started(path); i++) Thread.sleep(1);
        assertTrue(ahead.started(path), "the parse-ahead thread never started " + path);
    }
}
