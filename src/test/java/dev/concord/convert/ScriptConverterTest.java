package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.concord.model.Lang;
import org.junit.jupiter.api.Test;

class ScriptConverterTest {
    private static String tw(String s) {
        return ScriptConverter.toHant(HantStandard.TW).convert(s);
    }

    private static String opencc(String s) {
        return ScriptConverter.toHant(HantStandard.OPENCC).convert(s);
    }

    private static String hansFromTw(String s) {
        return ScriptConverter.toHans(HantStandard.TW).convert(s);
    }

    @Test
    void trapWordsNeedPhrasesNotCharacters() {
        // 发 is 髮 in 头发 but 發 in 发展; 干 is 乾 in 干净 but 幹 in 干部; 后 stays in 皇后;
        // 里 is 裡 (tw) in 里面; 面 is 麵 in 面条.
        assertEquals("頭髮 發展 乾淨 幹部 皇后 之後 裡面 麵條", tw("头发 发展 干净 干部 皇后 之后 里面 面条"));
    }

    /** Words where one character has two readings; the phrase decides, in every hant standard, both ways. */
    @Test
    void commonWordsWithAmbiguousCharactersConvertRightInEveryStandard() {
        String hans = "经理发现后 总理发表讲话 头发 理发店 发展 皇后 后来 面条 方面 干部 干净";
        String tw = "經理發現後 總理發表講話 頭髮 理髮店 發展 皇后 後來 麵條 方面 幹部 乾淨";
        assertEquals(tw, ScriptConverter.toHant(HantStandard.TW).convert(hans));
        assertEquals(tw, ScriptConverter.toHant(HantStandard.TWP).convert(hans));
        assertEquals(tw.replace('麵', '麪'), ScriptConverter.toHant(HantStandard.OPENCC).convert(hans));
        for (HantStandard standard : HantStandard.values()) {
            ScriptConverter toHant = ScriptConverter.toHant(standard);
            assertEquals(hans, ScriptConverter.toHans(standard).convert(toHant.convert(hans)), standard.key());
        }
    }

    @Test
    void twpAlsoRewritesVocabulary() {
        assertEquals("軟體 演算法 人工智慧", ScriptConverter.toHant(HantStandard.TWP).convert("软件 算法 人工智能"));
        assertEquals("软件 算法 人工智能", ScriptConverter.toHans(HantStandard.TWP).convert("軟體 演算法 人工智慧"));
    }

    @Test
    void twAndOpenccStandardsDifferOnlyInGlyphs() {
        assertEquals("為 著 裡 啟 峰 麵條", tw("为 着 里 启 峰 面条"));
        assertEquals("爲 着 裏 啓 峯 麪條", opencc("为 着 里 启 峰 面条"));
        // 面 alone is 面 (face) in both: only the phrase decides.
        assertEquals("面", tw("面"));
        assertEquals("因為", tw("因为"));
        assertEquals("因爲", opencc("因为"));
    }

    @Test
    void mainlandVocabularyIsKept() {
        // ZhTwConverterUtil would give 人工智慧 演算法 程式碼 後設資料.
        assertEquals("人工智能 算法 代碼 元數據", tw("人工智能 算法 代码 元数据"));
    }

    @Test
    void toHansAcceptsTaiwanAndOpenccGlyphs() {
        assertEquals("为什么你在床里面睡着？", hansFromTw("為什麼你在床裡面睡著？"));
        assertEquals("为 里 着", hansFromTw("爲 裏 着"));
        // 著 is 着 in Taiwan text except in words that keep it (OpenCC's TWVariantsRevPhrases).
        assertEquals("着装著作 显著 著名", hansFromTw("著裝著作 顯著 著名"));
        // With the opencc standard 著 is zhù: it stays.
        assertEquals("著作 看着", ScriptConverter.toHans(HantStandard.OPENCC).convert("著作 看着"));
        // opencc4j's old data gave 乾净 and 饼乾; OpenCC's default for 乾 is 干, with 乾隆 kept.
        assertEquals("干净 饼干 乾隆 乾坤", hansFromTw("乾淨 餅乾 乾隆 乾坤"));
        // Simplified leftovers in Traditional text stay (幺 would turn 什么 into 什幺).
        assertEquals("什么", hansFromTw("什么"));
    }

    @Test
    void roundTripOfTaiwanTextThroughHans() {
        String hant = "為了讓模型看著更好，我們在裡面用了人工智能和代碼。著作權的頭髮乾淨。";
        String hans = hansFromTw(hant);
        assertEquals("为了让模型看着更好，我们在里面用了人工智能和代码。著作权的头发干净。", hans);
        assertEquals(hant, tw(hans));
    }

    @Test
    void asciiAndPunctuationAreNeverTouched() {
        String ascii = "ABC abc 123 !@#$%^&*()_+-=[]{}|;':\",./<>?`~\\ \t\r\n";
        assertEquals(ascii, tw(ascii));
        assertEquals(ascii, hansFromTw(ascii));
        String fullWidth = "“引号” ‘y’ 「z」『w』，。！？：；（）【】、…— ＡＢＣ１２３";
        assertEquals("“引號” ‘y’ 「z」『w』，。！？：；（）【】、…— ＡＢＣ１２３", tw(fullWidth));
        assertEquals("“引号” ‘y’ 「z」『w』，。！？：；（）【】、…— ＡＢＣ１２３", hansFromTw(tw(fullWidth)));
        // It converts everything it is given, URLs included: Markdown awareness is MarkdownConverter's.
        assertEquals("http://a.b/裡面", tw("http://a.b/里面"));
    }

    @Test
    void charactersOutsideTheBmpPassThroughUnlessTheDictionariesMapThem() {
        String astral = "𠀀𪚥😀";
        assertEquals(astral, tw(astral));
        assertEquals(astral, hansFromTw(astral));
        // OpenCC's STCharacters maps the simplified 𫫇 (outside the BMP) to 噁 (inside it).
        assertEquals("二噁英", tw("二𫫇英"));
        assertEquals("頭髮𠀀發展😀", tw("头发𠀀发展😀"));
    }

    @Test
    void instancesAreSingletonsAndEnIsRejected() {
        assertSame(ScriptConverter.get(Lang.HANT, HantStandard.TW), ScriptConverter.toHant(HantStandard.TW));
        assertEquals(Lang.HANS, ScriptConverter.toHans(HantStandard.OPENCC).target());
        assertThrows(IllegalArgumentException.class, () -> ScriptConverter.get(Lang.EN, HantStandard.TW));
        assertEquals(HantStandard.OPENCC, HantStandard.parse("opencc"));
        assertThrows(IllegalArgumentException.class, () -> HantStandard.parse("hk"));
    }

    @Test
    void emptyStringStaysEmpty() {
        assertEquals("", tw(""));
        assertEquals("", hansFromTw(""));
    }
}
