package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" of the hook issue, with real {@code git commit}s: a hook installed by
 * {@code concord hook install} (and, when the {@code pre-commit} tool is installed, a
 * {@code repo: local} pre-commit config) blocks a commit whose staged post has a forbidden term,
 * and judges the staged content, not the work tree. {@code concord} on the hooks' PATH is a
 * shell script running this test's classpath, so the test checks the code under test, not an
 * installed jar.
 */
class HookEndToEndTest {
    private static final Path FIXTURES = Path.of("src/test/resources/hooks");
    private static final String HANS = "posts/hans/post.md";

    @TempDir
    Path tmp;

    private Path repo;
    private Path bin;
    private String clean;
    private String forbidden;

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(onPath("git"), "git is not installed");
        repo = tmp.resolve("repo");
        bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        copyTree(FIXTURES.resolve("clean"), repo);
        clean = Files.readString(repo.resolve(HANS));
        forbidden = Files.readString(FIXTURES.resolve("forbidden-hans.md"));
        assertTrue(forbidden.contains("缩放定律"), "the bad version must use the avoided rendering");
        Path concord = bin.resolve("concord");
        Files.writeString(concord, "#!/bin/sh\nexec " + quote(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp " + quote(System.getProperty("java.class.path"))
                + " dev.concord.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(concord, PosixFilePermissions.fromString("rwxr-xr-x"));
        git(0, "init", "-q");
        git(0, "config", "user.name", "Hook Test");
        git(0, "config", "user.email", "hook@test.invalid");
        git(0, "config", "commit.gpgsign", "false");
    }

    @Test
    void installedHookChecksTheStagedContent() throws Exception {
        assertEquals(0, concord("hook", "install", "--root", repo.toString()));
        Path hook = repo.resolve(".git/hooks/pre-commit");
        assertTrue(Files.isExecutable(hook));
        assertTrue(Files.readString(hook).contains("check --staged"));

        git(0, "add", ".");
        assertCommit(true, "clean triplet");
        commitScenarios();
    }

    @Test
    void foreignHookIsRefusedWithoutForce() throws Exception {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        String foreign = "#!/bin/sh\necho someone else's hook\n";
        Files.writeString(hook, foreign);

        assertEquals(2, concord("hook", "install", "--root", repo.toString()));
        assertTrue(err.contains("pre-commit") && err.contains("--force"), err);
        assertEquals(foreign, Files.readString(hook), "a refused install must leave the foreign hook alone");

        assertEquals(0, concord("hook", "install", "--force", "--root", repo.toString()));
        String installed = Files.readString(hook);
        assertTrue(installed.contains(HookCommand.MARKER) && installed.contains("check --staged"), installed);
        // Our own hook is replaced without --force (re-running install is harmless).
        assertEquals(0, concord("hook", "install", "--root", repo.toString()));
    }

    @Test
    void uninstallRemovesConcordsHookAndPutsBackTheOneItReplaced() throws Exception {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        assertEquals(0, concord("hook", "install", "--root", repo.toString()));
        assertEquals(0, concord("hook", "uninstall", "--root", repo.toString()));
        assertTrue(Files.notExists(hook), "uninstall leaves no hook when there was none before");

        String foreign = "#!/bin/sh\necho someone else's hook\n";
        Files.writeString(hook, foreign);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-x---"));
        assertEquals(0, concord("hook", "install", "--force", "--root", repo.toString()));
        assertTrue(Files.readString(hook).contains(HookCommand.MARKER));
        assertEquals(0, concord("hook", "install", "--root", repo.toString()), "re-installing over our own hook");
        assertEquals(0, concord("hook", "uninstall", "--root", repo.toString()));
        assertEquals(foreign, Files.readString(hook), "the replaced hook comes back byte for byte");
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(hook)));
        assertTrue(Files.notExists(hook.resolveSibling("pre-commit.before-concord")));

        // Not ours: uninstall leaves it alone.
        assertEquals(0, concord("hook", "uninstall", "--root", repo.toString()));
        assertEquals(foreign, Files.readString(hook));
    }

    @Test
    void chainedHookRunsTheOldHookFirstThenConcord() throws Exception {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        // The old hook leaves a trace and passes its arguments on; it may also stop the commit itself.
        String old = "#!/bin/sh\necho ran >> \"$(git rev-parse --git-dir)/old-hook-ran\"\n"
                + "if [ -e stop-here ]; then echo 'old hook says no' >&2; exit 3; fi\n";
        Files.writeString(hook, old);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(0, concord("hook", "install", "--chain", "--root", repo.toString()));

        git(0, "add", ".");
        assertCommit(true, "clean triplet");
        assertEquals("ran\n", Files.readString(repo.resolve(".git/old-hook-ran")));
        Files.writeString(repo.resolve(HANS), forbidden);
        git(0, "add", HANS);
        Run bad = assertCommit(false, "forbidden term staged");
        assertTrue((bad.out + bad.err).contains("term-forbidden"), bad.out + bad.err);
        assertEquals("ran\nran\n", Files.readString(repo.resolve(".git/old-hook-ran")));
        Files.writeString(repo.resolve(HANS), clean + "\n");
        git(0, "add", HANS);
        Files.writeString(repo.resolve("stop-here"), "");
        Run stopped = assertCommit(false, "the old hook refuses");
        assertTrue(stopped.err.contains("old hook says no") && !(stopped.out + stopped.err).contains("term-forbidden"), stopped.out + stopped.err);

        assertEquals(0, concord("hook", "install", "--root", repo.toString()), "re-installing keeps the chain");
        assertTrue(Files.readString(hook).contains("pre-commit.before-concord"));
        assertEquals(0, concord("hook", "uninstall", "--root", repo.toString()));
        assertEquals(old, Files.readString(hook));
    }

    /**
     * pre-commit and concord's plain hook must not both run concord: {@code hook install} refuses
     * beside pre-commit's hook, and when {@code pre-commit install} comes second (it keeps the hook it
     * finds as pre-commit.legacy and runs it too) concord's hook stands down, since the config
     * runs concord; {@code hook uninstall} then removes the legacy copy.
     */
    @Test
    void preCommitsOwnHookIsNotDoubled() throws Exception {
        List<String> tools = preCommits();
        if (System.getenv("CI") != null) assertTrue(!tools.isEmpty(), "CI must install pre-commit (.ci/run)");
        assumeTrue(!tools.isEmpty(), "the pre-commit tool is not installed");
        String tool = tools.get(0);
        localPreCommitConfig("system");
        Path hook = repo.resolve(".git/hooks/pre-commit");

        // concord first, pre-commit second: one run of the checks.
        assertEquals(0, concord("hook", "install", "--root", repo.toString()));
        run(0, List.of(tool, "install"), repo);
        assertTrue(Files.readString(repo.resolve(".git/hooks/pre-commit.legacy")).contains(HookCommand.MARKER));
        git(0, "add", ".");
        assertCommit(true, "clean triplet");
        Files.writeString(repo.resolve(HANS), forbidden);
        git(0, "add", HANS);
        Run bad = assertCommit(false, "forbidden term staged");
        String both = bad.out + bad.err;
        assertEquals(1, count(both, "term-forbidden"), "the finding is reported once: " + both);
        assertTrue(both.contains("skipped, .pre-commit-config.yaml runs concord"), both);

        // concord after pre-commit: refused, pre-commit's hook untouched.
        String preCommitHook = Files.readString(hook);
        assertEquals(2, concord("hook", "install", "--root", repo.toString()));
        assertTrue(err.contains(".pre-commit-config.yaml") && err.contains("twice"), err);
        assertEquals(2, concord("hook", "install", "--force", "--root", repo.toString()));
        assertEquals(preCommitHook, Files.readString(hook));

        // uninstall removes concord's copy that pre-commit kept, and leaves pre-commit's hook.
        assertEquals(0, concord("hook", "uninstall", "--root", repo.toString()));
        assertTrue(Files.notExists(repo.resolve(".git/hooks/pre-commit.legacy")));
        assertEquals(preCommitHook, Files.readString(hook));
        Run again = assertCommit(false, "still checked by pre-commit");
        assertEquals(1, count(again.out + again.err, "term-forbidden"), again.out + again.err);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void preCommitFrameworkWithLocalHook() throws Exception {
        assumeTrue(onPath("pre-commit"), "the pre-commit tool is not installed");
        Run version = run(List.of("pre-commit", "--version"), repo);
        // pre-commit 4.4.0 renamed `language: system` to `unsupported`; older versions reject the new name.
        String language = atLeast(version.out, 4, 4) ? "unsupported" : "system";
        localPreCommitConfig(language);
        run(0, List.of("pre-commit", "install"), repo);
        git(0, "add", ".");
        assertCommit(true, "clean triplet with pre-commit config");
        commitScenarios();
    }

    /**
     * The repository's own {@code .pre-commit-hooks.yaml}, used as pre-commit users use it: by
     * repository and {@code rev}. A scratch git repository holds a copy of the manifest (so the
     * file under test is checked, committed or not, and from a source tarball too) and serves as
     * {@code repo:} by path. Every pre-commit found runs it: Debian's on PATH and those named in
     * {@code CONCORD_TEST_PRE_COMMIT} (':'-separated paths; {@code .ci/run} puts a 4.x from PyPI
     * there), so one manifest is proven on the old and the new major version.
     */
    @Test
    void preCommitFrameworkByRepository() throws Exception {
        List<String> tools = preCommits();
        if (System.getenv("CI") != null) {
            assertTrue(!tools.isEmpty(), "CI must install pre-commit (.ci/run)");
        }
        assumeTrue(!tools.isEmpty(), "the pre-commit tool is not installed");
        Path hooks = tmp.resolve("hooks-repo");
        Files.createDirectories(hooks);
        Files.copy(Path.of(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        run(0, List.of("git", "init", "-q"), hooks);
        run(0, List.of("git", "add", "."), hooks);
        run(0, List.of("git", "-c", "user.name=Hooks", "-c", "user.email=hooks@test.invalid", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "manifest"), hooks);
        String rev = run(0, List.of("git", "rev-parse", "HEAD"), hooks).out.strip();
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: concord-check
                """.formatted(hooks, rev));
        git(0, "add", ".");
        assertCommit(true, "clean triplet, no hook yet");
        String headBefore = git(0, "rev-parse", "HEAD").out;
        for (String tool : tools) {
            String version = run(0, List.of(tool, "--version"), repo).out.strip();
            Run manifest = run(List.of(tool, "validate-manifest", hooks.resolve(".pre-commit-hooks.yaml").toString()), repo);
            assertEquals(0, manifest.code, version + " rejects the manifest: " + manifest.out + manifest.err);
            run(0, List.of(tool, "install", "-f"), repo);
            Files.writeString(repo.resolve(HANS), forbidden);
            git(0, "add", HANS);
            Run bad = assertCommit(false, version + ": forbidden term staged");
            String both = bad.out + bad.err;
            assertTrue(both.contains("concord check") && both.contains("term-forbidden") && both.contains("缩放定律"), version + ": " + both);
            assertTrue(!both.toLowerCase(java.util.Locale.ROOT).contains("deprecat"), version + " warns about the manifest: " + both);
            assertEquals(headBefore, git(0, "rev-parse", "HEAD").out, version + ": the failed commit was recorded");
            Files.writeString(repo.resolve(HANS), clean + "\n");
            git(0, "add", HANS);
            Run good = assertCommit(true, version + ": fixed");
            assertTrue((good.out + good.err).contains("concord check"), version + " did not run the hook: " + good.out + good.err);
            headBefore = git(0, "rev-parse", "HEAD").out;
            Files.writeString(repo.resolve(HANS), clean);
            git(0, "add", HANS);
            assertCommit(true, version + ": back to clean");
            headBefore = git(0, "rev-parse", "HEAD").out;
            run(0, List.of(tool, "uninstall"), repo);
        }
    }

    /** Debian's pre-commit on PATH, then each of CONCORD_TEST_PRE_COMMIT (which must exist when named). */
    private static List<String> preCommits() {
        List<String> tools = new ArrayList<>();
        if (onPath("pre-commit")) tools.add("pre-commit");
        for (String extra : System.getenv().getOrDefault("CONCORD_TEST_PRE_COMMIT", "").split(":")) {
            if (extra.isBlank()) continue;
            assertTrue(Files.isExecutable(Path.of(extra)), "CONCORD_TEST_PRE_COMMIT names " + extra + ", which is not an executable");
            tools.add(extra);
        }
        return tools;
    }

    /** The {@code repo: local} pre-commit config of docs/hooks.md. */
    private void localPreCommitConfig(String language) throws IOException {
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), """
                repos:
                  - repo: local
                    hooks:
                      - id: concord-check
                        name: concord check
                        entry: concord check
                        language: %s
                        files: \\.md$
                        require_serial: true
                """.formatted(language));
    }

    /** The four commits of the issue, from a clean HEAD. */
    private void commitScenarios() throws Exception {
        Files.writeString(repo.resolve(HANS), forbidden);
        git(0, "add", HANS);
        Run bad = assertCommit(false, "forbidden term staged");
        String both = bad.out + bad.err;
        assertTrue(both.contains(HANS + ":11:") && both.contains("term-forbidden") && both.contains("缩放定律"), both);

        Files.writeString(repo.resolve(HANS), clean + "\n");
        git(0, "add", HANS);
        assertCommit(true, "fixed");

        // Good version staged, bad edit left in the work tree: the commit records the good one.
        String good = clean + "\n\n";
        Files.writeString(repo.resolve(HANS), good);
        git(0, "add", HANS);
        Files.writeString(repo.resolve(HANS), forbidden);
        assertCommit(true, "good staged, bad unstaged");
        assertEquals(good, git(0, "show", "HEAD:" + HANS).out);
        assertEquals(forbidden, Files.readString(repo.resolve(HANS)), "the work tree edit must survive the commit");

        // The reverse: bad staged, good in the work tree.
        git(0, "add", HANS);
        Files.writeString(repo.resolve(HANS), clean);
        Run reverse = assertCommit(false, "bad staged, good unstaged");
        assertTrue((reverse.out + reverse.err).contains("term-forbidden"), reverse.out + reverse.err);
        assertEquals(good, git(0, "show", "HEAD:" + HANS).out, "the failed commit must not have been recorded");
    }

    private Run assertCommit(boolean passes, String message) throws Exception {
        Run r = git(-1, "commit", "-m", message);
        if (passes) assertEquals(0, r.code, message + ": " + r.out + r.err);
        else assertNotEquals(0, r.code, message + ": " + r.out + r.err);
        return r;
    }

    // --- plumbing ---

    private String err = "";

    private int concord(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
        err = e.toString();
        return code;
    }

    private record Run(int code, String out, String err) {}

    private Run git(int expected, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        return run(expected, cmd, repo);
    }

    private Run run(int expected, List<String> cmd, Path dir) throws Exception {
        Run r = run(cmd, dir);
        if (expected >= 0) assertEquals(expected, r.code, cmd + ": " + r.out + r.err);
        return r;
    }

    private Run run(List<String> cmd, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        // Isolated from the user's git and pre-commit setup (signing, global hooks, caches).
        env.put("HOME", tmp.toString());
        env.put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("NO_COLOR", "1");
        env.remove("CONCORD_LAUNCHER");
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        Path outFile = Files.createTempFile(tmp, "out", ".txt");
        Path errFile = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        int code = p.waitFor();
        return new Run(code, Files.readString(outFile, StandardCharsets.UTF_8), Files.readString(errFile, StandardCharsets.UTF_8));
    }

    private static boolean atLeast(String versionLine, int major, int minor) {
        Matcher m = Pattern.compile("(\\d+)\\.(\\d+)").matcher(versionLine);
        if (!m.find()) return false;
        int ma = Integer.parseInt(m.group(1));
        int mi = Integer.parseInt(m.group(2));
        return ma > major || (ma == major && mi >= minor);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
