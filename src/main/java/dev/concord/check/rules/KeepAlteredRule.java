package dev.concord.check.rules;

import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.glossary.TermMatch;
import dev.concord.model.Lang;
import java.util.List;

/**
 * A keep term written another way: case, spacing or hyphenation ({@code Yi-lightning},
 * {@code Yi Lightning}). Translations of a keep term are the glossary's {@code avoid} entries
 * (term-forbidden). Inside code the lowercase form is legitimate (a model id), and code is not prose.
 */
@RuleInfo(id = "keep-altered", severity = Severity.ERROR,
        summary = "A keep term appears altered: other case, spacing or hyphenation (Yi-lightning, Yi Lightning).",
        details = "A keep term in another case, spacing or hyphenation: `Yi-lightning`, `Yi Lightning`. Inside code the lowercase model id is fine, and so is, in any prose, the name written as one token all in lower case: the ordinary word (\"a meta discussion\" for the keep term Meta), or the command, package or tag the product is called by (the ffmpeg command, the openai package, yi-lightning as a model id), and a name joined to an identifier by an underscore (OPENAI_API_KEY); in capitals, a ticker after its exchange (NASDAQ: META), in brackets after the name (Meta Platforms (META)) or before shares (META shares), and a name joined to more capitals (META-INF).",
        examples = {"Yi Lightning or yi-lightning for the keep term Yi-Lightning"})
public final class KeepAlteredRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            String text = v.doc().text();
            for (TermMatch m : post.terms().everywhere(v)) {
                if (m.kind() != TermMatch.Kind.KEEP_ALTERED) continue;
                if (inIdentifier(text, m)) continue;
                if (inCitedTitle(post, v.lang(), text, m)) continue;
                if (inQuotation(text, m)) continue;
                out.add(post.at(this, v.lang(), m.start(), m.end()).term(m.term().id()).found(m.found())
                        .expected(m.term().keep())
                        .message("'" + m.found() + "' is an altered form of the keep term '" + m.term().keep() + "'")
                        .build());
            }
        }
    }

    /**
     * A lowercase form that is part of a file name, path or package name outside code
     * (real post: the link text {@code [ghostty-shortcuts.md](…)}): the name of a thing, not prose.
     * A token counts as an identifier when it continues past the term with {@code . / _} or
     * {@code -} followed by a letter or digit ("Yi-lightning." at a sentence end is still prose).
     * In capitals: a ticker after its exchange (NASDAQ: META), in brackets after the name (Meta
     * Platforms (META)) or before shares or stock (META shares, META 股價), a name joined to more capitals
     * (META-INF, a folder of every Java archive).
     */
    private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile(
            "(?:NASDAQ|NYSE|HKEX|SEHK|TWSE|ticker|股票代碼|股票代码)[:：]?\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    static boolean inIdentifier(String text, TermMatch m) {
        int s = m.start(), e = m.end();
        // OPENAI_API_KEY: an underscore joins an identifier (an environment variable) in any case
        if ((s >= 1 && text.charAt(s - 1) == '_') || (e < text.length() && text.charAt(e) == '_')) return true;
        boolean upper = m.found().equals(m.found().toUpperCase(java.util.Locale.ROOT));
        // NASDAQ: META, (NYSE: BABA): a ticker symbol is the company's, written as the exchange lists it
        if (upper && TICKER.matcher(text.substring(Math.max(0, s - 12), s)).find()) return true;
        // Meta Platforms (META), META shares: the ticker in brackets after the name, or before shares or stock
        if (upper && s >= 1 && e < text.length() && "(（".indexOf(text.charAt(s - 1)) >= 0 && ")）".indexOf(text.charAt(e)) >= 0) return true;
        if (upper && (text.startsWith(" shares", e) || text.startsWith(" stock", e) || text.startsWith("股", e) || text.startsWith(" 股", e))) return true;
        // META-INF, the folder of a Java archive: capitals joined to more capitals or digits
        if (upper && e + 1 < text.length() && "-_./".indexOf(text.charAt(e)) >= 0
                && (Character.isUpperCase(text.charAt(e + 1)) || Character.isDigit(text.charAt(e + 1)))) return true;
        if (!m.found().equals(m.found().toLowerCase(java.util.Locale.ROOT))) return false;
        boolean before = s >= 2 && ".-/_".indexOf(text.charAt(s - 1)) >= 0 && Character.isLetterOrDigit(text.charAt(s - 2));
        boolean after = e + 1 < text.length() && ".-/_".indexOf(text.charAt(e)) >= 0 && Character.isLetterOrDigit(text.charAt(e + 1));
        return before || after;
    }

    /**
     * The altered form is cited, not written: inside title marks 《…》 (the name of a work:
     * 《android 使用ffmpeg》), or inside quotation marks around text with no Han character (an English
     * title or a word quoted as a string: “android usage of ffmpeg”, "java"). A Chinese quotation
     * (「為中國帶來 Chatgpt 時刻」) is the writer's own rendering and is still checked.
     */
    static boolean inQuotation(String text, TermMatch m) {
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        if (lineEnd < 0) lineEnd = text.length();
        String line = text.substring(lineStart, lineEnd);
        int s = m.start() - lineStart, e = m.end() - lineStart;
        String[][] pairs = {{"《", "》"}, {"“", "”"}, {"「", "」"}, {"『", "』"}, {"‘", "’"}, {"\"", "\""}};
        for (String[] q : pairs) {
            int open, close;
            if (q[0].equals(q[1])) { // straight quotes: inside when an odd number precede on the line
                int n = 0;
                for (int k = 0; k < s; k++) if (line.charAt(k) == '"') n++;
                if (n % 2 == 0) continue;
                open = line.lastIndexOf('"', s - 1);
                close = line.indexOf('"', e);
            } else {
                open = line.lastIndexOf(q[0], s - 1);
                if (open < 0 || line.lastIndexOf(q[1], s - 1) > open) continue;
                close = line.indexOf(q[1], e);
            }
            if (open < 0 || close < 0) continue;
            if (q[0].equals("《") || !dev.concord.script.ScriptChars.hasHan(line.substring(open + 1, close))) return true;
        }
        return false;
    }

    /**
     * The altered form sits in a link text that another variant repeats verbatim: the title of a
     * cited page, which must be quoted as its author wrote it (real post: "[Interview with Deepseek
     * Founder: …](…)" in en and hant). A slip made while translating is never in two variants' link texts.
     */
    private static boolean inCitedTitle(PostContext post, Lang lang, String text, TermMatch m) {
        int open = text.lastIndexOf('[', m.start());
        int close = text.indexOf("](", m.end());
        if (open < 0 || close < 0) return false;
        int nl = text.indexOf('\n', open);
        if (nl >= 0 && nl < close) return false;
        if (text.lastIndexOf(']', m.start()) > open) return false;
        String linkText = text.substring(open, close + 2);
        for (Lang other : post.variants().keySet()) {
            if (other != lang && post.variant(other).doc().text().contains(linkText)) return true;
        }
        return false;
    }
}
