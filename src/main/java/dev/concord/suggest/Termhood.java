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
 *       much a term as one in two).</li>
 *   <li><b>What a translator cannot guess</b>: a name rendered in Han characters (Tencent → 腾讯,
 *       Nvidia → 英伟达 or 輝達) weighs {@value #TRANSLATED_NAME}; a name kept in Latin letters or a
 *       phrase of several words weighs 1; a single word weighs {@value #WORD}, unless Taiwan and the
 *       mainland have different words for it (服务器 / 伺服器, 默认 / 預設: OpenCC's Taiwan-phrase
 *       table says so), which is exactly what a hans / hant glossary must fix,
 *       and then it weighs 1.</li>
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

    private Termhood() {}

    /**
     * @param dice per Chinese variant, the Dice score of the first rendering (a variant without
     *             renderings counts 0)
     */
    static double score(Suggestion.Kind kind, boolean keep, boolean inconsistent, int posts,
                        Map<Lang, List<Suggestion.Rendering>> renderings, Map<Lang, Double> dice, ScriptConverter toHans) {
        double consistency = (dice.getOrDefault(Lang.HANS, 0.0) + dice.getOrDefault(Lang.HANT, 0.0)) / 2;
        double weight = switch (kind) {
            case NAME -> !keep && hanRendered(renderings) ? TRANSLATED_NAME : 1;
            case PHRASE -> 1;
            case WORD -> regional(renderings, toHans) ? 1 : WORD;
        };
        if (inconsistent) weight *= INCONSISTENT;
        return Math.log(1 + posts) * consistency * consistency * weight;
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
