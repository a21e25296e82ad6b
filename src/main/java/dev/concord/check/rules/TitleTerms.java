package dev.concord.check.rules;

import dev.concord.check.PostContext;
import dev.concord.check.Variant;
import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import dev.concord.markdown.FrontMatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Glossary terms in a variant's front matter {@code title:}, with absolute offsets. The title is
 * prose a reader sees first, and it is where real posts translated a brand (hant title
 * "Claude 代碼登入方式" for "Claude Code Login Methods") while the body kept it.
 */
final class TitleTerms {
    private TitleTerms() {}

    /** Every term occurrence a reader sees in a variant: the title, then the prose of every block. */
    static List<TermMatch> everywhere(PostContext post, Variant v) {
        List<TermMatch> out = in(post, v);
        for (Block b : v.doc().blocks()) out.addAll(post.terms().in(v.lang(), v.doc().text(), b));
        return out;
    }

    static List<TermMatch> in(PostContext post, Variant v) {
        List<TermMatch> out = new ArrayList<>();
        FrontMatter fm = v.doc().frontMatter();
        if (fm == null || !fm.present() || fm.fields() == null) return out;
        FrontMatter.Field title = fm.fields().get("title");
        if (title == null || title.valueSpan() == null) return out;
        int start = title.valueSpan().start();
        CharSequence value = v.doc().text().subSequence(start, title.valueSpan().end());
        for (TermMatch m : post.terms().in(v.lang(), value)) {
            out.add(new TermMatch(m.term(), m.kind(), m.found(), m.start() + start, m.end() + start));
        }
        return out;
    }
}
