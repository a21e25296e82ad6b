package dev.concord.check.rules;

import dev.concord.align.Row;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.script.ChineseWords;
import dev.concord.script.ScriptChars;
import java.util.List;

/**
 * An {@code avoid} rendering is used; fixed by the preferred rendering. A rendering that only the
 * other Chinese variant accepts (芯片 in hant when hant says 晶片) is reported the same way unless
 * it contains characters of the wrong script, which script-mixed already reports.
 */
@RuleInfo(id = "term-forbidden", severity = Severity.ERROR,
        summary = "An avoid rendering of a glossary term (or the other script's rendering) is used instead of the preferred one.",
        details = "An `avoid` rendering (规模定律, 深言科技 for DeepSeek), or a Han rendering only the other Chinese variant accepts, in prose or in the front matter `title:`. Han text has no spaces: characters that straddle two words by ICU's dictionary (內存 in 國內存在, \"exists domestically\"; 命令行 in 命令行動) are not the term where the aligned English block has no such term either. An avoided rendering quoted on its own where the aligned English block cites Han text too is the word discussed, not used (「視頻」 in a post on how the regions write); one used as a verb where the English block lacks the term (默認了這種做法, \"tacitly accepted the practice\") is another sense, and so are a name kept in Latin letters translated where the English does not name it (深言科技 for DeepLang AI), the other region's rendering in hans where the English lacks the term (影片, \"a film\"), a registered company name (杭州深度求索…有限公司) and Han text the English quotes as written.",
        fix = "the preferred rendering, where the aligned English block has the term (or the post has no English): Han text has no spaces, and 內存 in 國內存在 (\"exists domestically\") is two words",
        examples = {"hans 规模定律 where the glossary lists it under avoid and prefers 规模法则"})
public final class TermForbiddenRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            for (TermMatch m : post.terms().everywhere(v)) {
                if (m.kind() == TermMatch.Kind.FOREIGN && wrongScript(m.found())) continue;
                if (m.kind() != TermMatch.Kind.AVOID && m.kind() != TermMatch.Kind.FOREIGN) continue;
                // Han text has no spaces, so an avoid rendering may be two words' characters (內存 in
                // 國內存在, "exists domestically"; 命令行 in 命令行動, "act on orders"): where the
                // characters straddle words and the aligned English block has no such term, it is not the term.
                boolean chinese = v.lang().isChinese();
                boolean noEnglish = chinese && englishLacks(post, v, m);
                // ... or where the same block renders the term the accepted way elsewhere (緩衝區內存放 … 記憶體)
                if ((noEnglish || chinese && rendersElsewhere(post, v, m)) && ChineseWords.straddles(v.doc().text(), m.start(), m.end())) continue;
                // 默認了這種做法 ("tacitly accepted") where the English has no "default": a word the
                // glossary lists as a thing, used as a verb (了 and the rest of the clause after it)
                if (noEnglish && usedAsVerb(v.doc().text(), m.end())) continue;
                // hans 影片 ("a film") where the English has no "video": Taiwan's rendering, not on the
                // avoid list, is a mainland word in another sense. (Not the other way: a mainland word
                // in converted hant, 命令行, is the slip this rule is for.)
                if (noEnglish && m.kind() == TermMatch.Kind.FOREIGN && v.lang() == Lang.HANS) continue;
                // a name kept in Latin letters, translated where the English does not name it: another
                // company's name (深言科技 for DeepLang AI), not the brand translated
                if (noEnglish && m.term().isKeep()) continue;
                // 杭州深度求索人工智能基础技术研究有限公司: a registered legal name is written as registered
                if (chinese && inRegisteredName(v.doc().text(), m.end())) continue;
                // Han text the English quotes as written (「端口」 in an English title on the word) is cited
                if (chinese && CitedWords.quotedByEnglish(post, v.lang(), m.start(), m.found())) continue;
                // 「視頻」 quoted where the English cites 视频 too: the word is discussed, not used
                if (chinese && CitedWords.cited(post, v.lang(), m.start(), m.end())) continue;
                String preferred = m.term().preferred(v.lang());
                var f = post.at(this, v.lang(), m.start(), m.end()).term(m.term().id()).found(m.found())
                        .message((m.kind() == TermMatch.Kind.AVOID ? "avoid '" + m.found() + "'"
                                : "'" + m.found() + "' is not the " + v.lang().key() + " rendering")
                                + (preferred != null ? "; use '" + preferred + "'" : "") + " [term " + m.term().id() + "]");
                if (preferred != null) f.expected(preferred);
                // Where the English block lacks the term, the rendering may still be another sense of
                // the word or two words ICU's dictionary does not know: the fix is offered where the
                // aligned English block has the term, or where there is none to ask.
                if (preferred != null && !noEnglish) f.fix(preferred);
                out.add(f.build());
            }
        }
    }

    /**
     * Whether the word ending at {@code end} is followed by the aspect particle 了 and more of its
     * clause (默認了這種做法): a verb, not the thing the glossary names. Not 了解 or 了結 (words of
     * their own), nor 了 closing a clause or followed by a sentence particle (沒有內存了嗎).
     */
    /**
     * Whether the match is part of a company's registered name: Han characters only, up to
     * 有限公司 within a short distance (杭州深度求索人工智能基础技术研究有限公司).
     */
    static boolean inRegisteredName(String text, int end) {
        int k = end;
        while (k < text.length() && k - end < 24 && dev.concord.script.ScriptChars.isHan(text.charAt(k))) {
            if (text.startsWith("有限公司", k) || text.startsWith("有限責任公司", k) || text.startsWith("有限责任公司", k)) return true;
            k++;
        }
        return false;
    }

    static boolean usedAsVerb(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != '了') return false;
        char next = text.charAt(end + 1);
        return dev.concord.script.ScriptChars.isHan(next) && "解結结嗎吗吧呢啊呀".indexOf(next) < 0;
    }

    /** Whether the English block aligned with the match's block exists and holds no form of the term. */
    static boolean englishLacks(PostContext post, Variant v, TermMatch m) {
        if (post.variant(Lang.EN) == null) return false;
        for (Row row : post.rows()) {
            Block b = row.blocks().get(v.lang());
            if (b == null || m.start() < b.span().start() || m.start() >= b.span().end()) continue;
            Block en = row.blocks().get(Lang.EN);
            if (en == null) return false;
            String text = post.variant(Lang.EN).doc().text();
            for (TermMatch e : post.terms().in(Lang.EN, text, en)) if (e.term().id().equals(m.term().id())) return false;
            return true;
        }
        return false;
    }

    /** Whether the block of the match also holds an accepted rendering of its term. */
    private static boolean rendersElsewhere(PostContext post, Variant v, TermMatch m) {
        String text = v.doc().text();
        for (Block b : v.doc().blocks()) {
            if (m.start() < b.span().start() || m.start() >= b.span().end()) continue;
            for (TermMatch o : post.terms().in(v.lang(), text, b)) {
                if (o.kind() == TermMatch.Kind.ACCEPTED && o.term().id().equals(m.term().id())) return true;
            }
            return false;
        }
        return false;
    }

    private static boolean wrongScript(String s) {
        return ScriptChars.indexOfSimplifiedOnly(s, 0, s.length()) >= 0 || ScriptChars.indexOfTraditionalOnly(s, 0, s.length()) >= 0;
    }
}
