package dev.concord.markdown;

import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.util.List;

/**
 * A parsed Markdown file: its source, front matter and blocks in source order.
 *
 * @param prose      every prose span of the body, in order (what conversion may rewrite)
 * @param directives {@code <!-- concord-… -->} comments with their spans (suppressions)
 * @param limit      where the file went past a limit on Markdown nesting or run length, so part of
 *                   it was read in a degraded way (see MarkdownBounds); null if it did not
 */
public record Document(SourceText source, FrontMatter frontMatter, List<Block> blocks, List<Span> prose,
                       List<Directive> directives, Limit limit) {

    public Document(SourceText source, FrontMatter frontMatter, List<Block> blocks, List<Span> prose,
                    List<Directive> directives) {
        this(source, frontMatter, blocks, prose, directives, null);
    }

    /** The first place (1-based line) a limit was applied, and what was applied, for one warning. */
    public record Limit(int line, String message) {}

    /** A concord HTML comment: {@code <!-- concord-disable term-missing,code-mismatch -->}. */
    public record Directive(String command, List<String> rules, Span span, int line) {
        /** {@code <!-- concord-disable RULES -->}: rules off until an enable (empty rules = all). */
        public static final String DISABLE = "disable";
        /** {@code <!-- concord-enable [RULES] -->}: rules back on (empty rules = all). */
        public static final String ENABLE = "enable";
        /** {@code <!-- concord-disable-next-line RULES -->}: rules off on the next line only. */
        public static final String DISABLE_NEXT_LINE = "disable-next-line";
        /** {@code <!-- expect: RULES -->}: a test fixture's expected findings on this line. */
        public static final String EXPECT = "expect";
    }

    public String text() {
        return source.text();
    }

    public String path() {
        return source.path();
    }

    /** Where this very block is in {@link #blocks()}, or -1 (by identity: a block's span makes it unique in its document). */
    public int indexOf(Block block) {
        return dev.concord.model.Identity.indexOf(blocks, block);
    }
}
