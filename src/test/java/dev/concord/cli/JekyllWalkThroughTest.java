package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first hour with a Jekyll blog, end to end: three posts in
 * {@code _posts/<lang>/<date>-<slug>-<lang>.md}, Simplified posts taking {@code lang} from
 * {@code _config.yml} defaults, links that differ by the language segment; {@code init}, {@code check},
 * {@code --fix --dry-run}, {@code --fix}, and real {@code git commit}s through the installed hook.
 * {@code concord} on the hook's PATH runs this test's classpath (the code under test).
 */
class JekyllWalkThroughTest {
    @TempDir Path tmp;

    private Path blog, bin;

    /** One post's three variants; {@code hans} may use the avoided rendering 缩放定律. */
    private void post(String date, String slug, String en, String hans, String hant) throws Exception {
        String link = "/%s/" + date.replace('-', '/') + "/" + slug + "/";
        write("_posts/en/" + date + "-" + slug + "-en.md", "---\ntitle: " + slug + "\nlang: en\n---\n\n" + en
                + " Read [the notes](" + link.formatted("en") + ").\n");
        // No lang: here: _config.yml's defaults give _posts/zh the lang zh.
        write("_posts/zh/" + date + "-" + slug + "-zh.md", "---\ntitle: " + slug + "\n---\n\n" + hans
                + "见[笔记](" + link.formatted("zh") + ")。\n");
        write("_posts/hant/" + date + "-" + slug + "-hant.md", "---\ntitle: " + slug + "\nlang: hant\n---\n\n" + hant
                + "見[筆記](" + link.formatted("hant") + ")。\n");
    }

    private void write(String rel, String text) throws Exception {
        CliTestSupport.write(blog, rel, text);
    }

    @Test
    void initCheckFixAndCommitThroughTheHook() throws Exception {
        assumeTrue(onPath("git") || "true".equals(System.getenv("CI")), "git is not installed");
        blog = tmp.resolve("blog");
        post("2024-03-12", "first", "Researchers say the scaling law still holds.", "研究者认为缩放定律仍然成立。", "研究者認為規模法則仍然成立。");
        post("2024-04-02", "second", "The scaling law is an observation.", "规模法则是一种观察。", "規模法則是一種觀察。");
        post("2024-05-20", "third", "Nobody knows how long it lasts.", "没有人知道它能持续多久。", "沒有人知道它能持續多久。");
        write("_config.yml", "title: A trilingual blog\ndefaults:\n  - scope:\n      path: \"_posts/zh\"\n    values:\n      lang: zh\n");
        write("README.md", "# A blog\n");

        // init: the layout and codes from the files, what they match, concord's files kept out of the site.
        CliTestSupport.Result init = CliTestSupport.run("init", "-C", blog.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("found 9 Markdown files in 3 posts, 3 with all three variants (hant, hans, en), under "
                + "layout: \"_posts/{lang}/{slug}-{lang}.md\" with langs: {hant: hant, hans: zh, en: en}"), init.out());
        assertTrue(init.out().contains("added concord.yaml and glossary/ to exclude: in _config.yml"), init.out());
        assertTrue(Files.readString(blog.resolve("_config.yml")).contains("exclude:\n  - concord.yaml\n  - glossary/\n"));
        Files.writeString(blog.resolve("concord.yaml"), Files.readString(blog.resolve("concord.yaml"))
                .replace("# links: {lang-segment: true}", "links: {lang-segment: true}"));

        // check: the one real defect, nothing about links or the lang the site config gives.
        String zhFirst = "_posts/zh/2024-03-12-first-zh.md";
        CliTestSupport.Result check = CliTestSupport.run("check", "-C", blog.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        assertTrue(check.out().contains(zhFirst + ":5:6: error: avoid '缩放定律'; use '规模法则' [term scaling-law] [term-forbidden]"), check.out());
        assertFalse(check.out().contains("link-mismatch") || check.out().contains("frontmatter-mismatch"), check.out());
        assertTrue(check.out().contains("in 3 posts (9 files)"), check.out());
        assertEquals("", check.err(), "nothing misplaced");

        // --fix --dry-run: the diff, and no byte changed.
        byte[] before = Files.readAllBytes(blog.resolve(zhFirst));
        CliTestSupport.Result dry = CliTestSupport.run("check", "-C", blog.toString(), "--fix", "--dry-run");
        assertEquals(0, dry.code(), "what would remain is clean: " + dry.out());
        assertTrue(dry.out().startsWith("--- a/" + zhFirst + "\n+++ b/" + zhFirst + "\n@@ -2,4 +2,4 @@\n"), dry.out());
        assertTrue(dry.out().contains("\n-研究者认为缩放定律仍然成立。") && dry.out().contains("\n+研究者认为规模法则仍然成立。"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(blog.resolve(zhFirst)));

        // --fix: each change listed, the file fixed, the blog clean.
        CliTestSupport.Result fix = CliTestSupport.run("check", "-C", blog.toString(), "--fix");
        assertEquals(0, fix.code(), fix.out());
        assertTrue(fix.out().startsWith("fixed " + zhFirst + ":5:6: '缩放定律' → '规模法则' [term-forbidden]\nfixed 1 problem in 1 file\n"), fix.out());
        assertTrue(Files.readString(blog.resolve(zhFirst)).contains("研究者认为规模法则仍然成立。"));

        // A real commit through the installed hook: the clean blog passes, a forbidden term is stopped.
        bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        Path concord = bin.resolve("concord");
        Files.writeString(concord, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path")
                + "' dev.concord.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(concord, PosixFilePermissions.fromString("rwxr-xr-x"));
        git(0, "init", "-q");
        git(0, "config", "user.name", "Walk Through");
        git(0, "config", "user.email", "walk@test.invalid");
        git(0, "config", "commit.gpgsign", "false");
        assertEquals(0, CliTestSupport.run("hook", "install", "-C", blog.toString()).code());
        git(0, "add", ".");
        Run first = git(-1, "commit", "-m", "three posts");
        assertEquals(0, first.code(), first.out() + first.err());

        String second = "_posts/zh/2024-04-02-second-zh.md";
        write(second, Files.readString(blog.resolve(second)).replace("规模法则", "缩放定律"));
        git(0, "add", second);
        Run blocked = git(-1, "commit", "-m", "a forbidden term");
        assertNotEquals(0, blocked.code(), "the hook stops the commit");
        assertTrue((blocked.out() + blocked.err()).contains(second + ":5:1: error: avoid '缩放定律'; use '规模法则'"), blocked.out() + blocked.err());
        assertEquals("1", git(0, "rev-list", "--count", "HEAD").out().strip(), "only the clean commit was recorded");
    }

    private record Run(int code, String out, String err) {}

    private Run git(int expected, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(blog.toFile());
        Map<String, String> env = pb.environment();
        // Isolated from the user's git setup (signing, global hooks).
        env.put("HOME", tmp.toString());
        env.put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("NO_COLOR", "1");
        env.remove("CONCORD_LAUNCHER");
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        Path out = Files.createTempFile(tmp, "out", ".txt"), err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        Run r = new Run(p.waitFor(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        if (expected >= 0) assertEquals(expected, r.code(), cmd + ": " + r.out() + r.err());
        return r;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv("PATH").split(":")) if (Files.isExecutable(Path.of(dir, tool))) return true;
        return false;
    }
}
