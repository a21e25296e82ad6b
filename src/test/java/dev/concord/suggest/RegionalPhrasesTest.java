package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Taiwan's words for mainland ones, from the converter's compiled table, compared in each script. */
class RegionalPhrasesTest {
    @Test
    void aMainlandWordInSimplifiedScriptPairsWithTaiwansWord() {
        // the table writes the mainland word in Traditional script (服務器): hans text has 服务器
        assertTrue(RegionalPhrases.pair("服务器", "伺服器"));
        assertTrue(RegionalPhrases.pair("光标", "游標"));
        assertTrue(RegionalPhrases.holdsMainlandWord("语言服务器"));
        assertTrue(RegionalPhrases.holdsTaiwanWord("語言伺服器"));
    }

    @Test
    void oneWordInTwoScriptsIsNoPair() {
        assertFalse(RegionalPhrases.pair("服务器", "服務器"));
        assertFalse(RegionalPhrases.pair("终端", "終端"));
        assertFalse(RegionalPhrases.holdsMainlandWord("终端"));
    }
}
