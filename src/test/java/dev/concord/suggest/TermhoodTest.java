package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void aWordTaiwanWritesDifferentlyWeighsAsMuchAsAPhrase() {
        // 服务器 / 伺服器: the converter's Taiwan vocabulary has a word of its own for it
        double regional = score(Suggestion.Kind.WORD, false, false, 3, "服务器", "伺服器", 0.9);
        double phrase = score(Suggestion.Kind.PHRASE, false, false, 3, "消息队列", "消息隊列", 0.9);
        double everyday = score(Suggestion.Kind.WORD, false, false, 3, "花园", "花園", 0.9);
        assertEquals(phrase, regional, 1e-9);
        assertTrue(everyday < regional);
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
