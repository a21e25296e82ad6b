package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord init}: the layout and codes proposed from the files, a starter config and glossary
 * that load and lint clean, existing files kept, Jekyll's exclude: extended; and {@code check}
 * never passes silently when the layout matches nothing.
 */
class InitTest {
    @TempDir Path dir;

    private void post(String rel, String lang) throws Exception {
        CliTestSupport.write(dir, rel, "---\ntitle: T\nlang: " + lang + "\n---\n\nA line.\n");
    }

    @Test
    void anEmptyRepositoryGetsTheDefaultsAndCheckSaysItMatchesNothing() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("init", "-C", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("found no Markdown file with a language in its path"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("concord.yaml")) && Files.isRegularFile(dir.resolve("glossary/terms.yaml")));
        assertEquals(0, CliTestSupport.run("glossary", "lint", "-C", dir.toString()).code());
        CliTestSupport.Result check = CliTestSupport.run("check", "-C", dir.toString());
        assertEquals(2, check.code(), check.out());
        assertTrue(check.err().contains("concord.yaml: the layout 'posts/{lang}/{slug}.md' with langs {hant: hant, hans: hans, en: en} matches no file"),
                check.err());

        Files.writeString(dir.resolve("concord.yaml"), "layout: \"{lang}/{slug}.md\"\n");
        CliTestSupport.Result again = CliTestSupport.run("init", "-C", dir.toString());
        assertTrue(again.out().contains("kept concord.yaml"), again.out());
        assertEquals("layout: \"{lang}/{slug}.md\"\n", Files.readString(dir.resolve("concord.yaml")));
    }

    @Test
    void aJekyllBlogGetsItsLayoutAndCodesAndTheSiteExcludesConcord() throws Exception {
        for (String[] v : new String[][] {{"en", "en"}, {"zh", "zh"}, {"hant", "hant"}}) {
            post("_posts/" + v[0] + "/2024-03-12-first-" + v[0] + ".md", v[1]);
            post("_posts/" + v[0] + "/2024-04-01-second-" + v[0] + ".md", v[1]);
        }
        post("_posts/en/2024-05-01-draft-en.md", "en");
        CliTestSupport.write(dir, "_config.yml", "title: A blog\nexclude:\n  - Gemfile\n  - README.md\nplugins: [jekyll-feed]\n");
        CliTestSupport.Result r = CliTestSupport.run("init", "-C", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("found 7 Markdown files in 3 posts, 2 with all three variants"), r.out());
        assertTrue(r.out().contains("layout: \"_posts/{lang}/{slug}-{lang}.md\" with langs: {hant: hant, hans: zh, en: en}"), r.out());
        String config = Files.readString(dir.resolve("concord.yaml"));
        assertTrue(config.contains("layout: \"_posts/{lang}/{slug}-{lang}.md\"\n") && config.contains("langs: {hant: hant, hans: zh, en: en}"), config);
        assertEquals("title: A blog\nexclude:\n  - Gemfile\n  - README.md\n  - concord.yaml\n  - glossary/\nplugins: [jekyll-feed]\n",
                Files.readString(dir.resolve("_config.yml")));
        CliTestSupport.Result check = CliTestSupport.run("check", "-C", dir.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("in 3 posts (7 files)"), check.out());

        Files.delete(dir.resolve("concord.yaml"));
        CliTestSupport.Result twice = CliTestSupport.run("init", "-C", dir.toString());
        assertTrue(twice.out().contains("_config.yml already excludes concord.yaml and glossary/"), twice.out());
    }

    @Test
    void aFlowExcludeListIsExtendedAndAMissingOneKeepsJekyllsDefaults() throws Exception {
        post("_posts/en/a-en.md", "en");
        post("_posts/zh/a-zh.md", "zh");
        CliTestSupport.write(dir, "_config.yml", "exclude: [Gemfile, vendor]  # keep\r\ntitle: x\r\n");
        CliTestSupport.run("init", "-C", dir.toString());
        assertEquals("exclude: [Gemfile, vendor, concord.yaml, glossary/]  # keep\r\ntitle: x\r\n", Files.readString(dir.resolve("_config.yml")));

        Files.writeString(dir.resolve("_config.yml"), "title: x");
        Files.delete(dir.resolve("concord.yaml"));
        CliTestSupport.run("init", "-C", dir.toString());
        String site = Files.readString(dir.resolve("_config.yml"));
        assertTrue(site.startsWith("title: x\n# concord's configuration"), site);
        assertTrue(site.contains("exclude:\n  - concord.yaml\n  - glossary/\n  - .sass-cache/\n") && site.contains("  - node_modules/\n"), site);
    }

    @Test
    void misplacedFilesAreNamedOnceWithTheLayoutTheyMiss() throws Exception {
        for (String l : new String[] {"en", "zh", "hant"}) post("_posts/" + l + "/a-" + l + ".md", l);
        post("_posts/zh-hant/b-zh-hant.md", "zh-hant");
        post("_posts/en/b.md", "en");
        CliTestSupport.write(dir, "concord.yaml", "layout: \"_posts/{lang}/{slug}-{lang}.md\"\nlangs: {hans: zh}\n");
        CliTestSupport.run("init", "-C", dir.toString()); // the glossary
        CliTestSupport.Result r = CliTestSupport.run("check", "-C", dir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("warning: _posts/zh-hant/b-zh-hant.md fits no post of the layout '_posts/{lang}/{slug}-{lang}.md': "
                + "'zh-hant' is not a code of langs (hant: hant, hans: zh, en: en); for hant files here, set langs: {hant: zh-hant}"), r.err());
        assertTrue(r.err().contains("warning: _posts/en/b.md fits no post of the layout '_posts/{lang}/{slug}-{lang}.md' (a variant's path is "
                + "_posts/hant/{slug}-hant.md or _posts/zh/{slug}-zh.md or _posts/en/{slug}-en.md)"), r.err());
        assertEquals(2, r.err().lines().count(), "each misfit once: " + r.err());
    }

    @Test
    void aLayoutWithoutTheLangSuffixSaysWhichLayoutWouldPairThePosts() throws Exception {
        for (String s : new String[] {"a", "b", "c"}) for (String l : new String[] {"en", "hans", "hant"}) post("_posts/" + l + "/" + s + "-" + l + ".md", l);
        CliTestSupport.write(dir, "concord.yaml", "layout: \"_posts/{lang}/{slug}.md\"\n");
        CliTestSupport.run("init", "-C", dir.toString()); // the glossary
        CliTestSupport.Result r = CliTestSupport.run("check", "-C", dir.toString());
        assertTrue(r.err().contains("9 of 9 posts have one variant only under the layout '_posts/{lang}/{slug}.md'; the files fit "
                + "layout: \"_posts/{lang}/{slug}-{lang}.md\" with langs: {hant: hant, hans: hans, en: en} (3 posts, 3 with all three variants)"), r.err());
    }
}
