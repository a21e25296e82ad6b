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
}
