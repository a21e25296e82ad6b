package dev.concord.cli;

import static dev.concord.cli.CliTestSupport.copyFixture;
import static dev.concord.cli.CliTestSupport.run;
import static dev.concord.cli.CliTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.check.CheckResult;
import dev.concord.check.Checker;
import dev.concord.check.Fixer;
import dev.concord.check.Workspace;
import dev.concord.check.rules.Rules;
import dev.concord.corpus.Layout;
import dev.concord.corpus.Post;
import dev.concord.corpus.PostDiscovery;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile cases of docs/reliability.md that run in-process: paths outside the root, nesting,
 * YAML the loader must refuse, faults that must be reported, posts the walk must not skip,
 * files --fix rewrites. Each failure is one line naming the file (and line) with exit 2, never a
 * Java class name or a stack trace.
 */
class RobustnessTest {
    @TempDir Path dir;

    /** Exit 2 and one line on stderr holding every fragment, without a Java class name or stack trace. */
    static void assertOneLine(CliTestSupport.Result r, String... fragments) {
        assertEquals(2, r.code(), "exit code; stderr: " + r.err() + "\nstdout: " + r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "one line on stderr: " + err);
        assertNoJava(err);
        for (String f : fragments) assertTrue(err.contains(f), "'" + f + "' in: " + err);
    }

    static void assertNoJava(String text) {
        assertFalse(text.matches("(?s).*\\b(java|javax|sun|jdk|org|com)\\.[a-z]+\\.[A-Za-z.]*.*"), "a Java class name: " + text);
        assertFalse(text.contains("Exception") || text.contains("Error:") || text.contains("\tat "), "a stack trace: " + text);
    }

    private Path project() throws Exception {
        return copyFixture("term-forbidden/avoided-renderings", dir.resolve("p"));
    }

    /** A rule with a bug: it throws on every post (it takes number-mismatch's id, as a test class may not declare one). */
    static final class FailingRule implements dev.concord.check.Rule {
        @Override
        public dev.concord.catalogue.RuleInfo info() {
            return dev.concord.check.rules.NumberMismatchRule.class.getAnnotation(dev.concord.catalogue.RuleInfo.class);
        }

        @Override
        public void check(dev.concord.check.PostContext post, List<dev.concord.check.Finding> out) {
            out.add(post.at(this, Lang.EN, 0, 0).message("half done").build());
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void aRuleThatFailsOnAPostCostsOnlyItsOwnFindingsThere() throws Exception {
        Path p = project();
        Workspace ws = Workspace.load(p);
        List<dev.concord.check.Rule> rules = new ArrayList<>(Rules.all());
        rules.add(0, new FailingRule());
        Checker checker = new Checker(ws.config(), ws.glossary(), ws.terms(), rules, ws.scriptFixes());
        WorkTreeReader reader = new WorkTreeReader(p);
        List<Post> posts = new PostDiscovery(new Layout(ws.config().layout(), ws.config().langs()), reader).all();
        CheckResult result = checker.check(posts, reader);
        assertTrue(result.findings().stream().anyMatch(f -> f.message().startsWith("avoid ")), "the other rules still report");
        assertEquals(1, result.findings().stream().filter(f -> f.message().startsWith("concord could not check this post")).count());
        assertFalse(result.findings().stream().anyMatch(f -> f.message().equals("half done")), "a failed rule's partial findings are dropped");
    }

    // 1. A fix is applied only to the bytes it was computed from

    @Test
    void aFileSavedBetweenCheckAndFixIsLeftAloneAndReportedStale() throws Exception {
        Path p = project();
        Workspace ws = Workspace.load(p);
        Checker checker = new Checker(ws.config(), ws.glossary(), ws.terms(), Rules.all(), ws.scriptFixes());
        WorkTreeReader reader = new WorkTreeReader(p);
        List<Post> posts = new PostDiscovery(new Layout(ws.config().layout(), ws.config().langs()), reader).all();
        CheckResult result = checker.check(posts, reader);
        Path hans = p.resolve("posts/hans/post.md");
        // An editor saves the file meanwhile: every offset after the new paragraph moves.
        String edited = Files.readString(hans).replace("## 背景", "编辑器里新加的一段。\n\n## 背景");
        Files.writeString(hans, edited);
        Fixer.Outcome o = Fixer.fix(p, result.findings());
        assertEquals(List.of("posts/hans/post.md"), o.stale());
        assertEquals(List.of("posts/hant/post.md"), o.changed());
        assertEquals(edited, Files.readString(hans), "not a byte changed");
        CliTestSupport.Result again = run("check", "-C", p.toString(), "--fix");
        assertFalse(again.out().contains("error: avoid"), again.out()); // the new paragraph is a structure finding
        assertTrue(Files.readString(hans).contains("编辑器里新加的一段。\n\n## 背景"), "the edit is kept");
        assertTrue(Files.readString(hans).contains("研究者认为“规模法则”仍然有效"), "and the fix made on what is there now");
    }

    // 2. Nothing outside the root

    @Test
    void languageCodesArePathSegmentsNotPaths() throws Exception {
        Path p = project();
        Files.writeString(dir.resolve("p.md"), "outside the root\n");
        for (String code : new String[] {"..", ".", "a/b", "../x", "zh/.."}) {
            Files.writeString(p.resolve("concord.yaml"), "langs: {hans: \"" + code + "\"}\n");
            assertOneLine(run("check", "-C", p.toString(), "--fix"), "concord.yaml:1", "langs.hans must be a language code");
            assertOneLine(run("convert", "-C", p.toString(), "--to", "hans", "--write", p.resolve("posts/hant/post.md").toString()),
                    "concord.yaml:1");
        }
        assertEquals("outside the root\n", Files.readString(dir.resolve("p.md")));
        Files.writeString(p.resolve("concord.yaml"), "langs: {hans: zh-Hans, hant: zh_TW}\n");
        assertEquals(0, run("glossary", "lint", "-C", p.toString()).code(), "language tags are codes");
    }

    @Test
    void configPathsStayUnderTheRoot() throws Exception {
        Path p = project();
        Files.createDirectories(dir.resolve("g"));
        Files.writeString(dir.resolve("g/t.yaml"), "terms:\n  - id: x\n    en: x\n");
        for (String line : new String[] {"glossary: ../g", "glossary: /etc", "glossary: [glossary, sub/../../g]",
                "layout: \"../{lang}/{slug}.md\"", "layout: \"/{lang}/{slug}.md\"", "exclude: ../x"}) {
            Files.writeString(p.resolve("concord.yaml"), line + "\n");
            assertOneLine(run("check", "-C", p.toString()), "concord.yaml:1");
        }
    }

    @Test
    void aLayoutPathWithAnEmptyOrDotSegmentIsRefused() {
        Layout layout = new Layout("posts/{lang}/{slug}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "hans", Lang.EN, "en"));
        assertEquals("posts/en/x.md", layout.pathOf("x", Lang.EN));
        Layout folders = new Layout("{slug}/{lang}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "hans", Lang.EN, "en"));
        assertThrows(InputException.class, () -> folders.pathOf("..", Lang.EN));
        assertThrows(InputException.class, () -> folders.pathOf(".", Lang.EN));
    }

    @Test
    void aReportIsNeverWrittenOverAPostTheGlossaryOrTheConfig() throws Exception {
        Path p = project();
        Files.writeString(p.resolve("concord.yaml"), "hant: tw\n");
        for (String target : new String[] {"posts/hans/post.md", "glossary/terms.yaml", "glossary/new.yaml", "concord.yaml"}) {
            Path t = p.resolve(target);
            byte[] before = Files.exists(t) ? Files.readAllBytes(t) : null;
            assertOneLine(run("check", "-C", p.toString(), "--format", "json", "-o", t.toString()), target, "would overwrite");
            if (before != null) assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(t));
            else assertFalse(Files.exists(t));
        }
        Path link = p.resolve("report.json");
        Files.createSymbolicLink(link, p.resolve("posts/en/post.md"));
        assertOneLine(run("check", "-C", p.toString(), "-o", link.toString()), "would overwrite");
        Path ok = p.resolve("out/report.json");
        Files.createDirectories(ok.getParent());
        assertEquals(1, run("check", "-C", p.toString(), "--format", "json", "-o", ok.toString()).code());
        assertTrue(Files.readString(ok).contains("term-forbidden"));
    }

    // 3. No stack trace, on any input

    @Test
    void deeplyNestedYamlIsAnInputErrorNamingFileAndLine() throws Exception {
        Path p = project();
        write(p, "glossary/deep.yaml", "terms: " + "[".repeat(3000) + "]".repeat(3000) + "\n");
        assertOneLine(run("check", "-C", p.toString()), "glossary/deep.yaml:1", "nested more than");
        Files.delete(p.resolve("glossary/deep.yaml"));
        write(p, "concord.yaml", "rules: " + "{a: ".repeat(3000) + "1" + "}".repeat(3000) + "\n");
        assertOneLine(run("check", "-C", p.toString()), "concord.yaml:", "nested more than");
        StringBuilder block = new StringBuilder("rules:\n");
        for (int i = 1; i < 200; i++) block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        write(p, "concord.yaml", block.toString());
        assertOneLine(run("check", "-C", p.toString()), "concord.yaml:", "nested more than");
    }

    @Test
    void deeplyNestedMarkdownIsCheckedWithoutAStackTrace() throws Exception {
        Path p = project();
        String[] bodies = {"> ".repeat(3000) + "x\n", "- ".repeat(3000) + "x\n", "*".repeat(10000) + "x" + "*".repeat(10000) + "\n",
                "[".repeat(10000) + "x" + "]".repeat(10000) + "\n"};
        for (String body : bodies) {
            write(p, "posts/en/post.md", "---\nlang: en\nlayout: post\ntitle: T\n---\n\n" + body);
            CliTestSupport.Result r = run("check", "-C", p.toString());
            assertTrue(r.code() <= 1, r.err());
            assertNoJava(r.err() + r.out());
        }
    }

    /** A --root that is no folder is named as given, not reported as the glossary missing inside it. */
    @Test
    void aRootThatIsNoFolderIsOneLineNamingIt() throws Exception {
        Path missing = dir.resolve("no-such-blog");
        for (String[] cmd : new String[][] {{"check"}, {"glossary", "suggest"}, {"glossary", "lint"}, {"diff", "x"}}) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.addAll(List.of("--root", missing.toString()));
            assertOneLine(run(args.toArray(String[]::new)), missing.toString(), "no such folder");
        }
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertOneLine(run("check", "--root", file.toString()), "not a folder");
        // the clean twin: init makes the folder it is given
        assertEquals(0, run("init", "--root", missing.toString()).code());
        assertTrue(Files.isRegularFile(missing.resolve("concord.yaml")));
    }

    @Test
    void aFolderNamedLikeAPostIsSkippedWithANote() throws Exception {
        Path p = project();
        Files.createDirectories(p.resolve("posts/en/x.md"));
        CliTestSupport.Result r = run("check", "-C", p.toString(), p.resolve("posts/en/x.md").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped posts/en/x.md"), r.err());
        assertNoJava(r.err());
    }

    @Test
    void anInternalErrorNamesNoJavaClass() {
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, Main.failure(new NoSuchElementException("No value present"), new PrintWriter(err, true)));
        assertTrue(err.toString().startsWith("concord: internal error"), err.toString());
        assertNoJava(err.toString());
        err.getBuffer().setLength(0);
        Main.failure(new StackOverflowError(), new PrintWriter(err, true));
        assertTrue(err.toString().contains("nested too deeply"), err.toString());
        assertNoJava(err.toString());
        err.getBuffer().setLength(0);
        Main.failure(new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("posts/x.md")), new PrintWriter(err, true));
        assertEquals("concord: posts/x.md: permission denied", err.toString().strip());
    }

    // 5. Faults are reported, not swallowed

    @Test
    void aReportToAFullDeviceExitsTwoNamingTheReason() throws Exception {
        Path p = project();
        if (!Files.exists(Path.of("/dev/full"))) return; // not Linux
        for (String format : new String[] {"text", "json", "sarif", "html"}) {
            assertOneLine(run("check", "-C", p.toString(), "--format", format, "-o", "/dev/full"), "/dev/full", "No space left on device");
        }
    }

    @Test
    void anUnreadableVariantIsAnErrorNotAMissingVariant() throws Exception {
        Path p = project();
        Path hans = p.resolve("posts/hans/post.md");
        Files.delete(hans);
        Files.createSymbolicLink(hans, hans.getFileName()); // a link to itself: ELOOP, for root too
        assertOneLine(run("check", "-C", p.toString()), "posts/hans/post.md", "cannot read");
        assertOneLine(run("check", "-C", p.toString(), p.resolve("posts/en/post.md").toString()), "posts/hans/post.md", "cannot read");
    }

    // 6. --fix respects what it edits

    @Test
    void aSymlinkedPostIsFixedThroughTheLinkKeepingItsMode() throws Exception {
        Path p = project();
        Path real = dir.resolve("elsewhere/post.md");
        Files.createDirectories(real.getParent());
        Files.move(p.resolve("posts/hans/post.md"), real);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Files.createSymbolicLink(p.resolve("posts/hans/post.md"), real);
        assertEquals(0, run("check", "-C", p.toString(), "--fix").code());
        assertTrue(Files.isSymbolicLink(p.resolve("posts/hans/post.md")), "the link stays a link");
        assertTrue(Files.readString(real).contains("研究者认为“规模法则”仍然有效"), "the file it points to is fixed");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }

    @Test
    void ownerAndGroupAreKept() throws Exception {
        Path p = project();
        Path hans = p.resolve("posts/hans/post.md");
        var view = Files.getFileAttributeView(hans, java.nio.file.attribute.PosixFileAttributeView.class);
        var lookup = hans.getFileSystem().getUserPrincipalLookupService();
        try {
            view.setOwner(lookup.lookupPrincipalByName("nobody"));
            view.setGroup(lookup.lookupPrincipalByGroupName("nogroup"));
        } catch (java.io.IOException e) {
            return; // not root, or no such account: nothing to keep that differs from ours
        }
        var before = view.readAttributes();
        assertEquals(0, run("check", "-C", p.toString(), "--fix").code());
        var after = Files.readAttributes(hans, java.nio.file.attribute.PosixFileAttributes.class);
        assertTrue(Files.readString(hans).contains("规模法则"), "fixed");
        assertEquals(before.owner(), after.owner());
        assertEquals(before.group(), after.group());
    }

    @Test
    void aNewFileFollowsTheUmask() throws Exception {
        Path p = project();
        Files.delete(p.resolve("posts/hans/post.md"));
        Path probe = Files.createFile(dir.resolve("umask-probe")); // what the umask gives a new file
        assertEquals(0, run("convert", "-C", p.toString(), "--to", "hans", "--write", p.resolve("posts/hant/post.md").toString()).code());
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(p.resolve("posts/hans/post.md")));
    }

    @Test
    void aTempFileOfAKilledRunIsRemovedAndOneInFlightIsKept() throws Exception {
        Path p = project();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = p.resolve("posts/hans/.post.md." + gone.pid() + "-42.tmp");
        Path live = p.resolve("posts/hans/.post.md." + ProcessHandle.current().parent().orElseThrow().pid() + "-43.tmp");
        Files.writeString(stale, "half a post");
        Files.writeString(live, "a write in flight");
        assertEquals(0, run("check", "-C", p.toString(), "--fix").code());
        assertFalse(Files.exists(stale), "stale temp file removed");
        assertTrue(Files.exists(live), "a live process's temp file is left alone");
    }

    // 7. Glossary text is valid Unicode, with no YAML tags

    @Test
    void loneSurrogatesAndTagsAreRefusedWithFileAndLine() throws Exception {
        Path p = project();
        String[][] cases = {{"    en: \"a\\uD800b\"\n", "lone surrogate U+D800"}, {"    en: \"\\uDC00\"\n", "lone surrogate U+DC00"},
                {"    en: !custom apple\n", "YAML tag '!custom'"}, {"    en: !!binary YXBwbGU=\n", "YAML tag '!!binary'"}};
        for (String[] c : cases) {
            write(p, "glossary/bad.yaml", "terms:\n  - id: bad\n" + c[0]);
            assertOneLine(run("glossary", "lint", "-C", p.toString()), "glossary/bad.yaml:3", c[1]);
            assertOneLine(run("check", "-C", p.toString(), "--fix"), "glossary/bad.yaml:3", c[1]);
        }
        write(p, "glossary/bad.yaml", "terms:\n  - id: fine\n    en: \"\\U0001F600 pair\"\n");
        assertEquals(0, run("glossary", "lint", "-C", p.toString()).code(), "a surrogate pair is a character");
    }

    // 8. Posts are never silently skipped

    @Test
    void postsNamedLikeBuildFoldersAreFoundAndOnlyRootFoldersOrExcludesAreSkipped() throws Exception {
        Path p = project();
        String en = Files.readString(p.resolve("posts/en/post.md"));
        Files.writeString(p.resolve("concord.yaml"), "layout: \"posts/{slug}/{lang}.md\"\nexclude: [posts/wip]\n");
        for (String slug : new String[] {"target", "node_modules", "_site", ".jekyll-cache", "wip"}) write(p, "posts/" + slug + "/en.md", en);
        CliTestSupport.Result r = run("check", "-C", p.toString(), "--format", "json");
        for (String slug : new String[] {"target", "node_modules", "_site", ".jekyll-cache"}) {
            assertTrue(r.out().contains("\"posts/" + slug + "/en.md\""), slug + " checked: " + r.out());
        }
        assertFalse(r.out().contains("posts/wip/en.md"), "excluded: " + r.out());

        Files.writeString(p.resolve("concord.yaml"), "layout: \"{slug}/{lang}.md\"\n");
        write(p, "node_modules/en.md", en);
        write(p, "kept/en.md", en);
        r = run("check", "-C", p.toString(), "--format", "json");
        assertTrue(r.out().contains("\"kept/en.md\""), r.out());
        assertFalse(r.out().contains("\"node_modules/en.md\""), "node_modules at the root is skipped: " + r.out());

        // the folder the layout starts from, excluded: the walk starts there, and lists nothing
        Files.writeString(p.resolve("concord.yaml"), "layout: \"posts/{lang}/{slug}.md\"\nexclude: [posts/en]\n");
        r = run("check", "-C", p.toString(), "--format", "json");
        assertTrue(r.out().contains("\"files\": 2,"), "posts/en/post.md excluded: " + r.out());
        assertTrue(r.out().contains("\"file\": \"posts/hans/post.md\""), r.out());
    }

    /**
     * A post in an excluded folder, named on the command line or staged in git (what pre-commit
     * hooks pass), is skipped as the whole-blog run skips it: a note for the named file, nothing
     * for the staged one. Its avoided term would otherwise be an error.
     */
    @Test
    void anExcludedPostNamedOrStagedIsSkipped() throws Exception {
        Path p = project();
        Files.writeString(p.resolve("concord.yaml"), "layout: \"posts/{slug}/{lang}.md\"\nexclude: [posts/wip]\n");
        for (String l : new String[] {"en", "hans", "hant"}) {
            String text = Files.readString(p.resolve("posts/" + l + "/post.md"));
            write(p, "posts/ok/" + l + ".md", text);
            write(p, "posts/wip/" + l + ".md", text);
            Files.delete(p.resolve("posts/" + l + "/post.md"));
        }
        CliTestSupport.Result whole = run("check", "-C", p.toString(), "--format", "json");
        assertTrue(whole.out().contains("\"posts\": 1, \"files\": 3"), whole.out());
        CliTestSupport.Result named = run("check", "-C", p.toString(), "--format", "json", p.resolve("posts/wip/hans.md").toString(),
                p.resolve("posts/ok/en.md").toString());
        assertEquals(whole.out(), named.out(), "the excluded post is not checked");
        assertTrue(named.err().contains("skipped posts/wip/hans.md: in a folder that exclude: in concord.yaml names"), named.err());
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CI") != null || gitWorks(), "git is not installed");
        git(p, "init", "-q");
        git(p, "add", ".");
        CliTestSupport.Result staged = run("check", "-C", p.toString(), "--format", "json", "--staged");
        assertEquals(whole.out(), staged.out(), "the staged draft is not checked");
        assertEquals("", staged.err());
    }

    private static boolean gitWorks() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    private static void git(Path in, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t.invalid"));
        cmd.addAll(List.of(args));
        Process proc = new ProcessBuilder(cmd).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, proc.waitFor(), cmd + ": " + out);
    }

    // 9. Terminal safety

    @Test
    void controlCharactersFromPostsAreEscapedInTextOutput() throws Exception {
        Path p = project();
        String hans = Files.readString(p.resolve("posts/hans/post.md"));
        write(p, "posts/hans/post.md", hans.replace("https://example.com/paper", "https://example.com/\u001b]0;owned\u0007paper\u001b[2J\u009b"));
        CliTestSupport.Result r = run("check", "-C", p.toString());
        assertFalse(r.out().chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c <= 0x9f),
                "no raw control character: " + r.out());
        assertTrue(r.out().contains("\\x1B"), r.out());
    }

    /** ESC [31m (red) and BEL in a post's name and in the line a fix changes: every text output escapes them. */
    @Test
    void controlCharactersFromPostsAreEscapedInDiffTermsAndTheFixListing() throws Exception {
        Path p = project();
        String slug = "x\u001b[31m\u0007";
        for (String lang : List.of("en", "hans", "hant")) {
            Path from = p.resolve("posts/" + lang + "/post.md");
            String text = Files.readString(from);
            if (lang.equals("hans")) text = text.replace("“缩放定律”", "“缩放定律\u001b[31m\u0007”");
            Files.writeString(p.resolve("posts/" + lang + "/" + slug + ".md"), text);
            Files.delete(from);
        }
        for (String[] args : List.of(new String[] {"diff", slug}, new String[] {"terms", slug},
                new String[] {"check", "--fix", "--dry-run"}, new String[] {"check", "--fix"})) {
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "-C";
            all[args.length + 1] = p.toString();
            CliTestSupport.Result r = run(all);
            String shown = String.join(" ", args);
            assertTrue(r.code() == 0 || r.code() == 1, shown + ": exit " + r.code() + " " + r.err());
            assertFalse(r.out().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c <= 0x9f),
                    shown + ": no raw control character: " + r.out());
            assertTrue(r.out().contains("\\x1B[31m\\x07"), shown + ": " + r.out());
        }
        assertTrue(Files.readString(p.resolve("posts/hans/" + slug + ".md")).contains("规模法则\u001b[31m\u0007"),
                "the fix keeps the post's own bytes");
    }
}
