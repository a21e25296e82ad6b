package dev.concord.check.rules;

import dev.concord.align.Row;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.model.Span;
import java.util.List;

/**
 * Bold that one variant shows as written. CommonMark opens {@code **} only where it is not
 * followed by a punctuation mark unless a space or a punctuation mark comes before it, and closes
 * it the mirror way, so Chinese prose that puts quotation marks or a colon inside the marks and a
 * character right outside them (标有**“设置”**的, **注意：**小心) shows the asterisks on the page,
 * while the English, with its spaces, is bold. Reported where an aligned block of another variant
 * has no such literal marks: a post that writes {@code **} as text on purpose writes it in every
 * variant.
 */
@RuleInfo(id = "bold-unrendered", severity = Severity.WARNING,
        summary = "Bold marks (**) that one variant shows as written while the aligned block of another renders them.",
        details = "Bold marks (**) that the Markdown parser leaves as text in one variant while the aligned block of another variant has none: CommonMark does not open ** before a punctuation mark that follows a character, nor close it after a punctuation mark that a character follows (标有**“设置”**的, **注意：**小心), so the page shows the asterisks. A space outside the marks (标有 **“设置”** 的), or the punctuation moved outside them (**注意**：小心), renders the bold.",
        examples = {"hans 找到标有**“删除会议请求”**的选项 where en has **\"Delete meeting requests\"**"})
public final class BoldUnrenderedRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Row row : post.rows()) {
            if (row.size() < 2) continue;
            for (var e : row.blocks().entrySet()) {
                List<Span> marks = e.getValue().literalBold();
                if (marks.isEmpty()) continue;
                Lang rendered = null;
                for (var o : row.blocks().entrySet()) {
                    if (o.getKey() != e.getKey() && o.getValue().literalBold().isEmpty() && bold(post, o.getKey(), o.getValue())) rendered = o.getKey();
                }
                if (rendered == null) continue;
                Span first = marks.get(0);
                out.add(post.at(this, e.getKey(), first.start(), first.end())
                        .message("** shown as written (" + marks.size() + (marks.size() == 1 ? " mark" : " marks")
                                + " in this block), while " + rendered.key() + " is bold here: put a space outside the marks"
                                + " or the punctuation outside them")
                        .related(post.location(rendered, row.blocks().get(rendered).span().start()))
                        .build());
            }
        }
    }

    /** Whether the block's source holds a ** the parser used (it has none left as text): bold this variant renders. */
    private static boolean bold(PostContext post, Lang lang, Block b) {
        int i = post.variant(lang).doc().text().indexOf("**", b.span().start());
        return i >= 0 && i < b.span().end();
    }
}
