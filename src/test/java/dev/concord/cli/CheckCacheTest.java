package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings cache end to end: a repeat run reports exactly what a fresh run reports, changing
 * any input (a variant file, the glossary, concord.yaml) re-checks, and an unchanged blog is not
 * parsed at all.
 */
class CheckCacheTest {
    @TempDir Path dir;

    private Path cacheFile() {
        return dir.resolve(".concord/cache/findings");
    }

    private CliTestSupport.Result check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "-C", dir.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        return CliTestSupport.run(args.toArray(String[]::new));
    }

    /** The cached run and a fresh run (--no-cache) agree, and the cached run left a cache file. */
    private String cachedEqualsFresh() {
        CliTestSupport.Result cached = check();
        CliTestSupport.Result fresh = check("--no-cache");
        assertEquals(fresh.code(), cached.code(), cached.err());
        assertEquals(fresh.out(), cached.out());
        assertTrue(Files.isRegularFile(cacheFile()), "a whole-blog run writes the cache");
        return cached.out();
    }

    @Test
    void aRepeatRunReportsWhatAFreshRunReports() throws IOException {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        CliTestSupport.Result first = check();
        assertTrue(first.out().contains("term-forbidden"), first.out());
        CliTestSupport.Result second = check();
        assertEquals(first, second);
        for (String format : new String[] {"text", "sarif", "github"}) {
            CliTestSupport.Result cached = CliTestSupport.run("check", "-C", dir.toString(), "--format", format);
            CliTestSupport.Result fresh = CliTestSupport.run("check", "-C", dir.toString(), "--format", format, "--no-cache");
            assertEquals(fresh, cached, format);
        }
    }

    @Test
    void changingEachInputInTurnReChecks() throws IOException {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        String before = cachedEqualsFresh();

        // A variant file: a paragraph only en has is a structure finding.
        Path en = dir.resolve("posts/en/post.md");
        Files.writeString(en, Files.readString(en) + "\nA closing paragraph written in 2031 that only English has.\n");
        String afterPost = cachedEqualsFresh();
        assertNotEquals(before, afterPost, "the edited post is checked again");

        // The glossary: without the avoid lists, the avoided renderings are no longer findings.
        Path glossary = dir.resolve("glossary/terms.yaml");
        String terms = Files.readString(glossary);
        Files.writeString(glossary, terms.replaceAll("(?m)^    avoid:\\n(      .*\\n)+", ""));
        String afterGlossary = cachedEqualsFresh();
        assertNotEquals(afterPost, afterGlossary, "a glossary change re-checks every post");
        assertFalse(afterGlossary.contains("term-forbidden"), afterGlossary);

        // concord.yaml: a rule turned off.
        Files.writeString(dir.resolve("concord.yaml"), "rules:\n  structure-mismatch: off\n");
        String afterConfig = cachedEqualsFresh();
        assertNotEquals(afterGlossary, afterConfig, "a config change re-checks every post");
        assertFalse(afterConfig.contains("structure-mismatch"), afterConfig);

        // Back to the start: the cache holds no entry for these bytes under this context any more.
        Files.delete(dir.resolve("concord.yaml"));
        Files.writeString(glossary, terms);
        Files.writeString(en, Files.readString(en).replace("\nA closing paragraph written in 2031 that only English has.\n", ""));
        assertEquals(before, cachedEqualsFresh());
    }

    @Test
    void aNewAndADeletedPostAreNoticed() throws IOException {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        cachedEqualsFresh();
        for (String v : new String[] {"hant", "hans", "en"}) {
            Files.copy(dir.resolve("posts/" + v + "/post.md"), dir.resolve("posts/" + v + "/second.md"));
        }
        assertTrue(cachedEqualsFresh().contains("posts/hans/second.md"));
        Files.delete(dir.resolve("posts/hans/second.md"));
        assertTrue(cachedEqualsFresh().contains("second"), "the post now lacks a variant");
    }

    @Test
    void noCacheWritesNothingAndPathsAreUncachedByDefault() throws IOException {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        check("--no-cache");
        CliTestSupport.run("check", "-C", dir.toString(), "--no-cache", dir.resolve("posts/hant/post.md").toString());
        assertFalse(Files.exists(dir.resolve(".concord")), "--no-cache writes no cache");
        CliTestSupport.run("check", "-C", dir.toString(), dir.resolve("posts/hant/post.md").toString());
        assertFalse(Files.exists(cacheFile()), "a path argument keeps no findings");
        assertTrue(Files.isRegularFile(dir.resolve(".concord/cache/glossary")), "only the compiled glossary");
        Path elsewhere = dir.resolve("elsewhere");
        check("--cache-location", elsewhere.toString());
        assertTrue(Files.isRegularFile(elsewhere.resolve("findings")));
        assertTrue(Files.isRegularFile(elsewhere.resolve("glossary")));
        assertFalse(Files.exists(cacheFile()));
    }

    /** A one-post check (a hook) takes the compiled glossary, and sees every change of the glossary file at once. */
    @Test
    void aOnePostCheckSeesEachGlossaryChange() throws IOException {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        Path glossary = dir.resolve("glossary/terms.yaml");
        String original = Files.readString(glossary, StandardCharsets.UTF_8);
        String post = dir.resolve("posts/hans/post.md").toString();
        List<String> outputs = new ArrayList<>();
        for (String text : new String[] {original, original.replace("hans: [缩放定律, 规模定律]", "hans: [规模定律]"), original}) {
            Files.writeString(glossary, text, StandardCharsets.UTF_8);
            CliTestSupport.Result cached = CliTestSupport.run("check", "-C", dir.toString(), post);
            CliTestSupport.Result again = CliTestSupport.run("check", "-C", dir.toString(), post);
            CliTestSupport.Result fresh = CliTestSupport.run("check", "-C", dir.toString(), "--no-cache", post);
            assertEquals(fresh, cached);
            assertEquals(fresh, again);
            outputs.add(fresh.out());
        }
        assertTrue(outputs.get(0).contains("avoid '缩放定律'"), outputs.get(0));
        assertFalse(outputs.get(1).contains("avoid '缩放定律'"), "the avoid rendering was removed: " + outputs.get(1));
        assertEquals(outputs.get(0), outputs.get(2));
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        String fresh = cachedEqualsFresh();
        byte[] bytes = Files.readAllBytes(cacheFile());
        for (int cut : new int[] {0, 7, bytes.length / 2, bytes.length - 1}) {
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            Files.write(cacheFile(), part);
            CliTestSupport.Result r = check();
            assertEquals(fresh, r.out(), "cut at " + cut);
            assertEquals("", r.err());
        }
        Files.write(cacheFile(), "not a cache".getBytes(StandardCharsets.UTF_8));
        assertEquals(fresh, check().out());
    }

    @Test
    void fixIgnoresTheCacheAndLeavesItCurrent() throws IOException {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        String before = cachedEqualsFresh();
        CliTestSupport.run("check", "-C", dir.toString(), "--fix");
        assertTrue(Files.readString(dir.resolve("posts/hans/post.md")).contains("规模法则"), "the fix was applied");
        String after = cachedEqualsFresh();
        assertNotEquals(before, after);
        assertFalse(after.contains("\"rule\": \"term-forbidden\""), after);
    }

    @Test
    void runsThatRaceLeaveAValidCache() throws Exception {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        for (int i = 0; i < 6; i++) {
            for (String v : new String[] {"hant", "hans", "en"}) {
                Files.copy(dir.resolve("posts/" + v + "/post.md"), dir.resolve("posts/" + v + "/copy-" + i + ".md"));
            }
        }
        String fresh = check("--no-cache").out();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CliTestSupport.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) runs.add(pool.submit(() -> check()));
            for (Future<CliTestSupport.Result> f : runs) assertEquals(fresh, f.get().out());
        } finally {
            pool.shutdown();
        }
        assertEquals(fresh, check().out());
        try (Stream<Path> s = Files.list(cacheFile().getParent())) {
            assertEquals(List.of(".gitignore", "findings", "glossary"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
    }

    /** --staged with --cache: the key is the staged bytes (index blobs), not the work tree's. */
    @Test
    void stagedRunsAreKeyedByTheIndex() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CI") != null || gitWorks(), "git is not installed");
        CliTestSupport.copyFixture("term-forbidden/clean", dir);
        git("init", "-q");
        git("add", ".");
        Path hans = dir.resolve("posts/hans/post.md");
        String good = Files.readString(hans);
        String bad = good.replace("规模法则", "缩放定律");
        Files.writeString(hans, bad);
        git("add", "posts/hans/post.md");
        Files.writeString(hans, good); // the work tree is clean, the index is not
        String fresh = check("--staged", "--no-cache").out();
        assertTrue(fresh.contains("term-forbidden"), fresh);
        assertEquals(fresh, check("--staged", "--cache").out());
        assertTrue(Files.isRegularFile(cacheFile()));
        assertEquals(fresh, check("--staged", "--cache").out(), "the repeat run");
        git("add", "posts/hans/post.md"); // now the good version is staged
        String after = check("--staged", "--cache").out();
        assertEquals(check("--staged", "--no-cache").out(), after);
        assertFalse(after.contains("term-forbidden"), after);
    }

    private static boolean gitWorks() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t.invalid"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), cmd + ": " + out);
    }

    /**
     * A repeat run on an unchanged blog parses no Markdown: run in a fresh JVM, it does not even
     * load the Markdown parser's classes (hashing the files reads their bytes, nothing more).
     */
    @Test
    void aRepeatRunOnAnUnchangedBlogLoadsNoMarkdownParser() throws Exception {
        CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir);
        List<String> first = loadedClasses();
        assertTrue(first.stream().anyMatch(c -> c.startsWith("com.vladsch.flexmark.parser.Parser")), "the first run parses");
        List<String> second = loadedClasses();
        List<String> markdown = second.stream()
                .filter(c -> c.startsWith("com.vladsch.flexmark") || c.equals("dev.concord.markdown.MarkdownParser")).toList();
        assertEquals(List.of(), markdown);
    }

    private List<String> loadedClasses() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:off", "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                "dev.concord.cli.Main", "check", "-C", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), out.length() > 2000 ? out.substring(out.length() - 2000) : out);
        List<String> classes = new ArrayList<>();
        for (String line : out.split("\n")) {
            int i = line.indexOf("[class,load] ");
            if (i < 0) continue;
            String rest = line.substring(i + "[class,load] ".length());
            int sp = rest.indexOf(' ');
            classes.add(sp < 0 ? rest : rest.substring(0, sp));
        }
        assertFalse(classes.isEmpty(), "the class-load log was read");
        return classes;
    }
}
