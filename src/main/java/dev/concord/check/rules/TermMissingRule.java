package dev.concord.check.rules;

import dev.concord.script.ChineseWords;
import dev.concord.script.ScriptChars;
import dev.concord.align.Row;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.SourceVariant;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.glossary.TermMatcher;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A glossary term occurs in one variant's block but none of its accepted renderings occurs in the
 * aligned block of another variant. Reported on the variant that lacks it, at its block, with the
 * occurrence in the other variant as related location. A variant that uses an avoid rendering or
 * an altered keep form is left to term-forbidden / keep-altered (one defect, one finding).
 */
@RuleInfo(id = "term-missing", severity = Severity.ERROR,
        summary = "A glossary term in one variant's block has none of its accepted renderings in the aligned block of another variant.",
        details = "A glossary term occurs in one variant's block, and none of its accepted renderings in the aligned block of another variant. Reported on the variant that lacks it, at the block, with the occurrence as related location. With three variants, a term only one of them has is taken as added there and not reported (the source's is reported as dropped by both, unless it is an everyday word the glossary writes in lower case, which both translations rendering another way is another sense of, or a name whose capital says nothing: at the start of a sentence or heading, in lower case, or inside a longer name); a Chinese rendering of such an everyday word counts only where the aligned English block has the word too (Chinese matches it inside other words, 一堆 for 堆, and its words have more senses, 推理 for inference); a name's usual short form (北大 for 北京大学, 清华 for 清华大学, 阿里 for 阿里巴巴; MIT, Tsinghua), an English surname after the full name, and English words kept in a Chinese block (UI labels, cited titles), count as renderings. A Chinese match whose characters straddle two words (命令列 in 命令列表) is not the term where English has no such term either. Nor is a Chinese match that is part of a word Taiwan and the mainland write differently, where the other Chinese variant has that word's other form (扩展 in 扩展名 where hant has 副檔名, a file extension; 記憶體 for 視訊記憶體 where hans has 显存): OpenCC's Taiwan-phrase table says which. A one-word term's verb form (\"projected\" for \"project\") counts only where another variant has the term too: alone, it is more often another word. A name heading a longer name (WeChat Channels = 视频号) that both translations render whole, an everyday word whose other Chinese match straddles two words (記憶體 in 記憶體現), hans writing hant's rendering in its own script (游标 for 游標, a database cursor), and a Chinese variant writing another compound with the head of an everyday word's rendering where the other has the glossary's (接口 or USB-C 口 for a hardware port where hant writes 連接埠 for both senses; Taiwan's 快速鍵 for 快捷鍵; not a word the glossary gives another term), or the first half of a four-character rendering alone (擴充 for 擴充功能: GNU 擴充, 擴充函式) are other senses, not drops. A Chinese name that holds the term's rendering (企业微信, WeCom, holds 微信) renders it.",
        examples = {"en \"scaling law\" where the aligned hans block has none of the renderings of the term"})
public final class TermMissingRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        Map<Lang, String> docText = new EnumMap<>(Lang.class);
        post.variants().forEach((l, v) -> docText.put(l, v.doc().text()));
        Lang source = SourceVariant.of(post);
        for (Row row : post.rows()) {
            if (row.size() < 2) continue;
            Map<Lang, Map<String, TermMatch>> accepted = new EnumMap<>(Lang.class);
            Map<Lang, Map<String, TermMatch>> touched = new EnumMap<>(Lang.class); // any occurrence, even wrong
            row.blocks().forEach((lang, b) -> {
                Map<String, TermMatch> acc = new LinkedHashMap<>(), any = new LinkedHashMap<>();
                for (TermMatch m : post.terms().in(lang, docText.get(lang), b)) {
                    any.putIfAbsent(m.term().id(), m);
                    if (m.kind() == TermMatch.Kind.ACCEPTED) acc.putIfAbsent(m.term().id(), m);
                }
                accepted.put(lang, acc);
                touched.put(lang, any);
            });
            if (row.blocks().containsKey(Lang.HANS) && row.blocks().containsKey(Lang.HANT)) {
                dropRegionalCompounds(post, row, Lang.HANS, Lang.HANT, accepted, touched);
                dropRegionalCompounds(post, row, Lang.HANT, Lang.HANS, accepted, touched);
            }
            Set<String> reported = new HashSet<>();
            for (var e : row.blocks().entrySet()) {
                Lang lang = e.getKey();
                Block block = e.getValue();
                String prose = PostContext.proseText(post.variant(lang).doc().source(), block);
                for (var other : accepted.entrySet()) {
                    if (other.getKey() == lang) continue;
                    for (TermMatch m : other.getValue().values()) {
                        Term t = m.term();
                        if (touched.get(lang).containsKey(t.id())) continue;
                        if (t.accepted(lang).isEmpty()) continue; // the term has no rendering in this variant
                        if (!reported.add(lang.key() + "/" + t.id())) continue; // one finding per variant and term
                        // Two variants that agree outvote the third: when only one variant of three has
                        // the term, it added it (real post: hans renders "keybinding" as 快捷键 where en and
                        // hant have no "shortcut"), the other two did not drop it.
                        // The variant the post was written in is never outvoted: when only the source has
                        // the term, both translations dropped it; when only the source lacks it, the two
                        // translations added it (a word the translators found natural), nothing was lost.
                        if (row.size() == 3 && holders(touched, t.id()) == 1 && (source == null || other.getKey() != source)) continue;
                        if (row.size() == 3 && lang == source && holders(touched, t.id()) == 2) continue;
                        // A one-word term's verb form ("projected" for "project", "coding" for "code")
                        // is often another word, translated as one (预计, 编程): alone, it is no
                        // evidence that the term was dropped; another variant holding the term is.
                        if (holders(touched, t.id()) == 1
                                && TermMatcher.verbFormOfAWord(m.found(), t.accepted(other.getKey()))) continue;
                        // An everyday word (client, port, shortcut) that both translations render another
                        // way is more often another sense of it (a firm's client is 客户, not 客户端) than a
                        // term both dropped, even from the source; a name or a phrase both drop is a loss.
                        if (row.size() == 3 && holders(touched, t.id()) == 1 && other.getKey() == Lang.EN
                                && everydayWord(m.found(), t) && !carriedAnywhere(post, row, t)) continue;
                        // So is a name that is also a word (Outlook, Eclipse, Congress, Constitution) where
                        // its capital says nothing: at the start of a sentence or heading ("Zoom in on the
                        // chart"), written in lower case ("a strong constitution"), or inside a longer name
                        // ("the National People's Congress" is 全国人大, not 国会).
                        if (row.size() == 3 && holders(touched, t.id()) == 1 && other.getKey() == Lang.EN
                                && capitalSaysNothing(m, docText.get(Lang.EN), t) && !carriedAnywhere(post, row, t)) continue;
                        // The other way round: Chinese matches an everyday word's rendering as a substring of
                        // other words (一堆 holds 堆, 静默认证 holds 默认) and its words have more senses than
                        // the glossary's English (推理 is inference too, 代理 an agent, 基准 a baseline). Where
                        // the aligned English block has no such word, a Chinese match is no evidence of it.
                        if (other.getKey().isChinese() && everydayTerm(t) && row.blocks().containsKey(Lang.EN)
                                && !touched.get(Lang.EN).containsKey(t.id())) continue;
                        // ...and so is a name that heads a longer name ("WeChat Channels" is 视频号, "Tencent
                        // Meeting" 腾讯会议): the translations render the whole name, which may not hold the brand.
                        if (row.size() == 3 && holders(touched, t.id()) == 1 && other.getKey() == Lang.EN
                                && headsLongerName(m, docText.get(Lang.EN)) && !carriedAnywhere(post, row, t)) continue;
                        // A Chinese match of an everyday word that straddles two words (記憶體 in 記憶體現, "the
                        // memory shows") is no evidence either: with English alone holding the word, both
                        // translations render it another way.
                        if (row.size() == 3 && lang.isChinese() && everydayTerm(t) && holders(touched, t.id()) == 2
                                && touched.get(Lang.EN).containsKey(t.id()) && straddlesInOtherChinese(lang, t, touched, docText)
                                && everydayWord(touched.get(Lang.EN).get(t.id()).found(), t) && !carriedAnywhere(post, row, t)) continue;
                        // hans writing hant's word in its own script (游标 for 游標, a database cursor, where the
                        // glossary's 光标 is the text cursor) renders the term as hant does, in another sense
                        if (lang == Lang.HANS && touched.get(Lang.HANT) != null && touched.get(Lang.HANT).containsKey(t.id())
                                && prose.contains(post.toHans(touched.get(Lang.HANT).get(t.id()).found()))) continue;
                        // An everyday word the other Chinese variant renders as the glossary does, and this one
                        // by another compound of the same head (接口, 网口, USB-C 口 for a hardware port, where
                        // Taiwan writes 連接埠 for both senses and the glossary's 端口 is the network's): the
                        // same kind of thing in the sense this sentence means
                        if (lang.isChinese() && everydayTerm(t) && row.blocks().containsKey(Lang.EN)
                                && touched.get(Lang.EN).containsKey(t.id()) && everydayWord(touched.get(Lang.EN).get(t.id()).found(), t)
                                && (sameHeadCompound(post, lang, t, prose) || firstHalfAlone(t.accepted(lang), prose))) continue;
                        // 微信 inside 企业微信 (WeCom, "the enterprise version of WeChat"): the longer name
                        // holds the rendering, and the matcher gives its characters to the longer name
                        if (insideAnotherTerm(post, lang, docText.get(lang), block, t)) continue;
                        if (carriedOver(t, lang, prose)) continue;
                        if (abbreviated(t, lang, prose)) continue;
                        if (inMerged(post, lang, other.getKey(), row.blocks().get(other.getKey()), t.id(), docText.get(lang))) continue;
                        if (other.getKey() == Lang.EN && commonWordInTitleCase(m, row.blocks().get(Lang.EN), post)) continue;
                        if (lang == Lang.EN && shortReference(t, prose, docText.get(lang), block.span().start())) continue;
                        if (lang == Lang.EN && looselyRendered(t, prose)) continue;
                        // A Chinese match whose characters straddle two words (命令列 in 命令列表, "a
                        // list of commands") is not the term, where English has no such term either.
                        if (other.getKey().isChinese() && row.blocks().containsKey(Lang.EN) && !touched.get(Lang.EN).containsKey(t.id())
                                && ChineseWords.straddles(docText.get(other.getKey()), m.start(), m.end())) continue;
                        out.add(post.at(this, lang, block.span().start(), block.span().start())
                                .term(t.id()).expected(t.preferred(lang))
                                .message("term '" + t.id() + "' (" + other.getKey().key() + ": " + m.found() + ") has no "
                                        + lang.key() + " rendering here; expected " + String.join(" or ", t.accepted(lang)))
                                .related(post.location(other.getKey(), m.start()))
                                .build());
                    }
                }
            }
        }
    }

    /**
     * A Chinese match inside a longer word that Taiwan and the mainland write differently, where
     * the other Chinese variant has that word's other form, is part of that word, not the term:
     * hans 扩展 in 扩展名 where hant has 副檔名 (a file extension, not a browser's), hant 埠 in 序列埠
     * where hans has 串口, hant 記憶體 in 視訊記憶體 where hans has 显存 (or 記憶體 alone, the word
     * shortened, where hans has 显存). Its match is dropped from the
     * variant's terms. Asked only of a term the other Chinese variant lacks; OpenCC's Taiwan-phrase
     * table says which words are pairs.
     */
    private static void dropRegionalCompounds(PostContext post, Row row, Lang c, Lang d,
                                              Map<Lang, Map<String, TermMatch>> accepted, Map<Lang, Map<String, TermMatch>> touched) {
        String other = null;
        for (var it = touched.get(c).entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (touched.get(d).containsKey(e.getKey())) continue;
            TermMatch m = e.getValue();
            if (other == null) other = PostContext.proseText(post.variant(d).doc().source(), row.blocks().get(d));
            if (!insideRegionalWord(m.found(), c, other)) continue;
            it.remove();
            accepted.get(c).remove(e.getKey());
        }
    }

    /** Whether {@code found} is part of a word of the Taiwan-phrase table whose other region's form is in {@code otherText}. */
    private static boolean insideRegionalWord(String found, Lang c, String otherText) {
        return insideRegionalWord(found, c, otherText, dev.concord.convert.TaiwanPhrases.inHansScript())
                || insideRegionalWord(found, c, otherText, SHORT_FORMS);
    }

    /**
     * Words the mainland writes shorter than Taiwan, which OpenCC's table does not list (it pairs
     * words whose conversion differs): 服务端 is 伺服器端 ("the server side", not a server), 没网
     * is 沒網路 ("no network"). Written for this project; the mainland's word first, Taiwan's in
     * traditional script.
     */
    private static final Map<String, List<String>> SHORT_FORMS = Map.of(
            "服务端", List.of("伺服器端", "伺服端"), "没网", List.of("沒網路", "沒有網路"));

    private static boolean insideRegionalWord(String found, Lang c, String otherText, Map<String, List<String>> table) {
        for (var e : table.entrySet()) {
            List<String> own = c == Lang.HANS ? List.of(e.getKey()) : e.getValue();
            List<String> others = c == Lang.HANS ? e.getValue() : List.of(e.getKey());
            for (String w : own) {
                // the match inside the word, or the word shortened to the match (記憶體 for 視訊記憶體)
                if (w.length() <= found.length() || !w.contains(found)) continue;
                for (String o : others) if (otherText.contains(o)) return true;
            }
        }
        return false;
    }

    /** Whether a Chinese block of the row keeps the term's English form (hans "Network 选项卡"): one translation has the term. */
    private static boolean carriedAnywhere(PostContext post, Row row, Term t) {
        for (var e : row.blocks().entrySet()) {
            if (e.getKey().isChinese() && carriedOver(t, e.getKey(), PostContext.proseText(post.variant(e.getKey()).doc().source(), e.getValue()))) return true;
        }
        return false;
    }

    /**
     * Whether an English occurrence of a one-word name says nothing by its capital: it is the
     * lower-case word where the glossary writes a capital, or a capitalised word (Zoom, Amendments)
     * at the start of a sentence, heading, list item or cell, or after another capitalised word
     * of a longer name (People's Congress).
     */
    static boolean capitalSaysNothing(TermMatch m, String text, Term t) {
        String found = m.found();
        if (found.isEmpty() || !found.chars().allMatch(Character::isLetter)) return false;
        if (found.equals(found.toLowerCase(java.util.Locale.ROOT))) {
            for (String r : t.isKeep() ? List.of(t.keep()) : t.accepted(Lang.EN)) {
                if (!r.isEmpty() && Character.isUpperCase(r.charAt(0))) return true;
            }
            return false;
        }
        if (!ONE_WORD_NAME.matcher(found).matches()) return false;
        int k = m.start() - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || "#>*_+|\"“‘([".indexOf(text.charAt(k)) >= 0
                || (text.charAt(k) == '-' && (k == 0 || text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\n')))) k--;
        if (k < 0 || ".!?:;。！？：；\n".indexOf(text.charAt(k)) >= 0) return true;
        // the word before, with its possessive: People's, People’s
        if (k >= 1 && text.charAt(k) == 's' && (text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '’')) k -= 2;
        int start = k;
        while (start >= 0 && Character.isLetter(text.charAt(start))) start--;
        String before = text.substring(start + 1, Math.max(start + 1, k + 1));
        return before.length() >= 2 && Character.isUpperCase(before.charAt(0))
                && !NOT_PART_OF_A_NAME.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the other Chinese variant's match of the term straddles two words by ICU's dictionary. */
    private static boolean straddlesInOtherChinese(Lang lang, Term t, Map<Lang, Map<String, TermMatch>> touched, Map<Lang, String> docText) {
        Lang c = lang == Lang.HANS ? Lang.HANT : Lang.HANS;
        TermMatch cm = touched.containsKey(c) ? touched.get(c).get(t.id()) : null;
        return cm != null && ChineseWords.straddles(docText.get(c), cm.start(), cm.end());
    }

    /** Whether an English name is followed by another capitalised word of the same name: WeChat Channels, Tencent Meeting. */
    static boolean headsLongerName(TermMatch m, String text) {
        String found = m.found();
        if (found.isEmpty() || !Character.isUpperCase(found.charAt(0))) return false;
        int k = m.end();
        if (k + 1 >= text.length() || text.charAt(k) != ' ') return false;
        int e = k + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        String next = text.substring(k + 1, e);
        return next.length() >= 2 && Character.isUpperCase(next.charAt(0)) && !NOT_PART_OF_A_NAME.contains(next.toLowerCase(java.util.Locale.ROOT));
    }

    /** Capitalised words before a name that are not part of it ("The Congress voted", "In Outlook"). */
    private static final Set<String> NOT_PART_OF_A_NAME = Set.of("the", "a", "an", "this", "that", "these", "those", "our",
            "its", "their", "his", "her", "my", "your", "in", "on", "at", "by", "for", "from", "to", "of", "and", "but", "or",
            "with", "as", "if", "when", "while", "so", "then", "use", "open", "try", "see");

    /**
     * Whether a Chinese block writes a name by its usual short form: an institution without its
     * kind (清华 for 清华大学, 麻省理工 for 麻省理工学院), a university by the first characters of its
     * halves (北大 for 北京大学), a four-character name by its first two (阿里 for 阿里巴巴, 字节 for
     * 字节跳动). Only for names (the glossary's English is capitalised); a short form of a phrase
     * (环境 for 环境变量) is another word.
     */
    static boolean abbreviated(Term t, Lang lang, String prose) {
        // English's short form, in English or kept in a Chinese block (MIT CSAIL 的学生)
        if (abbreviatedInEnglish(t, prose)) return true;
        if (!lang.isChinese() || t.isKeep()) return false;
        boolean name = false;
        for (String r : t.accepted(Lang.EN)) if (!r.isEmpty() && Character.isUpperCase(r.charAt(0))) name = true;
        if (!name) return false;
        for (String r : t.accepted(lang)) {
            if (r.length() < 4 || !r.chars().allMatch(ScriptChars::isHan)) continue;
            for (String kind : INSTITUTIONS) {
                if (!r.endsWith(kind) || r.length() - kind.length() < 2) continue;
                if (prose.contains(r.substring(0, r.length() - kind.length()))) return true;
                if (r.length() == 4 && prose.contains("" + r.charAt(0) + r.charAt(2))) return true;
            }
            if (r.length() == 4 && t.accepted(Lang.EN).stream().anyMatch(e -> e.indexOf(' ') < 0) && prose.contains(r.substring(0, 2))) return true;
        }
        return false;
    }

    /**
     * English's short forms of a name of several capitalised words: its initials (MIT for
     * Massachusetts Institute of Technology, the small words left out) or the name without its
     * kind of institution (Tsinghua for Tsinghua University).
     */
    private static boolean abbreviatedInEnglish(Term t, String prose) {
        if (t.isKeep()) return false;
        for (String r : t.accepted(Lang.EN)) {
            String[] words = r.split(" ");
            if (words.length < 2 || !Character.isUpperCase(r.charAt(0))) continue;
            StringBuilder initials = new StringBuilder();
            for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
            if (initials.length() >= 2 && containsExactWord(prose, initials.toString())) return true;
            String last = words[words.length - 1];
            if (ENGLISH_INSTITUTIONS.contains(last)) {
                String stem = r.substring(0, r.length() - last.length()).strip();
                if (containsExactWord(prose, stem)) return true;
            }
        }
        return false;
    }

    /**
     * Whether English renders a lower-case phrase of the glossary by one of its words, as a
     * translation of a Chinese original does (直播 as "a live show", "the live room", "broadcast
     * your desk", "streams"): a word of four letters or more of an accepted rendering, in any
     * inflection. A word none of the renderings has ("trend" for "scaling law") is a drop.
     */
    static boolean looselyRendered(Term t, String prose) {
        if (t.isKeep()) return false;
        for (String r : t.accepted(Lang.EN)) {
            if (r.indexOf(' ') < 0 && r.indexOf('-') < 0 || r.isEmpty() || !Character.isLowerCase(r.charAt(0))) continue;
            for (String w : r.split("[ -]")) {
                if (w.length() < 4 || LOOSE_STOPWORDS.contains(w)) continue;
                String stem = w.endsWith("ing") && w.length() > 6 ? w.substring(0, w.length() - 3) : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                if (java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(stem) + "(?:s|es|ed|d|ing|er|ers)?\\b").matcher(prose).find()) return true;
            }
        }
        return false;
    }

    /** Words of a rendering too common to say it is there. */
    private static final Set<String> LOOSE_STOPWORDS = Set.of("with", "from", "into", "that", "this", "line", "file", "time", "data");

    /** The kind of institution an English name ends with, which its short form leaves out. */
    private static final Set<String> ENGLISH_INSTITUTIONS = Set.of("University", "College", "Institute", "Inc.", "Corporation", "Company", "Group");

    /** The kinds of institution a name ends with, which its short form leaves out. */
    private static final List<String> INSTITUTIONS = List.of("大学", "大學", "学院", "學院", "公司", "集团", "集團", "银行", "銀行", "研究院", "研究所");

    /** Whether every English rendering of the term is one word in lower case (heap, proxy, default): an everyday word. */
    /**
     * Whether the text holds another compound with the head of one of the term's renderings
     * (Chinese compounds end in their head: 接口, 网口 and 端口 are all 口, a port; 延伸功能 and
     * 擴充功能 are both 功能), as a word: after a Han character or a Latin name (USB-C 口), before
     * punctuation, Latin text or a function character (接口和, 口时), and not a word the glossary
     * gives another term (文件 is a file, not software).
     */
    static boolean sameHeadCompound(PostContext post, Lang lang, Term t, String text) {
        for (String r : t.accepted(lang)) {
            if (r.length() < 2 || !ScriptChars.isHan(r.charAt(r.length() - 1))) continue;
            String head = r.substring(r.length() - (r.length() >= 4 ? 2 : 1)); // 擴充|功能: a four-character word's head is a word
            for (int k = text.indexOf(head); k >= 0; k = text.indexOf(head, k + 1)) {
                int end = k + head.length();
                if (k >= r.length() - head.length() && text.startsWith(r, k - (r.length() - head.length()))) continue;
                int p = k - 1;
                if (p >= 0 && text.charAt(p) == ' ') p--;
                if (p < 0) continue;
                char before = text.charAt(p);
                boolean han = ScriptChars.isHan(before) && p == k - 1;
                if (!han && !(Character.isLetterOrDigit(before) && !ScriptChars.isHan(before))) continue;
                char after = end < text.length() ? text.charAt(end) : ' ';
                if (ScriptChars.isHan(after) && WORD_AFTER.indexOf(after) < 0) continue;
                if (han && isAnotherTermsWord(post, lang, t, text.substring(Math.max(0, k - 2), end))) continue;
                return true;
            }
        }
        return false;
    }

    /** Whether the end of {@code text} is a rendering of a glossary term other than {@code t} (文件 in 用文件). */
    private static boolean isAnotherTermsWord(PostContext post, Lang lang, Term t, String text) {
        for (TermMatch m : post.terms().in(lang, text)) {
            if (m.end() == text.length() && m.end() - m.start() >= 2 && !m.term().id().equals(t.id())) return true;
        }
        return false;
    }

    /**
     * Whether the text writes the first half of a four-character rendering on its own: 擴充 for
     * 擴充功能 (GNU 擴充, 擴充函式: an extension of a language, where 擴充功能 is a browser's), the
     * word the longer one is made from.
     */
    static boolean firstHalfAlone(List<String> renderings, String text) {
        for (String r : renderings) {
            if (r.length() != 4 || !ScriptChars.isHan(r.charAt(0)) || !ScriptChars.isHan(r.charAt(3))) continue;
            String half = r.substring(0, 2);
            for (int k = text.indexOf(half); k >= 0; k = text.indexOf(half, k + 1)) {
                if (!text.startsWith(r, k)) return true;
            }
        }
        return false;
    }

    /** Whether a match of another term in the block holds one of the term's Han renderings (企业微信 holds 微信). */
    private static boolean insideAnotherTerm(PostContext post, Lang lang, String text, Block block, Term t) {
        for (TermMatch m : post.terms().in(lang, text, block)) {
            if (m.term().id().equals(t.id())) continue;
            // Han only: Chinese compounds a name from names, where Latin 01.AI is not the AI term
            for (String r : t.accepted(lang)) {
                if (r.length() >= 2 && ScriptChars.hasHan(r) && m.found().length() > r.length() && m.found().contains(r)) return true;
            }
        }
        return false;
    }

    /** Characters that follow a noun without joining it into another word: particles, conjunctions, locatives. */
    private static final String WORD_AFTER = "的和与與或及上中里裡内內时時是都也就比为為在被有";

    private static boolean everydayTerm(Term t) {
        List<String> en = t.accepted(Lang.EN);
        if (en.isEmpty() || t.isKeep()) return false;
        for (String r : en) {
            if (r.isEmpty() || !r.chars().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c))) return false;
        }
        return true;
    }

    /** Whether the English occurrence is one word that the glossary writes in lower case: not a name, not a phrase. */
    private static boolean everydayWord(String found, Term t) {
        for (int k = 0; k < found.length(); k++) if (!Character.isLetter(found.charAt(k))) return false;
        String f = found.toLowerCase(java.util.Locale.ROOT);
        for (String r : t.accepted(Lang.EN)) {
            // found is r or one of its inflections, whose stem may have lost a final e (code → coding)
            boolean lowerWord = !r.isEmpty() && r.equals(r.toLowerCase(java.util.Locale.ROOT)) && r.chars().allMatch(Character::isLetter);
            if (lowerWord && f.startsWith(r.substring(0, Math.max(1, r.length() - 1)))) return true;
        }
        return false;
    }

    /**
     * A name that is also an ordinary English word (Outlook, Zoom, Safari) says nothing in a
     * Title Case heading, where every word is capitalised: "Current Status and Outlook" is the
     * outlook of a company, and its Chinese 展望 is not a dropped product name.
     */
    private static boolean commonWordInTitleCase(TermMatch m, Block en, PostContext post) {
        if (en == null || en.kind() != dev.concord.markdown.BlockKind.HEADING || !ONE_WORD_NAME.matcher(m.found()).matches()) return false;
        String heading = PostContext.proseText(post.variant(Lang.EN).doc().source(), en);
        int words = 0, capitalised = 0;
        for (String w : heading.split("[^A-Za-z'-]+")) {
            if (w.length() < 4) continue; // and, of, the, to: lowercase in Title Case
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words >= 2 && capitalised == words;
    }

    private static final java.util.regex.Pattern ONE_WORD_NAME = java.util.regex.Pattern.compile("[A-Z][a-z]+");

    /**
     * The other variant's block merges this variant's block with a neighbour (real posts: a
     * machine translation joining a letter's paragraphs, a signature's lines kept in one HTML block):
     * a term of the merged block that the neighbour has is not missing.
     */
    private static boolean inMerged(PostContext post, Lang lang, Lang hostLang, Block host, String termId, String text) {
        for (Block b : post.mergedInto(lang, hostLang, host)) {
            for (TermMatch m : post.terms().in(lang, text, b)) if (m.term().id().equals(termId)) return true;
        }
        return false;
    }

    private static int holders(Map<Lang, Map<String, TermMatch>> touched, String id) {
        int n = 0;
        for (var m : touched.values()) if (m.containsKey(id)) n++;
        return n;
    }

    /**
     * A Chinese block that writes the term in its English form: an untranslated UI label
     * (real post: **Editor: Cursor Style** kept in English in hant and hans) or a cited title
     * left in English (`[Who Is Liang Wenfeng, …](…)` in hant). The term is there, just not translated.
     */
    private static boolean carriedOver(Term t, Lang lang, String prose) {
        if (!lang.isChinese()) return false;
        List<String> english = t.isKeep() ? List.of(t.keep()) : t.accepted(Lang.EN);
        // in the plural too: an English paper title kept in a reference list ("… Large Language Models")
        for (String r : english) if (!r.isEmpty() && (containsWord(prose, r) || containsWord(prose, r + "s"))) return true;
        return false;
    }

    /**
     * English names a person or company in full once, then by one part of the name ("Kai-Fu Lee …
     * Lee highlighted …", "Wenfeng Liang … Liang attended …"), where Chinese repeats 李開復 / 梁文鋒.
     * Only for multi-word, capitalised English renderings of a Han name, and only after the full name
     * has been written earlier in the same file.
     */
    private static boolean shortReference(Term t, String prose, String fileText, int blockStart) {
        if (t.isKeep()) return false;
        for (Lang zh : List.of(Lang.HANT, Lang.HANS)) {
            for (String r : t.accepted(zh)) if (!ScriptChars.hasHan(r)) return false;
        }
        String before = fileText.substring(0, blockStart);
        for (String r : t.accepted(Lang.EN)) {
            if (!r.contains(" ") || !containsWord(before, r)) continue;
            for (String piece : r.split("[ -]")) {
                if (piece.length() >= 2 && Character.isUpperCase(piece.charAt(0)) && containsExactWord(prose, piece)) return true;
            }
        }
        return false;
    }

    /** {@code word} occurs in {@code text}, case-insensitively, not inside a longer Latin word. */
    static boolean containsWord(String text, String word) {
        return indexOfWord(text.toLowerCase(java.util.Locale.ROOT), word.toLowerCase(java.util.Locale.ROOT)) >= 0;
    }

    private static boolean containsExactWord(String text, String word) {
        return indexOfWord(text, word) >= 0;
    }

    private static int indexOfWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || !isLatin(text.charAt(i - 1));
            int end = i + word.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || !isLatin(text.charAt(end));
            if (startOk && endOk) return i;
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        return c < 0x250;
    }
}
