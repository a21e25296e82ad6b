package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenccTest {
    /**
     * Our fast loader must read every entry opencc4j reads, with the same values in the same order.
     * It may read more: opencc4j's own map lacks 饟 → 𫗵, a plain line (3355) of its
     * TSCharacters.txt (measured; cause not investigated). An astral value is never used by
     * opencc4j's character path anyway, so conversion output is the same.
     */
    @Test
    void tablesEqualOpencc4jOwnLoading() {
        assertSameTable(OpenccDatas.tsChar().data().getDataMap(), Opencc.table("TSCharacters.txt"));
        assertSameTable(OpenccDatas.tsPhrase().data().getDataMap(), Opencc.table("TSPhrases.txt"));
        assertSameTable(OpenccDatas.stChar().data().getDataMap(), Opencc.table("STCharacters.txt"));
        assertSameTable(OpenccDatas.stPhrase().data().getDataMap(), Opencc.table("STPhrases.txt"));
    }

    private static void assertSameTable(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        expected.forEach((k, v) -> assertEquals(v, actual.get(k), k));
        List<String> extra = actual.keySet().stream().filter(k -> !expected.containsKey(k)).sorted().toList();
        System.out.println("entries opencc4j's loader dropped: " + extra);
        assertTrue(extra.size() <= 5, "unexpected extra entries " + extra);
    }

    @Test
    void directionsConvertTheWarmUpSentences() {
        assertEquals(Opencc.WARM_UP_TRADITIONAL, Opencc.s2t().convert(Opencc.WARM_UP_SIMPLIFIED));
        assertEquals(Opencc.WARM_UP_SIMPLIFIED_TS, Opencc.t2s().convert(Opencc.WARM_UP_TRADITIONAL_TS));
    }
}
