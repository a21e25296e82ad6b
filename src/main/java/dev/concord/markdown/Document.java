package dev.concord.markdown;

import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.util.List;

/**
 * A parsed Markdown file: its source, front matter and blocks in source order.
 *
 * @param prose      every prose span of the body, in order (what conversion may rewrite)
 * @param directives {@code <!-- concord-… -->} comments with their spans (suppressions)
 */
public record Document(SourceText source, FrontMatter frontMatter, List<Block> blocks, List<Span> prose,
                       List<Directive> directives) {

    /** A concord HTML comment: {@code <!-- concord-disable term-missing,code-mismatch -->}. */
    public record Directive(String command, List<String> rules, Span span, int line) {}

    public String text() {
        return source.text();
    }

    public String path() {
        return source.path();
    }
}
