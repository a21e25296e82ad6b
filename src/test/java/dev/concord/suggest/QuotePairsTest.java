package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuotePairsTest {
    @Test
    void theKthQuoteRendersTheKthQuote() {
        String en = "He called it \"gadget drift\" and the \"quiet mode\" of the team.";
        assertEquals("静默模式", QuotePairs.renderingOf("quiet mode", en, "他称之为“部件漂移”，以及团队的“静默模式”。"));
        assertEquals("部件漂移", QuotePairs.renderingOf("gadget drift", en, "他稱之為「部件漂移」，以及團隊的「靜默模式」。"));
    }

    @Test
    void nothingWhenTheQuotesDoNotPairUp() {
        assertNull(QuotePairs.renderingOf("quiet mode", "the \"quiet mode\" and \"gadget drift\"", "只有“静默模式”"));
        assertNull(QuotePairs.renderingOf("other term", "the \"quiet mode\"", "“静默模式”"));
    }

    @Test
    void pairsByKeySkipQuotedSentences() {
        String en = "The \"widget farms\" said \"we will never ship this again, whatever it costs us\".";
        String zh = "“部件农场”说：“无论付出什么代价，我们再也不会发布这个东西了，绝对不会”。";
        assertEquals(java.util.Map.of("widget farm", "部件农场"), QuotePairs.pairs(en, zh), "the long quote is a sentence, not a term");
        assertEquals(java.util.Map.of(), QuotePairs.pairs("no quotes here", "“部件”"));
    }
}
