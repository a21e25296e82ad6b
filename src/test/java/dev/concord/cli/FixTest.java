package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --fix changes, and that it reports what remains. */
class FixTest {
    @TempDir Path dir;

    @Test
    void fixesForbiddenTermsQuotesScriptAndLangThenReportsTheRest() throws Exception {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        CliTestSupport.Result r = CliTestSupport.run("check", "-C", dir.toString(), "--fix");
        assertEquals(0, r.code(), r.out());
        assertTrue(Files.readString(dir.resolve("posts/hans/post.md")).contains("研究者认为“规模法则”仍然有效"));
        assertTrue(Files.readString(dir.resolve("posts/hant/post.md")).contains("DeepSeek 與 OpenAI"));

        Path other = dir.resolve("other");
        CliTestSupport.copyFixture("punctuation-style/swapped", other);
        CliTestSupport.run("check", "-C", other.toString(), "--fix");
        assertTrue(Files.readString(other.resolve("posts/hant/post.md")).contains("研究者認為「規模法則」仍然有效"));
        assertTrue(Files.readString(other.resolve("posts/hans/post.md")).contains("研究者认为“规模法则”仍然有效"));

        Path lang = dir.resolve("lang");
        CliTestSupport.copyFixture("frontmatter-mismatch/lang-and-layout", lang);
        CliTestSupport.Result left = CliTestSupport.run("check", "-C", lang.toString(), "--fix");
        assertTrue(Files.readString(lang.resolve("posts/hans/post.md")).contains("lang: hans # expect"), "lang: fixed, comment kept");
        assertEquals(1, left.code(), "the layout difference has no safe fix and is still reported");
        assertTrue(left.out().contains("front matter layout: page"), left.out());
        assertFalse(left.out().contains("lang: zh"), left.out());

        // 內存 straddles 國內 and 存在 ("exist domestically"): not the term, left alone. 內存 as a word
        // where the English has no "memory" (paraphrased) is reported but not fixed; fixed where it has.
        Path across = dir.resolve("across");
        CliTestSupport.copyFixture("term-forbidden/across-two-words", across);
        CliTestSupport.Result acrossRun = CliTestSupport.run("check", "-C", across.toString(), "--fix");
        String hant = Files.readString(across.resolve("posts/hant/post.md"));
        assertTrue(hant.contains("這個應用洩漏記憶體。"), hant);
        assertTrue(hant.contains("國內存在很多問題。"), hant);
        assertTrue(hant.contains("進程沒有正確清理，內存不夠了。"), hant);
        assertEquals(1, acrossRun.code(), "the one left unfixed is still reported: " + acrossRun.out());
        assertTrue(acrossRun.out().contains(":11:"), "the paraphrased line, not 國內存在: " + acrossRun.out());

        Path script = dir.resolve("script");
        CliTestSupport.copyFixture("script-mixed/both-ways", script);
        CliTestSupport.run("check", "-C", script.toString(), "--fix");
        assertTrue(Files.readString(script.resolve("posts/hant/post.md")).contains("研究者認為「規模法則」"));
        assertTrue(Files.readString(script.resolve("posts/hans/post.md")).contains("- 训练成本约为"));
    }
}
