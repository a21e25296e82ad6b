package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user is told: each fix made, a dry run's diff (applied by real git), suggestions for
 * typos, the colour conventions, paths that open from the working directory, the progress line.
 */
class FeedbackTest {
    @TempDir Path dir;

    @Test
    void fixPrintsEachChangeAndASecondRunHasNothingToFix() throws Exception {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        CliTestSupport.Result r = CliTestSupport.run("check", "-C", dir.toString(), "--fix");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("""
                fixed posts/hans/post.md:11:7: '缩放定律' → '规模法则' [term-forbidden]
                fixed posts/hant/post.md:21:1: '深言科技' → 'DeepSeek' [term-forbidden]
                fixed 2 problems in 2 files
                """), r.out());
        CliTestSupport.Result again = CliTestSupport.run("check", "-C", dir.toString(), "--fix");
        assertTrue(again.out().startsWith("nothing to fix\n"), again.out());
    }

    @Test
    void anInsertionSaysWhatItInserted() throws Exception {
        CliTestSupport.copyFixture("frontmatter-mismatch/clean", dir);
        Path hans = dir.resolve("posts/hans/post.md");
        Files.writeString(hans, Files.readString(hans).replaceFirst("lang: hans\n", ""));
        CliTestSupport.Result r = CliTestSupport.run("check", "-C", dir.toString(), "--fix");
        assertTrue(r.out().startsWith("fixed posts/hans/post.md:2:1: (nothing) → 'lang: hans⏎' [frontmatter-mismatch]\n"), r.out());
    }

    @Test
    void dryRunPrintsADiffGitCanApplyAndChangesNothing() throws Exception {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        // CRLF and no final newline in one file: the diff must still apply byte for byte.
        Path hant = dir.resolve("posts/hant/post.md");
        String crlf = Files.readString(hant).replace("\n", "\r\n");
        Files.writeString(hant, crlf.substring(0, crlf.length() - 2));
        byte[] hansBefore = Files.readAllBytes(dir.resolve("posts/hans/post.md")), hantBefore = Files.readAllBytes(hant);
        CliTestSupport.Result dry = CliTestSupport.run("check", "-C", dir.toString(), "--fix", "--dry-run");
        assertEquals(0, dry.code(), "the report is what would remain: " + dry.out());
        assertTrue(dry.out().startsWith("--- a/posts/hans/post.md\n+++ b/posts/hans/post.md\n@@ -8,7 +8,7 @@\n"), dry.out());
        assertTrue(dry.out().contains("-研究者认为“缩放定律”仍然有效") && dry.out().contains("+研究者认为“规模法则”仍然有效"), dry.out());
        assertTrue(dry.out().contains("would fix 2 problems in 2 files (--dry-run: no file changed)"), dry.out());
        assertArrayEquals(hansBefore, Files.readAllBytes(dir.resolve("posts/hans/post.md")));
        assertArrayEquals(hantBefore, Files.readAllBytes(hant));

        String patch = dry.out().substring(0, dry.out().indexOf("would fix"));
        Files.writeString(dir.resolve("fix.patch"), patch);
        Path copy = dir.resolve("copy");
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", copy);
        Files.write(copy.resolve("posts/hant/post.md"), hantBefore);
        CliTestSupport.run("check", "-C", copy.toString(), "--fix");
        Process git = new ProcessBuilder("git", "apply", dir.resolve("fix.patch").toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes());
        assertEquals(0, git.waitFor(), out);
        assertArrayEquals(Files.readAllBytes(copy.resolve("posts/hans/post.md")), Files.readAllBytes(dir.resolve("posts/hans/post.md")));
        assertArrayEquals(Files.readAllBytes(copy.resolve("posts/hant/post.md")), Files.readAllBytes(hant), "git apply gives what --fix writes");

        CliTestSupport.Result alone = CliTestSupport.run("check", "-C", dir.toString(), "--dry-run");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--dry-run shows what --fix would change: give both"), alone.err());
    }

    @Test
    void typosGetTheNearestCommandOrOption() {
        CliTestSupport.Result cmd = CliTestSupport.run("chek");
        assertEquals(2, cmd.code());
        assertTrue(cmd.err().contains("Did you mean: concord check?"), cmd.err());
        CliTestSupport.Result opt = CliTestSupport.run("check", "--fx");
        assertEquals(2, opt.code());
        assertTrue(opt.err().contains("Did you mean: concord check --fix?"), opt.err());
        CliTestSupport.Result sub = CliTestSupport.run("glossary", "lnt");
        assertTrue(sub.err().contains("Did you mean: concord glossary lint?"), sub.err());
        CliTestSupport.Result far = CliTestSupport.run("check", "--no-such-option");
        assertEquals(1, far.err().lines().count(), "nothing near enough, no suggestion: " + far.err());
    }

    @Test
    void colourConventions() {
        Terminal.ColorMode auto = Terminal.ColorMode.auto;
        assertTrue(Terminal.color(auto, Map.of(), true));
        assertFalse(Terminal.color(auto, Map.of(), false));
        assertTrue(Terminal.color(auto, Map.of("NO_COLOR", ""), true), "an empty NO_COLOR is not set");
        assertFalse(Terminal.color(auto, Map.of("NO_COLOR", "1"), true));
        assertTrue(Terminal.color(auto, Map.of("FORCE_COLOR", "1"), false));
        assertTrue(Terminal.color(auto, Map.of("CLICOLOR_FORCE", "1"), false));
        assertFalse(Terminal.color(auto, Map.of("FORCE_COLOR", "0"), false));
        assertFalse(Terminal.color(auto, Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), false), "NO_COLOR wins");
        assertTrue(Terminal.color(Terminal.ColorMode.always, Map.of("NO_COLOR", "1"), false));
        assertFalse(Terminal.color(Terminal.ColorMode.never, Map.of("FORCE_COLOR", "1"), true));
    }

    @Test
    void colorOptionReachesTheReport() throws Exception {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        assertTrue(CliTestSupport.run("check", "-C", dir.toString(), "--color=always").out().contains("\u001b[31merror"));
        assertFalse(CliTestSupport.run("check", "-C", dir.toString(), "--color=never").out().contains("\u001b["));
    }

    @Test
    void pathsOpenFromTheWorkingDirectory() {
        Path root = Path.of("/blog");
        assertEquals("post.md", Terminal.display(Path.of("/blog/posts/hans"), root, "posts/hans/post.md"));
        assertEquals("../en/post.md", Terminal.display(Path.of("/blog/posts/hans"), root, "posts/en/post.md"));
        assertEquals("posts/en/post.md", Terminal.display(root, root, "posts/en/post.md"));
        assertEquals("posts/en/post.md", Terminal.display(Path.of("/elsewhere"), root, "posts/en/post.md"), "-C from outside: root-relative");
    }

    @Test
    void progressLineOnlyOnATerminalAndOnlyAfterASecond() throws Exception {
        StringWriter quiet = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(quiet), false)) {
            p.total(3);
            Thread.sleep(Progress.DELAY_MS + 2 * Progress.EVERY_MS);
        }
        assertEquals("", quiet.toString());

        StringWriter shown = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(shown), true)) {
            p.total(3);
            p.postDone();
            Thread.sleep(Progress.DELAY_MS + 2 * Progress.EVERY_MS);
        }
        assertTrue(shown.toString().startsWith("\rconcord: checking 1/3 posts\u001b[K"), shown.toString());
        assertTrue(shown.toString().endsWith("\r\u001b[K"), "the line is erased at the end");

        StringWriter fast = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(fast), true)) {
            p.total(3);
        }
        assertEquals("", fast.toString(), "a run under a second shows nothing");
    }
}
