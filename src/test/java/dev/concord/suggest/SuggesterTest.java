package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.convert.HantStandard;
import dev.concord.convert.ScriptConverter;
import dev.concord.corpus.Layout;
import dev.concord.corpus.Post;
import dev.concord.corpus.PostDiscovery;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invented six-post blog: "message queue" is 消息队列 in three hans posts and 讯息伫列 in the
 * other three (inconsistent), 訊息佇列 in every hant post; "Frobnicator" is kept in Latin letters.
 */
public class SuggesterTest {
    @TempDir
    Path root;

    static final String[][] POSTS = {
        // en, hans, hant
        {"The message queue drops events when the disk is full.\n\nFrobnicator reads the logs.",
         "磁盘满时，消息队列会丢弃事件。\n\nFrobnicator 读取日志。",
         "磁碟滿時，訊息佇列會丟棄事件。\n\nFrobnicator 讀取日誌。"},
        {"Restart the message queue after changing the settings.\n\nWe installed Frobnicator yesterday.",
         "更改设置后请重启消息队列。\n\n我们昨天安装了 Frobnicator。",
         "更改設定後請重新啟動訊息佇列。\n\n我們昨天安裝了 Frobnicator。"},
        {"Our message queue handles ten thousand requests.\n\nFrobnicator crashed twice.",
         "我们的讯息伫列处理一万个请求。\n\nFrobnicator 崩溃了两次。",
         "我們的訊息佇列處理一萬個請求。\n\nFrobnicator 當機了兩次。"},
        {"Monitoring the message queue is simple.\n\nFrobnicator is fast.",
         "监控讯息伫列很简单。\n\nFrobnicator 很快。",
         "監控訊息佇列很簡單。\n\nFrobnicator 很快。"},
        {"A second message queue doubles the cost.\n\nThe invoice arrived on Monday.",
         "第二个消息队列会让成本翻倍。\n\n发票星期一到了。",
         "第二個訊息佇列會讓成本翻倍。\n\n發票星期一到了。"},
        {"Nobody reads the message queue metrics.\n\nThe garden needs water.",
         "没人看讯息伫列的指标。\n\n花园需要浇水。",
         "沒人看訊息佇列的指標。\n\n花園需要澆水。"},
    };

    public static void writeBlog(Path root) throws IOException {
        writeBlog(root, POSTS, "note-");
    }

    /** posts[i] = {en, hans, hant} as posts/{lang}/{slug}{i+1}.md. */
    static void writeBlog(Path root, String[][] posts, String slug) throws IOException {
        for (int i = 0; i < posts.length; i++) {
            for (int v = 0; v < 3; v++) {
                String lang = new String[] {"en", "hans", "hant"}[v];
                Path p = root.resolve("posts/" + lang + "/" + slug + (i + 1) + ".md");
                Files.createDirectories(p.getParent());
                Files.writeString(p, "---\nlang: " + lang + "\n---\n\n" + posts[i][v] + "\n", StandardCharsets.UTF_8);
            }
        }
    }

    private List<Suggestion> suggest(Glossary glossary) throws IOException {
        writeBlog(root);
        WorkTreeReader reader = new WorkTreeReader(root);
        Layout layout = new Layout("posts/{lang}/{slug}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "hans", Lang.EN, "en"));
        List<Post> posts = new PostDiscovery(layout, reader).all();
        return new Suggester(glossary, ScriptConverter.toHans(HantStandard.TW), 2).suggest(posts, reader);
    }

    /** A suggestion's renderings in one variant, most used first. */
    private static List<String> texts(Suggestion s, Lang lang) {
        return s.renderings(lang).stream().map(Suggestion.Rendering::text).toList();
    }

    private static Suggestion find(List<Suggestion> all, String key) {
        return all.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    @Test
    void findsTheInconsistentTermAndItsRenderings() throws IOException {
        List<Suggestion> all = suggest(Glossary.empty());
        Suggestion q = find(all, "message queue");
        assertNotNull(q, all.toString());
        assertTrue(q.inconsistent());
        assertFalse(q.keep());
        assertEquals(List.of("消息队列", "讯息伫列"), q.renderings(Lang.HANS).stream().map(Suggestion.Rendering::text).sorted().toList());
        assertEquals(3, q.renderings(Lang.HANS).get(0).blocks());
        assertEquals("訊息佇列", q.preferred(Lang.HANT));
        assertEquals(6, q.renderings(Lang.HANT).get(0).blocks());
        assertEquals(List.of("note-1", "note-2", "note-3", "note-4", "note-5", "note-6"), q.renderings(Lang.HANT).get(0).posts());
        assertEquals(6, q.posts());
    }

    @Test
    void aNameKeptInLatinLettersIsAKeepCandidate() throws IOException {
        Suggestion f = find(suggest(Glossary.empty()), "frobnicator");
        assertNotNull(f);
        assertTrue(f.keep());
        assertFalse(f.inconsistent());
        assertEquals("Frobnicator", f.preferred(Lang.HANS));
        assertEquals("Frobnicator", f.preferred(Lang.HANT));
    }

    @Test
    void inconsistentComesFirst() throws IOException {
        List<Suggestion> all = suggest(Glossary.empty());
        assertEquals("message queue", all.get(0).key(), all.toString());
    }

    @Test
    void aGlossaryTermIsShownOnlyForWhatTheGlossaryDoesNotAccept() throws IOException {
        Glossary g = new Glossary(GlossaryLoader.parse("""
                terms:
                  - id: message-queue
                    en: message queue
                    hans: 消息队列
                    hant: 訊息佇列
                  - id: frobnicator
                    keep: Frobnicator
                """, "test.yaml"));
        List<Suggestion> all = suggest(g);
        assertNull(find(all, "frobnicator"), "fully accepted by the glossary");
        Suggestion q = find(all, "message queue");
        assertNotNull(q);
        assertEquals("message-queue", q.glossaryId());
        Suggestion.Rendering odd = q.renderings(Lang.HANS).stream().filter(r -> r.text().equals("讯息伫列")).findFirst().orElseThrow();
        assertFalse(odd.accepted());
        assertTrue(q.renderings(Lang.HANS).stream().filter(r -> r.text().equals("消息队列")).findFirst().orElseThrow().accepted());
    }

    /**
     * "vector clock" is in one post only, below the default of two posts; hans quotes it as
     * “向量时钟” and hant as 「版本向量」 at the same place: two renderings, not one in two scripts.
     * "lamport stamp" is quoted the same way in both (one rendering): not worth a look.
     */
    @Test
    void aTermQuotedTwoWaysInOnePostIsShownByDefault() throws IOException {
        String[][] posts = {
            {"We call it a \"vector clock\" here.\n\nThe message queue is slow.",
             "我们这里叫它“向量时钟”。\n\n消息队列很慢。",
             "我們這裡叫它「版本向量」。\n\n訊息佇列很慢。"},
            {"The message queue is full.\n\nThe \"lamport stamp\" orders events.",
             "消息队列满了。\n\n“兰波特戳”给事件排序。",
             "訊息佇列滿了。\n\n「蘭波特戳」給事件排序。"},
        };
        writeBlog(root, posts, "q-");
        WorkTreeReader reader = new WorkTreeReader(root);
        Layout layout = new Layout("posts/{lang}/{slug}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "hans", Lang.EN, "en"));
        List<Suggestion> all = new Suggester(Glossary.empty(), ScriptConverter.toHans(HantStandard.TW), Suggester.DEFAULT_MIN_POSTS)
                .suggest(new PostDiscovery(layout, reader).all(), reader);
        Suggestion v = find(all, "vector clock");
        assertNotNull(v, all.toString());
        assertTrue(v.inconsistent());
        assertEquals("向量时钟", v.preferred(Lang.HANS));
        assertEquals("版本向量", v.preferred(Lang.HANT));
        assertNull(find(all, "lamport stamp"), "one post, one rendering: below the default");
    }

    /** Blocks of other posts, so that a pairing seen twice can be told from chance. */
    private static final String[][] OTHER_POSTS = {
        {"The garden needs water.", "花园需要浇水。", "花園需要澆水。"},
        {"The invoice arrived on Monday.", "发票星期一到了。", "發票星期一到了。"},
        {"Nobody reads the weather report.", "没人看天气预报。", "沒人看天氣預報。"},
        {"The bakery opens at seven.", "面包店七点开门。", "麵包店七點開門。"},
        {"Trains were late all week.", "火车整周都晚点。", "火車整週都誤點。"},
        {"The cat sleeps on the sofa.", "猫睡在沙发上。", "貓睡在沙發上。"},
    };

    private List<Suggestion> suggest(String[][] posts, String slug) throws IOException {
        writeBlog(root, posts, slug);
        writeBlog(root, OTHER_POSTS, "other-");
        WorkTreeReader reader = new WorkTreeReader(root);
        Layout layout = new Layout("posts/{lang}/{slug}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "hans", Lang.EN, "en"));
        return new Suggester(Glossary.empty(), ScriptConverter.toHans(HantStandard.TW), Suggester.DEFAULT_MIN_POSTS)
                .suggest(new PostDiscovery(layout, reader).all(), reader);
    }

    /**
     * "Gizmo Market" closes a long paragraph in two posts, translated 商店 once and 应用市场 once;
     * both translations open with 大幅 ("sharply"). Two blocks share 大幅 and nothing else does:
     * over whole blocks that is a perfect pairing, but 大幅 stands at the other end of each block.
     */
    @Test
    void aStringTwoBlocksShareAwayFromTheTermsPlaceIsNoRendering() throws IOException {
        String[][] posts = {
            {"Our downloads rose sharply during the spring, the team hired two designers, and in May we finally shipped the game to the Gizmo Market.",
             "春天我们的下载量大幅上升，团队招了两名设计师，五月终于把游戏上架到了商店。",
             "春天我們的下載量大幅上升，團隊招了兩名設計師，五月終於把遊戲上架到了商店。"},
            {"Revenue jumped sharply after the holiday sale; a week later the finance office asked why nobody had listed the puzzle on the Gizmo Market.",
             "假日促销后收入大幅跳升；一周后财务部门问为什么没人把拼图放上应用市场。",
             "假日促銷後收入大幅跳升；一週後財務部門問為什麼沒人把拼圖放上應用市場。"},
        };
        Suggestion g = find(suggest(posts, "chance-"), "gizmo market");
        assertTrue(g == null || !g.renderings().values().stream().flatMap(List::stream).anyMatch(r -> r.text().equals("大幅")),
                "paired with a string at the other end of its blocks: " + g);
    }

    /** The clean twin: the same blocks with "Gizmo Market" translated 小器市集 at its place in both. */
    @Test
    void aStringAtTheTermsPlaceInBothBlocksIsItsRendering() throws IOException {
        String[][] posts = {
            {"Our downloads rose sharply during the spring, the team hired two designers, and in May we finally shipped the game to the Gizmo Market.",
             "春天我们的下载量大幅上升，团队招了两名设计师，五月终于把游戏上架到了小器市集。",
             "春天我們的下載量大幅上升，團隊招了兩名設計師，五月終於把遊戲上架到了小器市集。"},
            {"Revenue jumped sharply after the holiday sale; a week later the finance office asked why nobody had listed the puzzle on the Gizmo Market.",
             "假日促销后收入大幅跳升；一周后财务部门问为什么没人把拼图放上小器市集。",
             "假日促銷後收入大幅跳升；一週後財務部門問為什麼沒人把拼圖放上小器市集。"},
        };
        Suggestion g = find(suggest(posts, "placed-"), "gizmo market");
        assertNotNull(g);
        assertEquals("小器市集", g.preferred(Lang.HANS));
        assertEquals("小器市集", g.preferred(Lang.HANT));
    }

    /**
     * A name the English writes closed in one post and open in another ("QuillPad", "Quill Pad"),
     * and the translations keep as "QuillPad" in both.
     */
    private static String[][] twoSpellings(String second, String secondKept) {
        return new String[][] {
            {"We keep our drafts in QuillPad now.", "我们现在把草稿放在 QuillPad 里。", "我們現在把草稿放在 QuillPad 裡。"},
            {"Open " + second + " and pick a draft.", "打开 " + secondKept + " 选一份草稿。", "打開 " + secondKept + " 選一份草稿。"},
        };
    }

    /** One name in two spellings is one candidate: two posts, enough for the default. */
    @Test
    void aCompoundWrittenClosedAndOpenIsOneCandidate() throws IOException {
        List<Suggestion> all = suggest(twoSpellings("Quill Pad", "QuillPad"), "spell-");
        Suggestion q = all.stream().filter(s -> s.key().replace(" ", "").equals("quillpad")).findFirst().orElse(null);
        assertNotNull(q, all.toString());
        assertEquals(2, q.posts());
        assertTrue(q.keep(), q.toString());
        assertEquals("QuillPad", q.preferred(Lang.HANS));
    }

    /** The clean twin: another name with a similar spelling ("Quill Pen") stays apart, one post each. */
    @Test
    void namesThatDifferBeyondTheirSpacesStayApart() throws IOException {
        List<Suggestion> all = suggest(twoSpellings("Quill Pen", "Quill Pen"), "apart-");
        assertTrue(all.stream().noneMatch(s -> s.key().startsWith("quill")), all.toString());
    }

    /** "Frame Loader" only ever after the word {@code lead} ("Zorp Frame Loader"), kept beside 帧加载器 in the translations. */
    private static String[][] led(String lead, String otherUses) {
        return new String[][] {
            {otherUses, "每周发布一个新版本。", "每週發布一個新版本。"},
            {"The " + lead + " Frame Loader reads each frame lazily.", lead + " 帧加载器会延迟读取每一帧。", lead + " 幀加載器會延遲讀取每一幀。"},
            {"Restart the " + lead + " Frame Loader after an update.", "更新后请重启 " + lead + " 帧加载器。", "更新後請重新啟動 " + lead + " 幀加載器。"},
            {"We like " + lead + " for its speed.", "我们喜欢 " + lead + " 的速度。", "我們喜歡 " + lead + " 的速度。"},
        };
    }

    /**
     * A term seen only inside a longer candidate that starts with a name ("Zorp", a name in every
     * post that uses it) is a term of its own: the name kept in Latin letters, then the term.
     */
    @Test
    void theRestOfACandidateAfterALeadingNameIsATermOfItsOwn() throws IOException {
        List<Suggestion> all = suggest(led("Zorp", "New builds of Zorp ship every week."), "led-");
        Suggestion f = find(all, "frame loader");
        assertNotNull(f, all.toString());
        assertEquals("帧加载器", f.preferred(Lang.HANS));
        assertEquals("幀加載器", f.preferred(Lang.HANT));
    }

    /** The clean twin: "Smart" in "Smart Frame Loader" is no name (the posts write "smart" as a word), so the part stays inside. */
    @Test
    void theRestAfterAnOrdinaryWordStaysInsideTheLongerCandidate() throws IOException {
        List<Suggestion> all = suggest(led("Smart", "A smart build with smart defaults ships every week, for smart people with smart habits."), "word-");
        assertNull(find(all, "frame loader"), all.toString());
    }

    /**
     * Two posts open with "when it fails" (遇到错误) near "Wobble Cache": the first quotes an error
     * message that both translations keep in English, the second translates the term as {@code second}.
     */
    private static String[][] quotedMessage(String second, String secondHant) {
        return new String[][] {
            {"Blorb prints \"Wobble Cache is locked\" when it fails, and stops.",
             "遇到错误时 Blorb 会输出 \"Wobble Cache is locked\" 并停止。",
             "遇到錯誤時 Blorb 會輸出 \"Wobble Cache is locked\" 並停止。"},
            {"When it fails, the Wobble Cache is usually full.", "遇到错误时，通常是" + second + "满了。", "遇到錯誤時，通常是" + secondHant + "滿了。"},
        };
    }

    /** The block that keeps the English form renders the term by it: what it shares with the other block is no rendering. */
    @Test
    void aBlockThatKeepsTheEnglishFormGivesNoOtherRendering() throws IOException {
        Suggestion w = find(suggest(quotedMessage("摆动缓存", "擺動緩存"), "quoted-"), "wobble cache");
        assertTrue(w == null || w.renderings().values().stream().flatMap(List::stream).noneMatch(r -> r.text().startsWith("遇到")),
                "the words before a quoted message are no rendering: " + w);
    }

    /** The clean twin: both blocks keep the English form, which is then the rendering. */
    @Test
    void twoBlocksThatKeepTheEnglishFormMakeItTheRendering() throws IOException {
        Suggestion w = find(suggest(quotedMessage("Wobble Cache ", "Wobble Cache "), "kept-"), "wobble cache");
        assertNotNull(w);
        assertEquals("Wobble Cache", w.preferred(Lang.HANS));
        assertTrue(w.keep());
    }

    /** A capitalised word only ever seen before one other ("Wobble" in "Wobble Cache") is part of that name, not a name leading a term. */
    @Test
    void aWordOnlySeenBeforeOneOtherLeadsNoTerm() throws IOException {
        List<Suggestion> all = suggest(quotedMessage("Wobble Cache ", "Wobble Cache "), "one-");
        assertNotNull(find(all, "wobble cache"), all.toString());
        assertNull(find(all, "cache"), all.toString());
    }

    /**
     * "Plinth Hub" in two posts; in the second, the translations split the English paragraph in two
     * ({@code second} is what follows the first Chinese paragraph) and the name is in the second half.
     */
    private static String[][] splitParagraph(String second, String secondHant) {
        return new String[][] {
            {"Our team moved every draft to Plinth Hub last spring.", "去年春天我们团队把所有草稿搬到了基座中心。", "去年春天我們團隊把所有草稿搬到了基座中心。"},
            {"The old wiki was slow: every page took 30 seconds to open. In 2019 Plinth Hub replaced it for good.",
             "旧的维基很慢：每个页面要 30 秒才能打开。" + second, "舊的維基很慢：每個頁面要 30 秒才能打開。" + secondHant},
        };
    }

    /** "Plinth Hub" rendered 基座中心 in the hans blocks of both posts. */
    private void renderedInBothPosts(String second, String secondHant, String slug) throws IOException {
        List<Suggestion> all = suggest(splitParagraph(second, secondHant), slug);
        Suggestion h = find(all, "plinth hub");
        assertNotNull(h, all.toString());
        assertEquals("基座中心", h.preferred(Lang.HANS));
        assertEquals(List.of(slug + "1", slug + "2"), h.renderings(Lang.HANS).get(0).posts());
    }

    /**
     * A Chinese paragraph the aligner finds merged into an English one (its anchor, 2019, is in
     * the English paragraph) is part of that block's translation.
     */
    @Test
    void aParagraphTheTranslationSplitsIsOneBlockPair() throws IOException {
        renderedInBothPosts("\n\n2019 年，基座中心彻底取代了它。", "\n\n2019 年，基座中心徹底取代了它。", "split-");
    }

    /** The clean twin: the same translation in one paragraph gives the same rendering. */
    @Test
    void theSameParagraphUnsplitGivesTheSameRendering() throws IOException {
        renderedInBothPosts("2019 年，基座中心彻底取代了它。", "2019 年，基座中心徹底取代了它。", "whole-");
    }

    @Test
    void aPlaceIsAShareOfTheBlockWithSomeCharactersOfSlackInShortBlocks() {
        double[] end = {0.9};
        assertFalse(Suggester.atPlace(end, 10, 100), "a tenth of the way into a long block is far from its end");
        assertTrue(Suggester.atPlace(end, 70, 100), "within a quarter of the block (and ten characters)");
        assertTrue(Suggester.atPlace(end, 1, 12), "a short block reorders freely");
        assertTrue(Suggester.atPlace(new double[0], 0, 100), "a term without a place of its own goes anywhere");
    }

    private static String[][] oneOddPost(String hant3) {
        return new String[][] {
            {"The message queue stores every event.", "消息队列保存每个事件。", "消息隊列保存每個事件。"},
            {"Restart the message queue after upgrades.", "升级后重启消息队列。", "升級後重啟消息隊列。"},
            {"Monitor the message queue daily.", "每天监控消息队列。", "每天監控消息隊列。"},
            {"The message queue was slow today.\n\nWe split the message queue in two.\n\nNow the message queue is fast.",
             "今天消息队列很慢。\n\n我们把消息队列拆成两个。\n\n现在消息队列很快。", hant3},
        };
    }

    /**
     * hant says 消息隊列 in three posts and 訊息佇列 in all three blocks of a fourth, where hans keeps
     * 消息队列 throughout: one post's other word, which the two-posts rule alone would not take.
     */
    @Test
    void aWordOnePostUsesWhereTheOtherVariantKeepsItsUsualOneIsAnInconsistency() throws IOException {
        Suggestion q = find(suggest(oneOddPost("今天訊息佇列很慢。\n\n我們把訊息佇列拆成兩個。\n\n現在訊息佇列很快。"), "odd-"), "message queue");
        assertNotNull(q);
        assertEquals(List.of("消息隊列", "訊息佇列"), texts(q, Lang.HANT));
        assertTrue(q.inconsistent());
    }

    /** The clean twin: the third post's hant keeps the hans string itself (a script slip, not another word). */
    @Test
    void theOtherVariantsOwnStringInOnePostIsNoRendering() throws IOException {
        Suggestion q = find(suggest(oneOddPost("今天消息队列很慢。\n\n我們把消息队列拆成兩個。\n\n現在消息队列很快。"), "slip-"), "message queue");
        assertNotNull(q);
        assertEquals(List.of("消息隊列"), texts(q, Lang.HANT));
        assertFalse(q.inconsistent());
    }

    /**
     * hant writes 指令選單 in three posts and 命令面板, hans's word throughout, in all three blocks
     * of a fourth: the two scripts write 命令面板 alike, so that is a second word of hant's, not a
     * script slip like 消息队列 above.
     */
    @Test
    void theOtherVariantsWordWrittenAlikeInBothScriptsIsARendering() throws IOException {
        String[][] posts = {
            {"The command palette lists every action.", "命令面板列出所有操作。", "指令選單列出所有操作。"},
            {"Press F1 for the command palette.", "按 F1 打开命令面板。", "按 F1 開啟指令選單。"},
            {"Search the command palette by name.", "在命令面板里按名称搜索。", "在指令選單裡按名稱搜尋。"},
            {"The command palette was slow today.\n\nWe rebuilt the command palette.\n\nNow the command palette is fast.",
             "今天命令面板很慢。\n\n我们重写了命令面板。\n\n现在命令面板很快。",
             "今天命令面板很慢。\n\n我們重寫了命令面板。\n\n現在命令面板很快。"},
        };
        Suggestion q = find(suggest(posts, "alike-"), "command palette");
        assertNotNull(q);
        assertEquals(List.of("指令選單", "命令面板"), texts(q, Lang.HANT));
        assertTrue(q.inconsistent());
    }

    /**
     * "Zorp" is kept in both variants of three posts; the fourth is about the Zorp ROM, where the
     * name stands inside the longer candidate "Zorp ROM" in every block, and hans writes {@code name}.
     */
    private static String[][] nested(String name) {
        return new String[][] {
            {"We flashed Zorp on the old phone.", "我们在旧手机上刷了 Zorp。", "我們在舊手機上刷了 Zorp。"},
            {"Zorp updates arrive monthly.\n\nThe Zorp ROM is small.", "Zorp 每月更新。\n\nZorp ROM 很小。", "Zorp 每月更新。\n\nZorp ROM 很小。"},
            {"Nobody else ships Zorp.", "没有别人发布 Zorp。", "沒有別人發布 Zorp。"},
            {"The Zorp ROM boots fast.\n\nA signed Zorp ROM is safer.\n\nEvery Zorp ROM has a recovery mode.",
             name + " ROM 启动很快。\n\n签名的 " + name + " ROM 更安全。\n\n每个 " + name + " ROM 都有恢复模式。",
             "Zorp ROM 啟動很快。\n\n簽名的 Zorp ROM 更安全。\n\n每個 Zorp ROM 都有恢復模式。"},
        };
    }

    /**
     * A kept name translated in one post only inside a longer name ("Zorp ROM" → 佐普 ROM) is still
     * the name translated: the blocks that hold it inside the longer one are searched against the
     * other variant too, and "ROM", the longer name's own word, is not the rendering.
     */
    @Test
    void aKeptNameTranslatedInsideALongerNameIsAnInconsistency() throws IOException {
        Suggestion z = find(suggest(nested("佐普"), "nested-"), "zorp");
        assertNotNull(z);
        assertEquals(List.of("Zorp", "佐普"), texts(z, Lang.HANS));
        assertTrue(z.inconsistent());
    }

    /** The clean twin: the fourth post's hans keeps the name too. */
    @Test
    void aKeptNameKeptInsideALongerNameIsConsistent() throws IOException {
        Suggestion z = find(suggest(nested("Zorp"), "kept-"), "zorp");
        assertNotNull(z);
        assertEquals(List.of("Zorp"), texts(z, Lang.HANS));
        assertFalse(z.inconsistent());
    }

    /**
     * "ledger" alone in two posts, and inside three longer candidates ("ledger entries", "ledger
     * totals", "ledger export") in the other two, where its blocks are those candidates' own; hant
     * writes {@code hantWord} for it in the fourth, whose every block also names Acme (in one other
     * post too): in those blocks the string goes with "ledger", whatever Acme's other blocks say.
     */
    private static String[][] inLongerTerms(String hantWord) {
        return new String[][] {
            {"The ledger is in the drawer at Acme.", "账本在 Acme 的抽屉里。", "帳本在 Acme 的抽屜裡。"},
            {"She closed the ledger.", "她合上了账本。", "她合上了帳本。"},
            {"Ledger entries and ledger totals match.\n\nThe ledger export runs nightly.",
             "账本条目和账本合计一致。\n\n账本导出每晚运行。", "帳本條目和帳本合計一致。\n\n帳本匯出每晚執行。"},
            {"At Acme, check the ledger entries first.\n\nThen compare the ledger totals at Acme.\n\nFinally run the ledger export at Acme.",
             "在 Acme，先检查账本条目。\n\n然后在 Acme 比较账本合计。\n\n最后在 Acme 运行账本导出。",
             "在 Acme，先檢查" + hantWord + "條目。\n\n然後在 Acme 比較" + hantWord + "合計。\n\n最後在 Acme 執行" + hantWord + "匯出。"},
        };
    }

    /** A word one post renders otherwise only inside longer terms is found there against the other variant. */
    @Test
    void anotherWordInsideLongerTermsIsAnInconsistency() throws IOException {
        Suggestion l = find(suggest(inLongerTerms("分類帳"), "longer-"), "ledger");
        assertNotNull(l);
        assertEquals(List.of("帳本", "分類帳"), texts(l, Lang.HANT));
        assertTrue(l.inconsistent());
    }

    /**
     * The clean twin: the fourth post's hant keeps 帳本 inside the longer terms too, and nothing is
     * reported inconsistent. (Here "ledger" is not suggested at all: its own blocks are two, while
     * 帳本 stands in seven, most of them the longer terms', too many for two blocks to be more
     * than chance.)
     */
    @Test
    void theSameWordInsideLongerTermsIsConsistent() throws IOException {
        List<Suggestion> all = suggest(inLongerTerms("帳本"), "same-");
        assertTrue(all.stream().noneMatch(Suggestion::inconsistent), all.toString());
        assertTrue(all.stream().flatMap(x -> x.renderings().values().stream()).flatMap(List::stream).noneMatch(r -> r.text().contains("分類帳")));
    }

    /**
     * The translations open the term's clause with a verb (Ctrl+P 打开命令面板) and close it with a
     * locative (子目录中): the string of best score holds them, the rendering does not.
     */
    @Test
    void theVerbBeforeAndTheLocativeAfterANounAreNotPartOfItsRendering() throws IOException {
        String[][] posts = {
            {"Press Ctrl+P to open the command palette.", "按 Ctrl+P 打开命令面板。", "按 Ctrl+P 打開命令面板。"},
            {"Use Ctrl+P: open the command palette first.", "用 Ctrl+P：先打开命令面板。", "用 Ctrl+P：先打開命令面板。"},
            {"Put the file in a subdirectory.", "把文件放在子目录中。", "把檔案放在子目錄中。"},
            {"Logs go to a subdirectory named logs.", "日志写入名为 logs 的子目录中。", "日誌寫入名為 logs 的子目錄中。"},
        };
        List<Suggestion> all = suggest(posts, "clause-");
        Suggestion palette = find(all, "command palette"), sub = find(all, "subdirectory");
        assertNotNull(palette, all.toString());
        assertEquals("命令面板", palette.preferred(Lang.HANS));
        assertEquals("命令面板", palette.preferred(Lang.HANT));
        assertNotNull(sub, all.toString());
        assertEquals("子目录", sub.preferred(Lang.HANS));
        assertEquals("子目錄", sub.preferred(Lang.HANT));
    }

    /**
     * "Widgets" names a product in two posts ("on Widgets"); a third sentence opens with it, which
     * alone would read as the plural of "widget".
     */
    private static List<Suggester.PostData> sentences(String... posts) {
        List<Suggester.PostData> data = new ArrayList<>();
        for (String p : posts) data.add(new Suggester.PostData(new ArrayList<>(List.of(new ArrayList<>(EnglishCandidates.find(p)))), Map.of()));
        return data;
    }

    /** The keys of the last post's occurrences written {@code surface} (the sentence that opens with it). */
    private static Set<String> keysOf(List<Suggester.PostData> data, String surface) {
        Set<String> keys = new TreeSet<>();
        for (List<EnglishCandidates.Occurrence> piece : data.get(data.size() - 1).pieces()) {
            for (EnglishCandidates.Occurrence o : piece) if (o.surface().equals(surface)) keys.add(o.key());
        }
        return keys;
    }

    @Test
    void aSentenceThatOpensWithANameTheBlogUsesElsewhereNamesIt() {
        List<Suggester.PostData> data = sentences("The backup tool works on Widgets today.", "We tested the backup tool on Widgets.", "Widgets will save the file.");
        Suggester.joinSentenceStarts(data);
        assertEquals(Set.of("widgets"), keysOf(data, "Widgets"));
    }

    /** The clean twins: with no mid-sentence use as a name, or such a use in one post only, it stays the common word. */
    @Test
    void aSentenceThatOpensWithACommonWordKeepsIt() {
        List<Suggester.PostData> none = sentences("Small widgets load fast.", "Widgets will save the file.");
        Suggester.joinSentenceStarts(none);
        assertEquals(Set.of("widget"), keysOf(none, "Widgets"));
        List<Suggester.PostData> once = sentences("The backup tool works on Widgets today.", "Widgets will save the file.");
        Suggester.joinSentenceStarts(once);
        assertEquals(Set.of("widget"), keysOf(once, "Widgets"));
    }

    /**
     * "Frob Studio" is kept in the text of two posts; their titles, in hans, keep "Frob" and
     * translate the rest ({@code title1}, {@code title2}).
     */
    private static String[][] halfTranslatedTitles(String title1, String title2) {
        return new String[][] {
            {"Installing Frob Studio\n\nFrob Studio needs a licence key.\n\nOpen Frob Studio and sign in.",
             title1 + "\n\nFrob Studio 需要许可证密钥。\n\n打开 Frob Studio 并登录。",
             "安裝 Frob Studio\n\nFrob Studio 需要授權金鑰。\n\n打開 Frob Studio 並登入。"},
            {"Updating Frob Studio\n\nFrob Studio checks for updates daily.",
             title2 + "\n\nFrob Studio 每天检查更新。",
             "更新 Frob Studio\n\nFrob Studio 每天檢查更新。"},
        };
    }

    /** A kept name whose last word is translated in two posts (Frob工作室) is a second rendering: an inconsistency. */
    @Test
    void aKeptNameHalfTranslatedInTwoPostsIsAnInconsistency() throws IOException {
        Suggestion f = find(suggest(halfTranslatedTitles("安装Frob工作室", "更新Frob工作室"), "half-"), "frob studio");
        assertNotNull(f);
        assertEquals(List.of("Frob Studio", "Frob工作室"), texts(f, Lang.HANS));
        assertTrue(f.inconsistent());
        assertTrue(f.keep());
    }

    /** The clean twins: titles that keep the name, or a half translation in one post only, leave it consistent. */
    @Test
    void aKeptNameKeptOrHalfTranslatedOnceIsConsistent() throws IOException {
        for (String[] titles : new String[][] {{"安装 Frob Studio", "更新 Frob Studio"}, {"安装Frob工作室", "更新 Frob Studio"}}) {
            Suggestion f = find(suggest(halfTranslatedTitles(titles[0], titles[1]), "kept" + titles[1].length() + "-"), "frob studio");
            assertNotNull(f);
            assertEquals(List.of("Frob Studio"), texts(f, Lang.HANS));
            assertFalse(f.inconsistent());
        }
    }

    private static List<Suggester.Unit> blocks(String... zh) {
        List<Suggester.Unit> out = new ArrayList<>();
        for (int i = 0; i < zh.length; i++) out.add(new Suggester.Unit(i, "", List.of(), zh[i]));
        return out;
    }

    /** 單中 is the end of 菜單 and 中 ("in"): the noun is the character before it and the first. */
    @Test
    void aCharacterAndALocativeIsTheEndOfTheNounBeforeIt() {
        assertEquals("菜單", Suggester.whole("單中", blocks("在下拉菜單中選擇。", "從左側菜單中點擊。")));
        // the common end of two nouns is neither: each is found on its own
        assertNull(Suggester.whole("單中", blocks("從右鍵選單中尋找。", "從下拉菜單中選擇。")));
    }

    /** The clean twins: a two-character word with a locative at the start of a clause, or after a function character, stays. */
    @Test
    void aLocativeWordOfItsOwnStays() {
        assertEquals("其中", Suggester.whole("其中", blocks("其中，兩個失敗了。", "其中有三個。")));
        assertEquals("線上", Suggester.whole("線上", blocks("我們的線上課程。", "他的線上商店。")));
        assertEquals("菜單", Suggester.whole("菜單", blocks("在下拉菜單中選擇。", "從左側菜單中點擊。")));
    }

    /** How the sentences use one candidate, each sentence a post. */
    private static Suggester.Stats uses(String key, String... sentences) {
        Suggester.Stats s = new Suggester.Stats();
        for (int i = 0; i < sentences.length; i++) {
            for (EnglishCandidates.Occurrence o : EnglishCandidates.find(sentences[i])) if (o.key().equals(key)) s.add(i, o);
        }
        assertTrue(s.occurrences > 0, key + " not found");
        return s;
    }

    @Test
    void aWordThatOnlyEverModifiesANounIsATermCandidate() {
        assertTrue(Suggester.termLike("default", uses("default", "Change the default settings first.", "Keep the default shell.")));
        assertTrue(Suggester.termLike("memory", uses("memory", "It fails with memory leaks.", "Watch the memory usage.")));
        assertTrue(Suggester.termLike("speed", uses("speed", "Check the speed limits.")), "-eed is no participle ending");
    }

    @Test
    void anAdverbAParticipleOrAVerbIsNot() {
        assertFalse(Suggester.termLike("typically", uses("typically", "The build typically fails twice.")));
        assertFalse(Suggester.termLike("updated", uses("updated", "Read the updated settings.")));
        assertFalse(Suggester.termLike("ensure", uses("ensure", "You must ensure backups run.", "We ensure nothing.")));
    }

    /**
     * The term's own English form in Chinese text (a label of the screen left in English: "Add
     * Native Support") is accepted beside the translation; another Chinese word is to avoid.
     */
    @Test
    void yamlAcceptsTheEnglishFormKeptInChineseAndAvoidsOtherWords() {
        Map<Lang, List<Suggestion.Rendering>> rs = new java.util.EnumMap<>(Lang.class);
        rs.put(Lang.HANS, List.of(new Suggestion.Rendering("砂轮", 5, List.of("a", "b"), false),
                new Suggestion.Rendering("Grindstones", 2, List.of("c"), false)));
        rs.put(Lang.HANT, List.of(new Suggestion.Rendering("砂輪", 5, List.of("a", "b"), false),
                new Suggestion.Rendering("磨石", 3, List.of("c"), false)));
        Suggestion s = new Suggestion("grindstone", "grindstone", Suggestion.Kind.WORD, 3, 7, rs, true, false, null, 1);
        dev.concord.glossary.Term t = SuggestionWriter.terms(List.of(s)).get(0);
        assertEquals(List.of("砂轮", "Grindstones"), t.accepted(Lang.HANS));
        assertEquals(List.of(), t.avoid(Lang.HANS));
        assertEquals(List.of("砂輪"), t.accepted(Lang.HANT));
        assertEquals(List.of("磨石"), t.avoid(Lang.HANT));
    }

    @Test
    void yamlEntriesLoadAsAGlossary() throws IOException {
        List<Suggestion> all = suggest(Glossary.empty());
        java.io.StringWriter w = new java.io.StringWriter();
        SuggestionWriter.yaml(all, new java.io.PrintWriter(w, true));
        Glossary back = new Glossary(GlossaryLoader.parse(w.toString(), "suggested.yaml"));
        var q = back.get("message-queue");
        assertNotNull(q, w.toString());
        assertEquals(List.of("message queue"), q.accepted(Lang.EN));
        assertEquals(1, q.accepted(Lang.HANS).size());
        assertEquals(1, q.avoid(Lang.HANS).size(), "the other rendering is to avoid");
        assertEquals("Frobnicator", back.get("frobnicator").keep());
    }
}
