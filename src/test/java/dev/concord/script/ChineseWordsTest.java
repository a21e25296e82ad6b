package dev.concord.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a glossary rendering's characters are written as words or straddle two ({@link ChineseWords#straddles}). */
class ChineseWordsTest {
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            "國內存在一種看法, 內存",     // 國內|存在
            "國內存款, 內存",           // 國內|存款
            "我吃了一個月的極端口味, 端口", // 極端|口味
            "士兵按命令行動, 命令行",     // 命令|行動
            "完整的命令列表, 命令列",     // 命令|列表
            "一看到控制台裡刷出一堆紅字, 堆", // 一堆
    })
    void charactersOfTwoWords(String text, String rendering) {
        int at = text.indexOf(rendering);
        assertTrue(ChineseWords.straddles(text, at, at + rendering.length()), text);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            "服務器的內存不夠, 內存",
            "服務器的內存不夠, 服務器",   // 服務|器: whole words
            "在命令行中運行, 命令行",
            "設置環境變量, 環境變量",
            "內存, 內存",               // the span is the whole text
            "DeepSeek 發布了規模定律, 規模定律",
    })
    void wordsOfTheirOwn(String text, String rendering) {
        int at = text.indexOf(rendering);
        assertFalse(ChineseWords.straddles(text, at, at + rendering.length()), text);
    }
}
