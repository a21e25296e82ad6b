package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.SourceText;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Nesting deeper than a thread's stack and inputs that made flexmark super-linear. Times are
 * measured by bench/hostile (docs/reliability.md); here only "finishes within a generous timeout".
 */
class HostileMarkdownTest {
    /** Parses on a thread with a small stack, as a parallel check's worker would, so the overflow really happens. */
    private static Document parseOnSmallStack(String text) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(MarkdownParser.parse(SourceText.of("deep.md", text)));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (out.get() instanceof Throwable e) throw new AssertionError(e);
        return (Document) out.get();
    }

    @Test
    void nestingDeeperThanTheStackIsParsedOnALargerOne() throws Exception {
        Document quotes = parseOnSmallStack("> ".repeat(3000) + "deep\n");
        assertEquals("deep", quotes.source().slice(quotes.prose().get(0)));
        assertTrue(quotes.blocks().get(0).quoted());
        Document lists = parseOnSmallStack("- ".repeat(3000) + "deep\n");
        assertEquals(BlockKind.LIST_ITEM, lists.blocks().get(lists.blocks().size() - 1).kind());
        Document emphasis = parseOnSmallStack("*".repeat(10000) + "x" + "*".repeat(10000) + "\n");
        assertEquals(1, emphasis.blocks().size());
        Document brackets = parseOnSmallStack("[".repeat(10000) + "x" + "]".repeat(10000) + "\n");
        assertEquals(1, brackets.blocks().size());
    }

    @Test
    void aLongParagraphWithManyLinksAndCodeSpansIsLinear() {
        String line = "Some ordinary prose with a [link](https://example.com/a) and `code` here. ";
        String text = line.repeat(1_000_000 / line.length());
        // Before: each link and code span copied the whole paragraph (45 s for 1 MB); now well under a second.
        Document d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MarkdownParser.parse(SourceText.of("long.md", text)));
        assertEquals(1_000_000 / line.length(), d.blocks().get(0).links().size());
    }
}
