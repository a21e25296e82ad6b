package dev.concord.suggest;

import dev.concord.convert.ScriptConverter;
import dev.concord.model.Lang;
import java.util.List;
import java.util.Map;

/**
 * How much a candidate looks like a term a glossary must hold, as one number the ranking sorts
 * by. A blog of a few dozen posts yields hundreds of candidates that the translations render
 * consistently; most are everyday words (system → 系统, tool → 工具). What sets a glossary term
 * apart in an aligned trilingual blog:
 * <ul>
 *   <li><b>Translation consistency</b>: a term is translated by one fixed string, so the Dice score
 *       of its first rendering (over all aligned blocks, the rendering's own frequency included) is
 *       high in both Chinese variants; a word paired with a common string by chance (July → 一次)
 *       scores low, and so does a term found in one variant only. The score grows with its square.</li>
 *   <li><b>Spread</b>: the number of posts, on a log scale (a term in ten posts is not five times as
 *       much a term as one in two), times how much the posts that use it use it: 1 plus
 *       {@value #INTENSITY} times the log of its occurrences per post. A name a post is about
 *       (VSCode, 27 times in two posts) is more a term than one a post mentions in passing (CTO,
 *       once in each of two).</li>
 *   <li><b>What a translator cannot guess</b>: a name rendered in Han characters (Tencent → 腾讯,
 *       Nvidia → 英伟达 or 輝達) weighs {@value #TRANSLATED_NAME}, unless its rendering holds the
 *       rendering of one of its own words (Maven Project → 项目…, with project → 项目; Open Settings
 *       → 打开设置, with setting → 设置): that is a translation of its parts, which a translator
 *       does guess ({@link #composed}). A name kept in Latin letters whose form is coined, with a
 *       capital right after a lower-case letter (OpenAI, LeanCloud, iOS), is certainly a product's
 *       or a company's and weighs {@value #COINED} too; another kept name may be a label of the
 *       screen (Tools, Enter), part of a longer name (Kong) or a generic abbreviation (API, GPU),
 *       and weighs 1 like a phrase of several words; a single word weighs {@value #WORD}, unless Taiwan and the
 *       mainland have different words for it (服务器 / 伺服器, 默认 / 預設: OpenCC's Taiwan-phrase
 *       table says so), which is exactly what a hans / hant glossary must fix,
 *       and then it weighs 1; a phrase holding such a word weighs {@value #REGIONAL_PHRASE}.</li>
 *   <li><b>Inconsistency</b>: a term the blog already renders two ways weighs {@value #INCONSISTENT}
 *       times as much.</li>
 * </ul>
 * The weights were chosen on half of the real sample's posts and checked on the other half
 * (docs/glossary.md).
 */
final class Termhood {
    static final double TRANSLATED_NAME = 2;
    static final double WORD = 0.2;
    static final double INCONSISTENT = 1.5;
    static final double INTENSITY = 0.5;
    static final double COINED = 2;
    /**
     * A phrase holding a word Taiwan and the mainland write differently (命令行 / 命令列, 环境变量 /
     * 環境變數) is one the hant translator renders one way or the other: an inconsistency the
     * blog has not made yet, weighed as one it has.
     */
    static final double REGIONAL_PHRASE = INCONSISTENT;

    private Termhood() {}

    /** The score of a term used once in each of its posts. */
    static double score(Suggestion.Kind kind, boolean keep, boolean inconsistent, int posts,
                        Map<Lang, List<Suggestion.Rendering>> renderings, Map<Lang, Double> dice, ScriptConverter toHans) {
        return score(kind, keep, inconsistent, posts, posts, renderings, dice, toHans);
    }

    /**
     * @param occurrences its occurrences in the English variants (at least one per post)
     * @param dice        per Chinese variant, the Dice score of the first rendering (a variant
     *                    without renderings counts 0)
     */
    static double score(Suggestion.Kind kind, boolean keep, boolean inconsistent, int posts, int occurrences,
                        Map<Lang, List<Suggestion.Rendering>> renderings, Map<Lang, Double> dice, ScriptConverter toHans) {
        double consistency = (dice.getOrDefault(Lang.HANS, 0.0) + dice.getOrDefault(Lang.HANT, 0.0)) / 2;
        double weight = switch (kind) {
            case NAME -> !keep && hanRendered(renderings) ? TRANSLATED_NAME : keep && coined(renderings) ? COINED : 1;
            case PHRASE -> regional(renderings, toHans) ? REGIONAL_PHRASE : 1;
            case WORD -> regional(renderings, toHans) ? 1 : WORD;
        };
        if (inconsistent) weight *= INCONSISTENT;
        double intensity = 1 + INTENSITY * Math.log(Math.max(1.0, (double) occurrences / Math.max(1, posts)));
        return Math.log(1 + posts) * intensity * consistency * consistency * weight;
    }

    /**
     * The ranking of a name rendered in Han characters whose rendering holds the rendering of one
     * of its own words, found as a term of its own: weighed as a phrase, not as a name a translator
     * could not guess. Other suggestions are returned as they are.
     *
     * @param byKey every suggestion of the run, by key: the name's words are looked up there
     */
    static Suggestion composed(Suggestion s, Map<String, Suggestion> byKey) {
        if (s.kind() != Suggestion.Kind.NAME || s.keep() || !hanRendered(s.renderings()) || s.key().indexOf(' ') < 0) return s;
        for (String word : s.key().split(" ")) {
            // the word as a term of its own: lower case and singular ("Settings" is the term "setting")
            Suggestion part = byKey.get(EnglishCandidates.key(word));
            if (part == null || part == s) continue;
            for (Lang l : List.of(Lang.HANS, Lang.HANT)) {
                String whole = s.preferred(l), own = part.preferred(l);
                if (whole != null && own != null && Suggester.hasHan(own) && whole.contains(own)) {
                    return new Suggestion(s.key(), s.en(), s.kind(), s.posts(), s.occurrences(), s.renderings(), s.inconsistent(),
                            s.keep(), s.glossaryId(), s.termhood() / TRANSLATED_NAME);
                }
            }
        }
        return s;
    }

    /** Whether the kept form has a capital right after a lower-case letter: a coined name (OpenAI, LeanCloud, iOS). */
    static boolean coined(Map<Lang, List<Suggestion.Rendering>> renderings) {
        for (List<Suggestion.Rendering> rs : renderings.values()) if (EnglishCandidates.innerCapital(rs.get(0).text())) return true;
        return false;
    }

    private static boolean hanRendered(Map<Lang, List<Suggestion.Rendering>> renderings) {
        for (List<Suggestion.Rendering> rs : renderings.values()) if (Suggester.hasHan(rs.get(0).text())) return true;
        return false;
    }

    /**
     * Whether a first rendering is a word Taiwan and the mainland write differently, not only in
     * other characters: a mainland word of OpenCC's Taiwan-phrase table in hans (服务器) or in hant
     * (腳本, converted to 脚本), or a Taiwan word of it in hant (伺服器).
     *
     * @param toHans the blog's hant→hans converter, or null
     */
    static boolean regional(Map<Lang, List<Suggestion.Rendering>> renderings, ScriptConverter toHans) {
        List<Suggestion.Rendering> hans = renderings.get(Lang.HANS), hant = renderings.get(Lang.HANT);
        if (hans != null && RegionalPhrases.holdsMainlandWord(hans.get(0).text())) return true;
        if (hant == null) return false;
        String t = hant.get(0).text();
        return RegionalPhrases.holdsTaiwanWord(t) || (toHans != null && RegionalPhrases.holdsMainlandWord(toHans.convert(t)));
    }
}
