package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code bin/concord check --fix} processes on the same 200 posts at once leave every file
 * byte for byte as one run alone does. Even rounds share the fix lock (the second fixer waits);
 * odd rounds give each process its own temporary folder, hence its own lock file, so only the
 * check of each file's bytes before it is replaced keeps the fixers apart. Before that check,
 * offsets computed from one read were applied to a later one ({@code lang: hansayout: post}).
 * Rounds: {@code -Dconcord.stress.rounds} (default 20).
 */
class ConcurrentFixIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final int POSTS = 200;
    static final int ROUNDS = Integer.getInteger("concord.stress.rounds", 20);

    @TempDir Path dir;

    @Test
    void twoFixersAtOnceGiveTheSingleRunResult() throws Exception {
        Path template = makeCorpus(dir.resolve("template"));
        Path single = copy(template, dir.resolve("single"));
        Process alone = fixer(single, null);
        assertTrue(alone.waitFor(300, TimeUnit.SECONDS));
        Map<String, byte[]> expected = files(single);
        assertNotEquals(bytes(files(template)), bytes(expected), "the single run fixed something");
        assertTrue(new String(expected.get("posts/hans/post-007.md"), StandardCharsets.UTF_8).contains("lang: hans\nlayout: post"));

        for (int round = 0; round < ROUNDS; round++) {
            Path posts = copy(template, dir.resolve("round-" + round));
            boolean ownLocks = round % 2 == 1;
            Process a = fixer(posts, ownLocks ? Files.createDirectories(dir.resolve("tmp-a-" + round)) : null);
            Process b = fixer(posts, ownLocks ? Files.createDirectories(dir.resolve("tmp-b-" + round)) : null);
            assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS), "round " + round + " finished");
            String errs = stderr(a) + stderr(b);
            assertTrue(a.exitValue() <= 1 && b.exitValue() <= 1, "round " + round + ": " + errs);
            Map<String, byte[]> got = files(posts);
            assertEquals(expected.keySet(), got.keySet(), "round " + round + ": same files, no temp file left");
            for (var e : expected.entrySet()) {
                assertArrayEquals(e.getValue(), got.get(e.getKey()), "round " + round + ", " + e.getKey() + "\n"
                        + new String(got.get(e.getKey()), StandardCharsets.UTF_8));
            }
        }
    }

    /** {@code bin/concord check --fix}; with {@code tmp}, the JVM's temporary folder (and so its lock file) is its own. */
    private Process fixer(Path root, Path tmp) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(PROJECT.resolve("bin/concord").toString(), "check", "--fix", "-C", root.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(root.resolveSibling(root.getFileName() + "-" + System.nanoTime() + ".err").toFile());
        if (tmp != null) pb.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
        Process p = pb.start();
        p.getOutputStream().close();
        errors.put(p, pb.redirectError().file().toPath());
        return p;
    }

    private final Map<Process, Path> errors = new java.util.HashMap<>();

    private String stderr(Process p) throws IOException {
        return Files.readString(errors.get(p));
    }

    /**
     * 200 invented triplets with fixes of three kinds that change lengths at different places: a
     * front matter {@code lang: zh} (hans), a forbidden term (hans and hant) and characters of the
     * other script (hans and hant); a varying number of leading paragraphs moves every offset.
     */
    static Path makeCorpus(Path root) throws IOException {
        Path fixture = PROJECT.resolve("src/test/resources/fixtures/term-forbidden/avoided-renderings");
        copy(fixture.resolve("glossary"), root.resolve("glossary"));
        String en = Files.readString(fixture.resolve("posts/en/post.md"));
        String hans = Files.readString(fixture.resolve("posts/hans/post.md"))
                .replace("lang: hans", "lang: zh").replace("- 训练成本", "- 訓練成本");
        String hant = Files.readString(fixture.resolve("posts/hant/post.md")).replace("研究者認為", "研究者认为");
        for (int i = 0; i < POSTS; i++) {
            String slug = String.format("post-%03d", i);
            int extra = i % 7;
            write(root, "posts/en/" + slug + ".md", lead(en, extra, "Note %d of the series.\n\n"));
            write(root, "posts/hans/" + slug + ".md", lead(hans, extra, "系列说明第 %d 条。\n\n"));
            write(root, "posts/hant/" + slug + ".md", lead(hant, extra, "系列說明第 %d 條。\n\n"));
        }
        return root;
    }

    private static String lead(String post, int n, String paragraph) {
        int body = post.indexOf("## ");
        StringBuilder sb = new StringBuilder(post.substring(0, body));
        for (int k = 1; k <= n; k++) sb.append(String.format(paragraph, k));
        return sb.append(post.substring(body)).toString();
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }

    /** Every file under root (temp files included), root-relative; not the findings cache, which is concord's own. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(".concord/")) out.put(rel, Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static List<String> bytes(Map<String, byte[]> files) {
        List<String> out = new ArrayList<>();
        files.forEach((k, v) -> out.add(k + "=" + java.util.Arrays.hashCode(v)));
        return out;
    }
}
