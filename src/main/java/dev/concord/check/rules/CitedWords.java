package dev.concord.check.rules;

import dev.concord.align.Row;
import dev.concord.check.PostContext;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.script.ScriptChars;

/**
 * A word cited as a word: a post about how the regions write ("software is 软件 in the mainland
 * but 軟體 in Taiwan") quotes the other script's words on purpose. Such a citation is a short run
 * of Han text standing alone in quotation marks (with the Latin letters of its label: “USB 调试”),
 * in a block whose aligned English block quotes Han text too (English holds Han characters only to cite them). Script and glossary rules leave it.
 */
final class CitedWords {
    /** The longest quoted run read as a word rather than a quoted sentence. */
    private static final int LONGEST_WORD = 8;
    private static final String OPENING = "「『“‘\"'《";
    private static final String CLOSING = "」』”’\"'》";

    /** How many Latin letters, digits and spaces a cited label may hold beside its Han word. */
    private static final int LATIN_AROUND = 12;

    private CitedWords() {}

    /**
     * Whether the aligned English block holds the same Han text: the English quotes the message, the
     * label or the word as written (an error dialog's 系统繁忙, a UI button 上传 in a simplified-only
     * app), so a Chinese variant quoting it as written is no slip.
     */
    static boolean quotedByEnglish(PostContext post, Lang lang, int from, String run) {
        if (!lang.isChinese() || run.length() < 2 || post.variant(Lang.EN) == null) return false;
        for (Row row : post.rows()) {
            Block b = row.blocks().get(lang);
            if (b == null || from < b.span().start() || from >= b.span().end()) continue;
            Block en = row.blocks().get(Lang.EN);
            if (en == null) return false;
            String english = post.variant(Lang.EN).doc().text().substring(en.span().start(), en.span().end());
            if (english.contains(run)) return true;
            // a name the English quotes inside a longer run of this variant's own words
            // (的註冊名稱是杭州深度求索人工智能基础技术研究有限公司): the English's Han text that holds
            // every character of the run foreign to this variant
            java.util.regex.Matcher han = HAN_RUN.matcher(english);
            while (han.find()) {
                String quoted = han.group();
                int at = run.indexOf(quoted);
                if (quoted.length() >= 4 && at >= 0 && foreignOnlyWithin(run, at, at + quoted.length(), lang)) return true;
            }
            return false;
        }
        return false;
    }

    private static final java.util.regex.Pattern HAN_RUN = java.util.regex.Pattern.compile("\\p{IsHan}+");

    /** Whether every character of {@code run} foreign to the variant lies in [from, to). */
    private static boolean foreignOnlyWithin(String run, int from, int to, Lang lang) {
        for (int k = 0; k < run.length(); ) {
            int cp = run.codePointAt(k);
            if ((k < from || k >= to) && ScriptMixedRule.foreign(cp, lang)) return false;
            k += Character.charCount(cp);
        }
        return true;
    }

    private static boolean latinInLabel(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '.');
    }

    /** Whether the variant's text[from, to) is a cited word. */
    static boolean cited(PostContext post, Lang lang, int from, int to) {
        if (!lang.isChinese() || to - from > LONGEST_WORD || from == 0 || to >= post.variant(lang).doc().text().length()) return false;
        String text = post.variant(lang).doc().text();
        // a label that starts or ends in Latin letters is cited whole: “USB 调试”, 「Wi-Fi 設定」
        int start = from, end = to;
        while (start > 0 && from - start < LATIN_AROUND && latinInLabel(text.charAt(start - 1))) start--;
        while (end < text.length() && end - to < LATIN_AROUND && latinInLabel(text.charAt(end))) end++;
        if (start == 0 || end >= text.length()) return false;
        int open = OPENING.indexOf(text.charAt(start - 1)), close = CLOSING.indexOf(text.charAt(end));
        if (open < 0 || close < 0) return false;
        if (post.variant(Lang.EN) == null) return false;
        for (Row row : post.rows()) {
            Block b = row.blocks().get(lang);
            if (b == null || from < b.span().start() || from >= b.span().end()) continue;
            Block en = row.blocks().get(Lang.EN);
            if (en == null) return false;
            String enText = post.variant(Lang.EN).doc().text();
            return ScriptChars.hanCount(enText.substring(en.span().start(), en.span().end())) > 0;
        }
        return false;
    }
}
