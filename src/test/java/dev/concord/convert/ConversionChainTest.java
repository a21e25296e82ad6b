package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionChainTest {
    private static List<String> explain(OpenccConfig config, String text) {
        return ConversionChain.of(config).trace(text).ambiguities().stream()
                .map(a -> a.start() + ":" + a.source() + "→" + a.chosen() + " " + String.join("/", a.candidates()))
                .toList();
    }

    @Test
    void charactersThatNoPhraseSettledAreAmbiguous() {
        // 发 in 头发 and 发展 is settled by the phrase; alone it is not.
        assertEquals(List.of("0:发→發 發/髮"), explain(OpenccConfig.S2TW, "发 头发 发展"));
        assertEquals(List.of("0:后→後 後/后", "2:干→幹 幹/乾/干/榦"), explain(OpenccConfig.S2T, "后，干"));
        // Reading back: 乾 alone is ambiguous (干 or 乾), 乾隆 is a phrase.
        assertEquals(List.of("0:乾→干 干/乾"), explain(OpenccConfig.T2S, "乾 乾隆"));
        // Candidates as the target standard writes them: Taiwan's 麵, not OpenCC's 麪; and 吃 (喫 or 吃
        // in OpenCC's standard) is no choice at all in Taiwan's.
        assertEquals(List.of("0:面→面 面/麵"), explain(OpenccConfig.S2TW, "面，吃"));
        assertEquals(List.of("0:面→面 面/麪", "2:吃→喫 喫/吃"), explain(OpenccConfig.S2T, "面，吃"));
    }

    @Test
    void traceKnowsWhereLongerOutputCameFrom() {
        ConversionChain.Traced t = ConversionChain.of(OpenccConfig.S2TWP).trace("用算法");
        assertEquals("用演算法", t.text());
        assertEquals(List.of(0, 1, 2, 2), java.util.Arrays.stream(t.origin()).boxed().toList());
    }

    @Test
    void segmentsStayWholeThroughLaterSteps() {
        // s2twp: 软件 is a segment; step 2 (TWPhrases) then rewrites the converted word.
        assertEquals("軟體開發商", ConversionChain.of(OpenccConfig.S2TWP).convert("软件开发商"));
        assertEquals("軟件開發商", ConversionChain.of(OpenccConfig.S2TW).convert("软件开发商"));
    }
}
