package dev.concord.check.rules;

import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.model.Span;
import dev.concord.script.Repertoire;
import dev.concord.script.ScriptChars;
import java.util.List;

/**
 * Simplified-only characters in hant prose, or traditional-only characters in hans prose.
 * Characters shared by both scripts (干, 里, 后…) never count, nor do characters of the variant's
 * own standard repertoire ({@link Repertoire}: 昇 is in the 通用规范汉字表, so 昇腾 is hans even
 * though a conversion table maps 昇 to 升). One finding per run of Han text that
 * holds such characters; the fix converts that whole run, so the converter sees the word around
 * the character (发 → 發 or 髮 depends on it).
 */
@RuleInfo(id = "script-mixed", severity = Severity.ERROR,
        summary = "A hant file's prose contains simplified-only characters, or a hans file's prose traditional-only characters.",
        details = "Simplified-only characters in hant prose, traditional-only characters in hans prose, and either in the front matter's `title:` unless the English title quotes that Han text as written (characters of both scripts — 干 里 后 旗 — never count). A short run quoted on its own in a block whose English quotes Han text too is a word cited as a word (「软件」 in a hant sentence on how the mainland writes it, or a label with its Latin letters: 「USB 调试」), Han text the aligned English block quotes as written (an error message, a label of a simplified-only app), and an account's @handle (@共青团中央), is not a slip.",
        fix = "the run converted to the variant's script",
        examples = {"hant prose 這个模型 (个 is simplified only)"})
public final class ScriptMixedRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            if (!v.lang().isChinese()) continue;
            boolean hant = v.lang() == Lang.HANT;
            String text = v.doc().text();
            List<Span> spans = new java.util.ArrayList<>();
            // the front matter's title is prose a reader sees first (终端連結 in a hant title)
            Span titleSpan = titleValue(v);
            if (titleSpan != null) spans.add(titleSpan);
            String englishTitle = englishTitle(post);
            for (Block b : v.doc().blocks()) spans.addAll(b.prose());
            for (Span s : spans) {
                int i = s.start();
                while (i < s.end()) {
                    int bad = indexOfForeign(text, i, s.end(), v.lang());
                    if (bad < 0) break;
                    int from = bad, to = bad;
                    while (from > s.start() && ScriptChars.isHan(text.codePointBefore(from))) from -= Character.charCount(text.codePointBefore(from));
                    while (to < s.end() && ScriptChars.isHan(text.codePointAt(to))) to += Character.charCount(text.codePointAt(to));
                    String run = text.substring(from, to);
                    boolean inTitle = s == titleSpan;
                    if (from > 0 && text.charAt(from - 1) == '@') {
                        i = to; // @共青团中央: an account's handle, written as registered
                        continue;
                    }
                    if (inTitle ? englishTitle != null && englishTitle.contains(run)
                            : CitedWords.cited(post, v.lang(), from, to) || CitedWords.quotedByEnglish(post, v.lang(), from, run)) {
                        i = to; // 「软件」 in a hant sentence about how the mainland writes it
                        continue;
                    }
                    String chars = wrongChars(run, v.lang());
                    var f = post.at(this, v.lang(), from, to).found(run)
                            .message((hant ? "simplified" : "traditional") + " character" + (chars.codePointCount(0, chars.length()) > 1 ? "s " : " ")
                                    + chars + " in " + v.lang().key() + (inTitle ? " title" : " prose") + ": '" + run + "'");
                    if (post.scriptFixes() != null) {
                        String fixed = post.scriptFixes().convert(run, v.lang());
                        if (!fixed.equals(run)) f.expected(fixed).fix(fixed);
                    }
                    out.add(f.build());
                    i = to;
                }
            }
        }
    }

    /** The English variant's title, where a title quoting Han text as written ("网络连接失败") cites it; or null. */
    private static String englishTitle(PostContext post) {
        Variant en = post.variant(Lang.EN);
        Span t = en == null ? null : titleValue(en);
        return t == null ? null : en.doc().text().substring(t.start(), t.end());
    }

    /** Where the front matter's {@code title:} value stands in the variant's text, or null. */
    private static Span titleValue(Variant v) {
        var fm = v.doc().frontMatter();
        var title = fm == null || !fm.present() || fm.fields() == null ? null : fm.fields().get("title");
        return title == null || title.valueSpan() == null ? null : new Span(title.valueSpan().start(), title.valueSpan().end());
    }

    /** Of the other script only, and not in this variant's repertoire. */
    static boolean foreign(int cp, Lang lang) {
        boolean other = lang == Lang.HANT ? ScriptChars.isSimplifiedOnly(cp) : ScriptChars.isTraditionalOnly(cp);
        return other && !Repertoire.contains(lang, cp);
    }

    private static int indexOfForeign(String text, int from, int to, Lang lang) {
        for (int i = from; i < to; ) {
            int bad = lang == Lang.HANT ? ScriptChars.indexOfSimplifiedOnly(text, i, to) : ScriptChars.indexOfTraditionalOnly(text, i, to);
            if (bad < 0) return -1;
            int cp = text.codePointAt(bad);
            if (!Repertoire.contains(lang, cp)) return bad;
            i = bad + Character.charCount(cp);
        }
        return -1;
    }

    private static String wrongChars(String run, Lang lang) {
        StringBuilder sb = new StringBuilder();
        run.codePoints().filter(cp -> foreign(cp, lang)).distinct().forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
