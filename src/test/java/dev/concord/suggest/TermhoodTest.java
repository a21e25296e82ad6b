package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.convert.HantStandard;
import dev.concord.convert.ScriptConverter;
import dev.concord.model.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The termhood score on invented renderings: what raises it and what lowers it. */
class TermhoodTest {
    private static final ScriptConverter TO_HANS = ScriptConverter.toHans(HantStandard.TW);

    private static Map<Lang, List<Suggestion.Rendering>> rendered(String hans, String hant) {
        return Map.of(Lang.HANS, List.of(new Suggestion.Rendering(hans, 3, List.of("a", "b"), false)),
                Lang.HANT, List.of(new Suggestion.Rendering(hant, 3, List.of("a", "b"), false)));
    }

    private static Map<Lang, Double> dice(double both) {
        return Map.of(Lang.HANS, both, Lang.HANT, both);
    }

    private static double score(Suggestion.Kind kind, boolean keep, boolean inconsistent, int posts, String hans, String hant, double dice) {
        return Termhood.score(kind, keep, inconsistent, posts, rendered(hans, hant), dice(dice), TO_HANS);
    }

    @Test
    void aFixedTranslationOutranksAChancePairing() {
        // "gazetteer" always 地名录; "Tuesday" paired with 一次 because they met twice
        assertTrue(score(Suggestion.Kind.WORD, false, false, 3, "地名录", "地名錄", 0.95)
                > score(Suggestion.Kind.WORD, false, false, 3, "一次", "一次", 0.4));
    }

    @Test
    void aTermFoundInOneVariantOnlyCountsHalf() {
        double both = score(Suggestion.Kind.PHRASE, false, false, 4, "消息队列", "訊息佇列", 1);
        double one = Termhood.score(Suggestion.Kind.PHRASE, false, false, 4, rendered("消息队列", "訊息佇列"), Map.of(Lang.HANS, 1.0), TO_HANS);
        assertEquals(both / 4, one, 1e-9, "consistency is the mean over both variants, squared");
    }

    @Test
    void morePostsRaiseItLessThanProportionally() {
        double two = score(Suggestion.Kind.PHRASE, false, false, 2, "消息队列", "訊息佇列", 1);
        double eight = score(Suggestion.Kind.PHRASE, false, false, 8, "消息队列", "訊息佇列", 1);
        assertTrue(eight > two);
        assertTrue(eight < 4 * two);
    }

    @Test
    void aNameRenderedInHanOutranksAKeptNameAndAKeptNameAnEverydayWord() {
        double translated = score(Suggestion.Kind.NAME, false, false, 2, "弗罗布公司", "弗羅布公司", 1);
        double kept = score(Suggestion.Kind.NAME, true, false, 2, "Frobco", "Frobco", 1);
        double word = score(Suggestion.Kind.WORD, false, false, 2, "花园", "花園", 1);
        assertTrue(translated > kept, translated + " vs " + kept);
        assertTrue(kept > word, kept + " vs " + word);
    }

    /** A capital right after a lower-case letter makes a coined name: a product's, not a label or an abbreviation. */
    @Test
    void aCoinedKeptNameOutranksAPlainOneOrAnAcronym() {
        double coined = score(Suggestion.Kind.NAME, true, false, 2, "QuillPad", "QuillPad", 1);
        double plain = score(Suggestion.Kind.NAME, true, false, 2, "Quill", "Quill", 1);
        double acronym = score(Suggestion.Kind.NAME, true, false, 2, "QPD", "QPD", 1);
        double spaced = score(Suggestion.Kind.NAME, true, false, 2, "Quill Pad", "Quill Pad", 1);
        assertEquals(Termhood.COINED * plain, coined, 1e-9);
        assertEquals(plain, acronym, 1e-9);
        assertEquals(plain, spaced, 1e-9, "capitals that start words are no coinage");
    }

    @Test
    void aWordTaiwanWritesDifferentlyWeighsAsMuchAsAPhrase() {
        // 服务器 / 伺服器: the converter's Taiwan vocabulary has a word of its own for it
        double regional = score(Suggestion.Kind.WORD, false, false, 3, "服务器", "伺服器", 0.9);
        double phrase = score(Suggestion.Kind.PHRASE, false, false, 3, "花园小径", "花園小徑", 0.9);
        double everyday = score(Suggestion.Kind.WORD, false, false, 3, "花园", "花園", 0.9);
        assertEquals(phrase, regional, 1e-9);
        assertTrue(everyday < regional);
    }

    @Test
    void aPhraseHoldingAWordTaiwanWritesDifferentlyWeighsAsAnInconsistentOne() {
        // 队列 / 佇列: the hant translator may write either, as the mainland and Taiwan do
        double regional = score(Suggestion.Kind.PHRASE, false, false, 3, "消息队列", "消息隊列", 0.9);
        double plain = score(Suggestion.Kind.PHRASE, false, false, 3, "花园小径", "花園小徑", 0.9);
        double inconsistent = Termhood.score(Suggestion.Kind.PHRASE, false, true, 3,
                rendered("花园小径", "花園小徑"), dice(0.9), TO_HANS);
        assertEquals(Termhood.REGIONAL_PHRASE * plain, regional, 1e-9);
        assertEquals(inconsistent, regional, 1e-9);
        assertTrue(plain < regional);
    }

    @Test
    void aTermItsPostsUseOftenOutranksOneMentionedOnceInEach() {
        double central = Termhood.score(Suggestion.Kind.NAME, true, false, 2, 27, rendered("Frobco", "Frobco"), dice(1), TO_HANS);
        double passing = Termhood.score(Suggestion.Kind.NAME, true, false, 2, 2, rendered("Quux", "Quux"), dice(1), TO_HANS);
        assertTrue(central > passing, central + " vs " + passing);
        assertEquals(score(Suggestion.Kind.NAME, true, false, 2, "Quux", "Quux", 1), passing, 1e-9, "once a post: spread alone");
        assertTrue(central < 3 * passing, "on a log scale");
    }

    private static Suggestion suggestion(String key, Suggestion.Kind kind, String hans, String hant, double termhood) {
        return new Suggestion(key, key, kind, 2, 2, rendered(hans, hant), false, false, null, termhood);
    }

    @Test
    void aNameTranslatedThroughItsOwnWordsWeighsAsAPhrase() {
        // "Frob Project" → 弗罗布项目, and the blog renders "project" 项目 on its own: a translator guesses it
        Suggestion project = suggestion("project", Suggestion.Kind.WORD, "项目", "項目", 0.5);
        Suggestion name = suggestion("frob project", Suggestion.Kind.NAME, "弗罗布项目", "弗羅布項目", 2.0);
        Suggestion composed = Termhood.composed(name, Map.of("project", project, "frob project", name));
        assertEquals(2.0 / Termhood.TRANSLATED_NAME, composed.termhood(), 1e-9);
        // the plural in a name is the word's term all the same ("Frob Settings" → 弗罗布设置, setting → 设置)
        Suggestion setting = suggestion("setting", Suggestion.Kind.WORD, "设置", "設定", 0.5);
        Suggestion settings = suggestion("frob settings", Suggestion.Kind.NAME, "弗罗布设置", "弗羅布設定", 2.0);
        assertEquals(1.0, Termhood.composed(settings, Map.of("setting", setting)).termhood(), 1e-9);
    }

    @Test
    void aNameWhoseRenderingHoldsNoneOfItsWordsKeepsItsWeight() {
        // the clean twin: "Frob Works" → 弗罗布公司, and "work" is rendered 工作, which it does not hold
        Suggestion work = suggestion("work", Suggestion.Kind.WORD, "工作", "工作", 0.5);
        Suggestion name = suggestion("frob work", Suggestion.Kind.NAME, "弗罗布公司", "弗羅布公司", 2.0);
        assertSame(name, Termhood.composed(name, Map.of("work", work)));
        Suggestion single = suggestion("tencent", Suggestion.Kind.NAME, "腾讯", "騰訊", 2.0);
        assertSame(single, Termhood.composed(single, Map.of("tencent", single)), "a one-word name has no parts");
    }

    @Test
    void inconsistencyRaisesIt() {
        assertTrue(score(Suggestion.Kind.PHRASE, false, true, 3, "消息队列", "訊息佇列", 0.8)
                > score(Suggestion.Kind.PHRASE, false, false, 3, "消息队列", "訊息佇列", 0.8));
    }

    @Test
    void regionalWordsAreTheOnesTaiwanWritesWithOtherWords() {
        assertTrue(Termhood.regional(rendered("服务器", "服務器"), TO_HANS), "the mainland word, in hans");
        assertTrue(Termhood.regional(rendered("语言服务器", "語言服務器"), TO_HANS), "inside a longer rendering");
        assertTrue(Termhood.regional(rendered("花园", "伺服器"), TO_HANS), "Taiwan's word, in hant");
        assertTrue(Termhood.regional(rendered("花园", "腳本"), TO_HANS), "the mainland word in Traditional characters (Taiwan: 指令碼)");
        assertFalse(Termhood.regional(rendered("花园", "花園"), TO_HANS), "the same word in other characters");
        assertFalse(Termhood.regional(rendered("Frobco", "Frobco"), TO_HANS));
    }
}
