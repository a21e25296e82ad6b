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

    /** A verb of the instruction before the noun (打开, 使用) and a locative after it (中, 上) are not the noun's. */
    @Test
    void theWordsOfTheClauseAroundANounAreNotItsRendering() {
        assertEquals("命令面板", ChineseGrams.withoutClauseWords("打开命令面板", "command"));
        assertEquals("命令面板", ChineseGrams.withoutClauseWords("打開命令面板", "command"));
        assertEquals("正斜杠", ChineseGrams.withoutClauseWords("使用正斜杠", "forward"));
        assertEquals("直播平台", ChineseGrams.withoutClauseWords("一个直播平台", "live"));
        assertEquals("子目录", ChineseGrams.withoutClauseWords("子目录中", "subdirectory"));
        assertEquals("桌面", ChineseGrams.withoutClauseWords("桌面上", "desktop"));
        assertEquals("命令面板", ChineseGrams.withoutClauseWords("打开命令面板中", "command"));
    }

    /**
     * The clean twins: a clause word the English term starts with is part of its rendering ("Open
     * Settings", "usage"), and a word too short to lose one (使用 alone, 高中, 线上) keeps it.
     */
    @Test
    void aClauseWordTheTermTranslatesOrAShortWordStays() {
        assertEquals("打开设置", ChineseGrams.withoutClauseWords("打开设置", "open"));
        assertEquals("使用情况", ChineseGrams.withoutClauseWords("使用情况", "usage"));
        assertEquals("选择器", ChineseGrams.withoutClauseWords("选择器", "picker"));
        assertEquals("使用", ChineseGrams.withoutClauseWords("使用", "use"));
        assertEquals("高中", ChineseGrams.withoutClauseWords("高中", "high"));
        assertEquals("线上", ChineseGrams.withoutClauseWords("线上", "online"));
        assertEquals("中文", ChineseGrams.withoutClauseWords("中文", "chinese"));
        assertEquals("Open Settings", ChineseGrams.withoutClauseWords("Open Settings", "open"));
    }
}
