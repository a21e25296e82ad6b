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
import dev.concord.markdown.BlockKind;
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
        details = "An `avoid` rendering (规模定律, 深言科技 for DeepSeek), or a Han rendering only the other Chinese variant accepts, in prose or in the front matter `title:`. Han text has no spaces: characters that straddle two words by ICU's dictionary (內存 in 國內存在, \"exists domestically\"; 命令行 in 命令行動) are not the term where the aligned English block has no such term either. An avoided rendering quoted on its own where the aligned English block cites Han text too is the word discussed, not used (「視頻」 in a post on how the regions write); one used as a verb where the English block lacks the term (默認了這種做法, \"tacitly accepted the practice\") is another sense, and so are a name kept in Latin letters translated where the English does not name it (深言科技 for DeepLang AI), the other region's rendering in hans where the English lacks the term (影片, \"a film\"), a registered company name (杭州深度求索…有限公司), a product named with a name the glossary holds (騰訊視頻 where the English writes \"Tencent Video\" mid-sentence, 微信視頻號 for \"WeChat Channels\"; then everywhere in the post, titles and tables too) and Han text the English quotes as written.",
        fix = "the preferred rendering, where the aligned English block has the term (or the post has no English): Han text has no spaces, and 內存 in 國內存在 (\"exists domestically\") is two words",
        examples = {"hans 规模定律 where the glossary lists it under avoid and prefers 规模法则"})
public final class TermForbiddenRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            List<TermMatch> matches = post.terms().everywhere(v);
            java.util.Set<String> names = v.lang().isChinese() ? productNames(post, v, matches) : java.util.Set.of();
            for (int i = 0; i < matches.size(); i++) {
                TermMatch m = matches.get(i);
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
                // 騰訊視頻 for "Tencent Video", 微信視頻號 for "WeChat Channels": a product's name, composed
                // of a name the glossary holds and the word, is written as the company writes it, all
                // through the post (a title, a table's cell, 視頻號 alone)
                if (chinese && inName(v.doc().text(), m, names)) continue;
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

    /**
     * Whether the word ending at {@code end} is followed by the aspect particle 了 and more of its
     * clause (默認了這種做法): a verb, not the thing the glossary names. Not 了解 or 了結 (words of
     * their own), nor 了 closing a clause or followed by a sentence particle (沒有內存了嗎).
     */
    static boolean usedAsVerb(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != '了') return false;
        char next = text.charAt(end + 1);
        return dev.concord.script.ScriptChars.isHan(next) && "解結结嗎吗吧呢啊呀".indexOf(next) < 0;
    }

    /**
     * Whether the match follows another term's accepted rendering with nothing between them (騰訊視頻)
     * where the aligned English block writes the two as one capitalised name, the other term's
     * rendering then this one's with a capital ("Tencent Video"): the name of a product, which
     * keeps the company's own wording ("Tencent videos" is the word, and reported).
     */
    static boolean inComposedName(PostContext post, Variant v, TermMatch before, TermMatch m) {
        if (before.kind() != TermMatch.Kind.ACCEPTED || before.term().id().equals(m.term().id())) return false;
        String text = v.doc().text();
        if (!adjacent(text, before, m)) return false;
        Block en = englishBlock(post, v, m);
        if (en == null) return false;
        String enText = post.variant(Lang.EN).doc().text();
        List<TermMatch> es = post.terms().in(Lang.EN, enText, en);
        for (int k = 1; k < es.size(); k++) {
            TermMatch first = es.get(k - 1), second = es.get(k);
            if (!first.term().id().equals(before.term().id()) || !second.term().id().equals(m.term().id())) continue;
            if (Character.isUpperCase(second.found().charAt(0)) && enText.substring(first.end(), second.start()).equals(" ")) {
                return en.kind() != BlockKind.HEADING && !titleCase(enText, en, first.start(), second.end());
            }
        }
        return false;
    }

    /**
     * Whether the prose of an English block capitalises its other words as a title does ("the Tencent
     * Video Link"): there a capital says nothing of a name. Words of four letters or more count, but
     * a block's first and those inside [skipFrom, skipTo); title case where most of them are
     * capitalised.
     */
    static boolean titleCase(String text, Block block, int skipFrom, int skipTo) {
        int words = 0, capitalised = 0;
        boolean first = true;
        // a table's cell is a label of its own: only its words count
        int cellFrom = 0, cellTo = text.length();
        if (block.kind() == BlockKind.TABLE_ROW) {
            cellFrom = text.lastIndexOf('|', skipFrom) + 1;
            int bar = text.indexOf('|', skipTo);
            cellTo = bar < 0 ? text.length() : bar;
        }
        for (dev.concord.model.Span p : block.prose()) {
            int i = Math.max(p.start(), cellFrom);
            int pEnd = Math.min(p.end(), cellTo);
            while (i < pEnd) {
                if (!Character.isLetter(text.charAt(i))) { i++; continue; }
                int j = i;
                while (j < pEnd && Character.isLetter(text.charAt(j))) j++;
                if (!first && j - i >= 4 && (j <= skipFrom || i >= skipTo)) {
                    words++;
                    if (Character.isUpperCase(text.charAt(i))) capitalised++;
                }
                first = false;
                i = j;
            }
        }
        return words > 0 && 2 * capitalised > words;
    }

    /**
     * The post's product names in this variant that hold an avoided or other-region word: a name
     * the glossary holds and the word, where the aligned English writes them as one capitalised name
     * (騰訊視頻, "Tencent Video"), or where the English lacks the word and names the product by the
     * glossary's name and a capitalised word (微信視頻號, "WeChat Channels"; then 視頻號 alone too).
     */
    static java.util.Set<String> productNames(PostContext post, Variant v, List<TermMatch> matches) {
        java.util.Set<String> names = new java.util.HashSet<>();
        String text = v.doc().text();
        for (int i = 1; i < matches.size(); i++) {
            TermMatch m = matches.get(i), before = matches.get(i - 1);
            if (m.kind() != TermMatch.Kind.AVOID && m.kind() != TermMatch.Kind.FOREIGN) continue;
            if (inComposedName(post, v, before, m)) {
                names.add(text.substring(before.start(), m.end()));
            } else if (adjacent(text, before, m) && before.kind() == TermMatch.Kind.ACCEPTED && m.end() < text.length()
                    && ScriptChars.isHan(text.charAt(m.end())) && englishLacks(post, v, m) && namesLongerProduct(post, v, m, before)) {
                names.add(text.substring(before.start(), m.end() + 1));
                names.add(text.substring(m.start(), m.end() + 1));
            }
        }
        return names;
    }

    /** Whether the match stands inside one of the names. */
    private static boolean inName(String text, TermMatch m, java.util.Set<String> names) {
        for (String name : names) {
            int at = name.indexOf(m.found());
            if (at >= 0 && m.start() - at >= 0 && text.startsWith(name, m.start() - at)) return true;
        }
        return false;
    }

    private static boolean adjacent(String text, TermMatch before, TermMatch m) {
        return before.end() <= m.start() && m.start() - before.end() <= 1 && text.substring(before.end(), m.start()).isBlank();
    }

    /** Whether the aligned English block writes the other term's name followed by another capitalised word (WeChat Channels). */
    private static boolean namesLongerProduct(PostContext post, Variant v, TermMatch m, TermMatch before) {
        Block en = englishBlock(post, v, m);
        if (en == null) return false;
        String enText = post.variant(Lang.EN).doc().text();
        for (TermMatch e : post.terms().in(Lang.EN, enText, en)) {
            if (!e.term().id().equals(before.term().id()) || !Character.isUpperCase(e.found().charAt(0))) continue;
            int k = e.end();
            if (k + 2 < enText.length() && enText.charAt(k) == ' ' && Character.isUpperCase(enText.charAt(k + 1))
                    && Character.isLowerCase(enText.charAt(k + 2))) return true;
        }
        return false;
    }

    /** The English block aligned with the match's block, or null. */
    private static Block englishBlock(PostContext post, Variant v, TermMatch m) {
        if (post.variant(Lang.EN) == null) return null;
        for (Row row : post.rows()) {
            Block b = row.blocks().get(v.lang());
            if (b == null || m.start() < b.span().start() || m.start() >= b.span().end()) continue;
            return row.blocks().get(Lang.EN);
        }
        return null;
    }

    /** Whether the English block aligned with the match's block exists and holds no form of the term. */
    static boolean englishLacks(PostContext post, Variant v, TermMatch m) {
        Block en = englishBlock(post, v, m);
        if (en == null) return false;
        String text = post.variant(Lang.EN).doc().text();
        for (TermMatch e : post.terms().in(Lang.EN, text, en)) if (e.term().id().equals(m.term().id())) return false;
        return true;
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
