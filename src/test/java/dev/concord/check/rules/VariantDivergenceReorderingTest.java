package dev.concord.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VariantDivergenceReorderingTest {
    @Test
    void reversibleCompoundsAndPunctuationAreTheSameWords() {
        assertTrue(VariantDivergenceRule.reordered("不久前，我们举办了一场交流会", "前不久我们举办了一场交流会"));
        assertTrue(VariantDivergenceRule.reordered("大家相互帮助，积累经验", "大家互相帮助，累积经验"));
        assertTrue(VariantDivergenceRule.reordered("他说：“好。”", "他说好"));
    }

    @Test
    void anotherWordOrAFarMoveIsAnEdit() {
        assertFalse(VariantDivergenceRule.reordered("不久前，我们举办了", "很久前我们举办了"));
        assertFalse(VariantDivergenceRule.reordered("我们举办了交流会", "交流会举办了我们"));
        assertFalse(VariantDivergenceRule.reordered("版本 1.5 发布", "版本 15 发布"));
        assertFalse(VariantDivergenceRule.reordered("共三个", "共三个人"));
        assertFalse(VariantDivergenceRule.reordered("第 472 行", "第 427 行"));
        assertFalse(VariantDivergenceRule.reordered("用 npm 装", "用 nmp 装"));
    }

    @Test
    void aGlossaryPlaceholderIsNeverPartOfAWindow() {
        assertFalse(VariantDivergenceRule.reordered("用\u0001x\u0001了", "\u0001x\u0001用了"));
    }

    @Test
    void punctuationBetweenLatinLettersOrDigitsStays() {
        assertEquals("版本1.5和Node.js", VariantDivergenceRule.withoutPunctuation("版本 1.5，和 Node.js。"));
    }
}
