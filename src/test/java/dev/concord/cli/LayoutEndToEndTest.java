package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.corpus.Layout;
import dev.concord.model.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts found from the configured layout: the default one and a Jekyll blog's `_posts/{lang}/{slug}-{lang}.md`. */
class LayoutEndToEndTest {
    @TempDir Path dir;

    @Test
    void layoutPatternMatchesAndBuildsPaths() {
        Layout jekyll = new Layout("_posts/{lang}/{slug}-{lang}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "zh", Lang.EN, "en"));
        Layout.PostFile f = jekyll.match("_posts/zh/2025-07-27-01.ai-yi-fall-zh.md");
        assertEquals("2025-07-27-01.ai-yi-fall", f.slug());
        assertEquals(Lang.HANS, f.lang());
        assertEquals(null, jekyll.match("_posts/zh/2025-07-27-01.ai-yi-fall-en.md"), "both {lang} must agree");
        assertEquals("_posts/hant/x-hant.md", jekyll.pathOf("x", Lang.HANT));
        assertEquals(java.util.List.of("_posts/hant", "_posts/zh", "_posts/en"), jekyll.walkPrefixes());
        assertEquals("_posts", jekyll.commonRoot());
    }

    private void jekyllBlog(String zhLang) throws Exception {
        CliTestSupport.copyFixture("structure-mismatch/clean", dir);
        Files.writeString(dir.resolve("concord.yaml"), "layout: \"_posts/{lang}/{slug}-{lang}.md\"\nlangs: {hans: zh}\n");
        String slug = "2025-07-27-01.ai-yi-fall";
        for (String[] v : new String[][] {{"hant", "hant"}, {"hans", "zh"}, {"en", "en"}}) {
            String text = Files.readString(dir.resolve("posts/" + v[0] + "/post.md"));
            if (v[0].equals("hans")) text = text.replace("lang: hans", "lang: " + zhLang);
            Path target = dir.resolve("_posts/" + v[1] + "/" + slug + "-" + v[1] + ".md");
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        }
        for (String l : new String[] {"hant", "hans", "en"}) Files.delete(dir.resolve("posts/" + l + "/post.md"));
    }

    @Test
    void jekyllBlogIsCleanAndAFileArgumentChecksItsWholePost() throws Exception {
        jekyllBlog("zh");
        CliTestSupport.Result all = CliTestSupport.run("check", "-C", dir.toString());
        assertEquals(0, all.code(), all.out());
        assertTrue(all.out().contains("in 1 post (3 files)"), all.out());
        CliTestSupport.Result one = CliTestSupport.run("check", "-C", dir.toString(),
                dir.resolve("_posts/en/2025-07-27-01.ai-yi-fall-en.md").toString());
        assertTrue(one.out().contains("in 1 post (3 files)"), "the file's counterparts are read too: " + one.out());
    }

    @Test
    void markdownFilesOutsideTheLayoutAreSkippedNotFatal() throws Exception {
        // pre-commit passes every staged *.md: a commit that touches README.md must still pass.
        CliTestSupport.copyFixture("structure-mismatch/clean", dir);
        Files.writeString(dir.resolve("README.md"), "# readme\n");
        CliTestSupport.Result r = CliTestSupport.run("check", "-C", dir.toString(), dir.resolve("README.md").toString(),
                dir.resolve("posts/hans/post.md").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped README.md: not a post of the layout"), r.err());
        assertTrue(r.out().contains("in 1 post (3 files)"), r.out());
    }

    @Test
    void langMustNameTheConfiguredCode() throws Exception {
        jekyllBlog("hans");
        CliTestSupport.Result r = CliTestSupport.run("check", "-C", dir.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("_posts/zh/2025-07-27-01.ai-yi-fall-zh.md:2:7: error: lang: hans does not name this file's variant (expected lang: zh)"), r.out());
    }
}
