package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryTest {
    private static final Dictionary SMALL = Dictionary.of(Dictionary.parseText("""
            # comment
            发\t發 髮
            头发\t頭髮
            理发\t理髮
            理发店\t理髮店
            经理\t經理
            𫫇\t噁
            """));

    private static String match(Dictionary d, String s, int from) {
        int e = d.longestMatch(s, from, s.length());
        return e < 0 ? null : d.key(e) + "=" + d.value(e);
    }

    @Test
    void longestKeyAtAPositionWins() {
        assertEquals("理发店=理髮店", match(SMALL, "理发店里", 0));
        assertEquals("理发=理髮", match(SMALL, "理发现", 0));
        assertEquals("发=發", match(SMALL, "发现", 0));
        assertEquals("经理=經理", match(SMALL, "经理发现", 0));
        assertEquals(null, match(SMALL, "理", 0)); // a prefix of keys but not a key
        assertEquals(null, match(SMALL, "现", 0));
        assertEquals("𫫇=噁", match(SMALL, "二𫫇英", 1));
        assertEquals(-1, SMALL.longestMatch("理发店", 0, 1), "the end bound is respected");
    }

    @Test
    void candidatesInOrderFirstIsDefault() {
        int e = SMALL.find("发");
        assertEquals(List.of("發", "髮"), SMALL.candidates(e));
        assertEquals("發", SMALL.value(e));
        assertTrue(SMALL.isAmbiguous(e));
        assertFalse(SMALL.isAmbiguous(SMALL.find("头发")));
        assertEquals(-1, SMALL.find("头"));
    }

    @Test
    void compactFormRoundTrips() {
        Dictionary back = Dictionary.fromBytes(SMALL.toBytes());
        assertEquals(SMALL, back);
        assertEquals(SMALL.toMap(), back.toMap());
        assertEquals("理发店=理髮店", match(back, "理发店", 0));
    }

    @Test
    void badLinesAreRefusedWithTheirNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dictionary.parseText("a\tb\nno tab here\n"));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }

    @Test
    void compilerDerivesWhatOpenccsBuildDerives() {
        Map<String, Map<String, List<String>>> text = new LinkedHashMap<>();
        for (String name : DictionaryCompiler.AS_IS) text.put(name, Map.of());
        text.put("STPhrases", Map.of("软件", List.of("軟件")));
        text.put("TSPhrases", Map.of());
        text.put("TSCharacters", Map.of("軟", List.of("软"), "體", List.of("体"), "開", List.of("开"), "發", List.of("发"),
                "商", List.of("商"), "件", List.of("件")));
        text.put("TWPhrases", Map.of("軟件", List.of("軟體"), "軟件開發商", List.of("軟體開發商")));
        text.put("HKPhrases", Map.of());
        text.put("TWVariants", Map.of("僞", List.of("偽"), "爲", List.of("為"), "峯", List.of("峰")));
        Map<String, Dictionary> out = DictionaryCompiler.compile(text::get, Map.of("殢", List.of("𣨼")));
        Dictionary st = out.get("STPhrases");
        // 3+ character regional keys become Simplified segmentation phrases; 2-character ones do not.
        assertEquals("軟件開發商", st.value(st.find("软件开发商")));
        assertEquals("軟件", st.value(st.find("软件")));
        assertEquals(2, st.size());
        Dictionary rev = out.get("TWVariantsRev");
        assertEquals("爲", rev.value(rev.find("為")));
        assertEquals("峯", rev.value(rev.find("峰")));
        assertEquals("𣨼", out.get("TSCharactersExt").value(out.get("TSCharactersExt").find("殢")));
    }

    @Test
    void tofuRiskCommentsNameTheRareForm() {
        String ts = "# @tofu-risk: not covered by PingFang/Source Han baseline: 𣨼 U+23A3C\n殢\t殢 𣨼\n樂\t乐\n";
        assertEquals(Map.of("殢", List.of("𣨼")), DictionaryCompiler.tofuRiskForms(ts));
    }

    @Test
    void reversedListsEveryKeyOfACandidate() {
        Map<String, List<String>> fwd = new LinkedHashMap<>();
        fwd.put("a", List.of("x", "y"));
        fwd.put("b", List.of("x"));
        assertEquals(Map.of("x", List.of("a", "b"), "y", List.of("a")), DictionaryCompiler.reversed(fwd));
    }
}
