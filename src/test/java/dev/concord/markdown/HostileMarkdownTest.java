package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void nestingPastTheLimitIsReadAsTextWithOneLimitAndDeepInlinesUseALargerStack() throws Exception {
        // 3,000 levels: the first 64 are block quotes, the rest is the text of the innermost
        Document quotes = parseOnSmallStack("> ".repeat(3000) + "deep\n");
        String prose = quotes.source().slice(quotes.prose().get(0));
        assertTrue(prose.startsWith("> > ") && prose.endsWith("deep"), prose);
        assertEquals(128 + 1, quotes.prose().get(0).start() + 1); // the text starts after 64 levels
        assertTrue(quotes.blocks().get(0).quoted());
        assertEquals(1, quotes.limit().line());
        Document lists = parseOnSmallStack("- ".repeat(3000) + "deep\n");
        assertEquals(BlockKind.LIST_ITEM, lists.blocks().get(lists.blocks().size() - 1).kind());
        assertEquals(64, lists.blocks().get(lists.blocks().size() - 1).level());
        assertTrue(lists.limit().message().contains("nested deeper"), lists.limit().message());
        // emphasis and brackets nest inline: no limit, parsed whole (on a larger stack)
        Document emphasis = parseOnSmallStack("*".repeat(10000) + "x" + "*".repeat(10000) + "\n");
        assertEquals(1, emphasis.blocks().size());
        assertNull(emphasis.limit());
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
