package dev.concord.check.rules;

import dev.concord.align.BlockPair;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.Severity;
import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.markdown.InlineCode;
import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * Code must be identical in every variant: inline code of aligned blocks, and the lines of
 * aligned code blocks. A code line with Han characters on either side is a translated comment or
 * string and may differ; inline code with Han characters never matches (that is the defect:
 * `-p <host_port>:3000` translated to `-p ‹主机端口>:3000`).
 */
public final class CodeMismatchRule implements Rule {
    @Override public String id() { return "code-mismatch"; }
    @Override public String description() { return "Code blocks or inline code differ between variants (lines with Han characters may differ)."; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Lang[] pair : post.pairs()) {
            for (BlockPair row : post.alignment(pair[0], pair[1])) {
                if (!row.matched()) continue;
                if (row.left().kind() == BlockKind.CODE_BLOCK && row.right().kind() == BlockKind.CODE_BLOCK) {
                    compareBlocks(post, pair[0], row.left(), pair[1], row.right(), out);
                } else {
                    compareInline(post, pair[0], row.left(), pair[1], row.right(), out);
                    compareInline(post, pair[1], row.right(), pair[0], row.left(), out);
                }
            }
        }
    }

    /** Inline code of {@code other} that {@code block} lacks, reported on {@code block}. */
    private void compareInline(PostContext post, Lang lang, Block block, Lang otherLang, Block other, List<Finding> out) {
        List<String> mine = new ArrayList<>();
        for (InlineCode c : block.codes()) mine.add(c.text().strip());
        List<InlineCode> extra = new ArrayList<>(block.codes());
        List<String> theirs = new ArrayList<>();
        for (InlineCode c : other.codes()) theirs.add(c.text().strip());
        extra.removeIf(c -> theirs.remove(c.text().strip()));
        int k = 0;
        for (InlineCode c : other.codes()) {
            if (mine.remove(c.text().strip())) continue;
            if (hasHan(c.text())) continue; // the other side's copy is the translated one: reported there
            InlineCode at = k < extra.size() ? extra.get(k++) : null;
            int s = at != null ? at.span().start() : block.span().start();
            int e = at != null ? at.span().end() : block.span().start();
            out.add(post.at(this, lang, s, e)
                    .message("inline code `" + c.text() + "` is missing here" + (at != null ? " (found `" + at.text() + "`)" : ""))
                    .expected(c.text()).found(at != null ? at.text() : null)
                    .related(post.location(otherLang, c.span().start()))
                    .build());
        }
    }

    private void compareBlocks(PostContext post, Lang la, Block a, Lang lb, Block b, List<Finding> out) {
        String[] x = a.code().split("\n", -1), y = b.code().split("\n", -1);
        if (x.length != y.length) {
            // Report on the hans/en side against hant only once per pair: the right-hand variant.
            out.add(post.at(this, lb, b.span().start(), b.span().start())
                    .message("code block has " + y.length + " lines; " + la.key() + " has " + x.length)
                    .related(post.location(la, a.span().start())).build());
            return;
        }
        int offsetB = b.codeSpan() == null ? b.span().start() : b.codeSpan().start();
        int offsetA = a.codeSpan() == null ? a.span().start() : a.codeSpan().start();
        for (int i = 0; i < x.length; i++) {
            String l1 = x[i].stripTrailing(), l2 = y[i].stripTrailing();
            if (!l1.equals(l2) && !hasHan(l1) && !hasHan(l2)) {
                out.add(post.at(this, lb, offsetB, offsetB + y[i].length())
                        .message("code line differs from " + la.key() + ": `" + l2.strip() + "` vs `" + l1.strip() + "`")
                        .found(l2).expected(l1)
                        .related(post.location(la, offsetA)).build());
            }
            offsetA += x[i].length() + 1;
            offsetB += y[i].length() + 1;
        }
    }

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return true;
            i += Character.charCount(cp);
        }
        return false;
    }
}
