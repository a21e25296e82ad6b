package dev.concord.check.rules;

import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.Variant;
import dev.concord.markdown.Document;
import java.util.List;

/**
 * A variant goes past a limit that keeps parsing linear (nesting of block quotes and lists, or a
 * quote or list item of more than 1,000 lines without a blank line): part of it was read in a
 * degraded way, so its findings there may be off. One finding per file, at the first such line.
 */
@RuleInfo(id = "markdown-limit", severity = Severity.WARNING,
        summary = "A file goes past concord's limits on Markdown, so part of it is read in a degraded way.",
        details = "Block-quote or list markers from column 128 of a line (64 levels of `> ` or `- `) are read as text; a block quote or list item with more than 1,000 lines without a blank line is parsed in pieces of 500 lines. One finding per file, at the first such line; the limits keep any file's parsing linear in its size.",
        examples = {"a line starting with 70 levels of `> `"})
public final class MarkdownLimitRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            Document.Limit limit = v.doc().limit();
            if (limit == null) continue;
            int start = v.doc().source().lineStart(limit.line());
            int end = v.doc().text().indexOf('\n', start);
            int lineEnd = end < 0 ? v.doc().text().length() : end;
            out.add(post.at(this, v.lang(), start, Math.min(lineEnd, start + 80)) // the line may be megabytes long
                    .message(limit.message()).build());
        }
    }
}
