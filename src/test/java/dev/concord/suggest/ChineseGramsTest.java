package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseGramsTest {
    private static List<String> grams(String text) {
        List<String> out = new ArrayList<>();
        ChineseGrams.forEach(text, (h, s, e) -> {
            assertEquals(ChineseGrams.hashOf(text.substring(s, e)), h, "hash of «" + text.substring(s, e) + "»");
            out.add(text.substring(s, e));
        });
        return out;
    }

    @Test
    void hanNGramsStayInsideOneRun() {
        List<String> g = grams("启动组件缓存，然后重试");
        assertTrue(g.containsAll(List.of("组件缓存", "组件", "缓存", "启动组件缓存", "重试")), g.toString());
        assertFalse(g.stream().anyMatch(x -> x.contains("，")), "punctuation ends a run");
        assertFalse(g.stream().anyMatch(x -> x.length() < 2 && Character.UnicodeScript.of(x.charAt(0)) == Character.UnicodeScript.HAN));
    }

    @Test
    void noGramStartsOrEndsWithAFunctionCharacter() {
        List<String> g = grams("我们的组件缓存了数据");
        assertTrue(g.contains("组件缓存"), g.toString());
        assertFalse(g.contains("的组件"), g.toString());
        assertFalse(g.contains("缓存了"), g.toString());
        assertTrue(g.contains("缓存了数据"), "inside a gram a particle is fine: " + g);
    }

    @Test
    void latinWordRunsAreGramsToo() {
        List<String> g = grams("使用 Zorblax Labs 的 Quasar-7B 模型");
        assertTrue(g.containsAll(List.of("Zorblax Labs", "Zorblax", "Labs", "Quasar-7B", "模型")), g.toString());
        assertFalse(g.contains("Labs 的"), g.toString());
    }

    @Test
    void gramsFromChosenStartsAreTheGramsThatStartThere() {
        String text = "启动组件缓存，使用 Zorblax Labs 的 Quasar-7B 模型然后重试";
        List<String> near = new ArrayList<>();
        ChineseGrams.forEach(text, s -> s >= 10 && s < 26, (h, s, e) -> near.add(s + ":" + text.substring(s, e)));
        List<String> expected = new ArrayList<>();
        ChineseGrams.forEach(text, (h, s, e) -> {
            if (s >= 10 && s < 26) expected.add(s + ":" + text.substring(s, e));
        });
        assertEquals(expected, near);
        assertTrue(near.contains("10:Zorblax Labs") && near.contains("25:Quasar-7B"), near.toString());
        assertFalse(near.stream().anyMatch(x -> x.endsWith(":组件缓存")), "before the starts: " + near);
    }

    @Test
    void gramsAreAtMostEightCharacters() {
        assertTrue(grams("甲乙丙丁戊己庚辛壬癸子丑").stream().allMatch(x -> x.length() <= ChineseGrams.MAX_HAN));
    }
}
