package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile cases that need a real process (docs/reliability.md): standard output on a full
 * device, a folder the user cannot read, nesting that overflows the main thread's stack. Each ends
 * with exit 2 and one line naming the path and the reason, or a normal report; never a stack trace.
 */
class RobustnessIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(List<String> prefix, ProcessBuilder.Redirect stdout, String... args) throws Exception {
        // A prefix (another user) runs its own launcher; otherwise the project's bin/concord.
        List<String> cmd = new ArrayList<>(prefix.isEmpty() ? List.of(PROJECT.resolve("bin/concord").toString()) : prefix);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout);
        pb.environment().put("CONCORD_CDS", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = stdout == ProcessBuilder.Redirect.PIPE ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        return new Run(p.exitValue(), out, err);
    }

    private Path project() throws IOException {
        return CliTestSupport.copyFixture("term-forbidden/avoided-renderings", dir.resolve("p"));
    }

    private static void assertOneLine(Run r, String... fragments) {
        assertEquals(2, r.code(), r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        RobustnessTest.assertNoJava(err);
        for (String f : fragments) assertTrue(err.contains(f), "'" + f + "' in: " + err);
    }

    @Test
    void standardOutputOnAFullDeviceExitsTwo() throws Exception {
        if (!Files.exists(Path.of("/dev/full"))) return;
        Path p = project();
        assertOneLine(run(List.of(), ProcessBuilder.Redirect.to(new java.io.File("/dev/full")), "check", "-C", p.toString()),
                "standard output", "No space left on device");
    }

    @Test
    void anUnreadableVariantFolderExitsTwoNamingIt() throws Exception {
        Path p = project();
        List<String> asUser = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            // root reads any folder: run as nobody, who must reach the project but not posts/hans.
            if (!Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
                assertFalse("true".equals(System.getenv("CI")), "CI needs setpriv (util-linux) for this test");
                return;
            }
            // nobody may not reach the checkout (a clone in a private folder): it runs a copy of
            // the packaged jar from the test's own folder, with this JVM.
            Path jar = Files.copy(PROJECT.resolve("target/concord.jar"), dir.resolve("concord.jar"));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            asUser = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
            Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
            try (Stream<Path> s = Files.walk(p)) {
                for (Path f : s.toList()) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        Files.setPosixFilePermissions(p.resolve("posts/hans"), PosixFilePermissions.fromString("---------"));
        try {
            assertOneLine(run(asUser, ProcessBuilder.Redirect.PIPE, "check", "-C", p.toString()), "posts/hans", "permission denied");
            assertOneLine(run(asUser, ProcessBuilder.Redirect.PIPE, "check", "-C", p.toString(), p.resolve("posts/en/post.md").toString()),
                    "posts/hans/post.md", "permission denied");
        } finally {
            Files.setPosixFilePermissions(p.resolve("posts/hans"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void nestingDeeperThanTheMainThreadsStackIsCheckedNormally() throws Exception {
        Path p = project();
        String head = "---\nlang: en\nlayout: post\ntitle: T\n---\n\n";
        for (String body : new String[] {"> ".repeat(3000) + "x\n", "- ".repeat(3000) + "x\n", "*".repeat(10000) + "x" + "*".repeat(10000) + "\n"}) {
            Files.writeString(p.resolve("posts/en/post.md"), head + body);
            Run r = run(List.of(), ProcessBuilder.Redirect.PIPE, "check", "-C", p.toString());
            assertTrue(r.code() <= 1, r.err());
            RobustnessTest.assertNoJava(r.err() + r.out());
        }
    }

    /** The shapes of bench/hostile (docs/reliability.md), each about {@code size} chars of invented text. */
    static Map<String, String> hostileShapes(int size) {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("quotes-one-line", rep("> ", size) + "x\n");
        shapes.put("list-one-line", rep("- ", size) + "x\n");
        shapes.put("emphasis-nested", "*".repeat(size / 2) + "x" + "*".repeat(size / 2) + "\n");
        shapes.put("brackets-nested", "[".repeat(size / 2) + "x" + "]".repeat(size / 2) + "\n");
        StringBuilder indented = new StringBuilder();
        for (int i = 0; indented.length() < size; i++) indented.append(" ".repeat(2 * i)).append("- item\n");
        shapes.put("list-by-indentation", indented.toString());
        shapes.put("one-line-prose-links", rep("Some prose with a [link](https://example.com/a) and words. ", size) + "\n");
        shapes.put("many-paragraphs", rep("Some prose with a [link](https://example.com/a) and `code` here.\n\n", size));
        shapes.put("one-paragraph-many-lines", rep("Some prose with a [link](https://example.com/a) and `code` here.\n", size));
        shapes.put("unclosed-links", rep("[a]( ", size));
        shapes.put("backticks", rep("` a ", size));
        shapes.put("emphasis-unpaired", rep("*a _b ", size));
        shapes.put("less-than", rep("<a ", size));
        shapes.put("no-spaces", "x".repeat(size) + "\n");
        shapes.put("table", "| a | b |\n|---|---|\n" + rep("| x [l](u) | `y` |\n", size));
        shapes.put("quoted-table", "> | a | b |\n> |---|---|\n" + rep("> | x [l](u) | `y` |\n", size));
        shapes.put("html-blocks", rep("<div>\n<span>x</span>\n", size));
        shapes.put("cjk-prose-links", rep("零一万物于 2023 年 3 月创立，详见[论文](https://example.com/paper)。", size));
        shapes.put("block-quote-lines", rep("> x\n", size));
        shapes.put("list-item-lines", "- item\n" + rep("  more text of the item\n", size));
        shapes.put("indented-code", rep("    code line\n\n", size));
        return shapes;
    }

    private static String rep(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    /**
     * Every hostile shape at 1 MB: check ends normally (the nesting and run limits are one warning),
     * within a timeout that only a super-linear parse would miss. Times: bench/hostile.
     */
    @Test
    void hostileMarkdownOfAMegabyteIsCheckedWithoutAStackTrace() throws Exception {
        for (Map.Entry<String, String> shape : hostileShapes(1_000_000).entrySet()) {
            Path p = dir.resolve(shape.getKey());
            Files.createDirectories(p.resolve("posts/hans"));
            Files.createDirectories(p.resolve("glossary"));
            Files.writeString(p.resolve("glossary/terms.yaml"), "terms:\n  - id: apple\n    en: apple\n    hans: 苹果\n    hant: 蘋果\n");
            Files.writeString(p.resolve("posts/hans/p.md"), "---\nlang: hans\n---\n\n" + shape.getValue());
            Run r = run(List.of(), ProcessBuilder.Redirect.DISCARD, "check", "--no-cache", "-C", p.toString());
            assertTrue(r.code() <= 1, shape.getKey() + ": exit " + r.code() + " " + r.err());
            RobustnessTest.assertNoJava(r.err());
        }
    }

    /** convert, diff and terms read posts through the same bounded parser as check. */
    @Test
    void convertDiffAndTermsFinishOnHostileMarkdown() throws Exception {
        Map<String, String> shapes = hostileShapes(1_000_000);
        for (String name : List.of("quotes-one-line", "list-by-indentation", "block-quote-lines", "quoted-table")) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.resolve("posts/hans"));
            Files.createDirectories(p.resolve("glossary"));
            Files.writeString(p.resolve("glossary/terms.yaml"), "terms:\n  - id: apple\n    en: apple\n    hans: 苹果\n    hant: 蘋果\n");
            Files.writeString(p.resolve("posts/hans/p.md"), "---\nlang: hans\n---\n\n" + shapes.get(name));
            Run convert = run(List.of(), ProcessBuilder.Redirect.DISCARD, "convert", "--to", "hant", "-C", p.toString(),
                    p.resolve("posts/hans/p.md").toString());
            assertEquals(0, convert.code(), name + ": " + convert.err());
            assertEquals(1, convert.err().strip().lines().count(), name + ": one warning: " + convert.err());
            assertTrue(convert.err().matches("(?s)concord: warning: .*p\\.md:\\d+: Markdown .*"), convert.err());
            for (String cmd : List.of("diff", "terms")) {
                Run r = run(List.of(), ProcessBuilder.Redirect.DISCARD, cmd, "-C", p.toString(), "p");
                assertTrue(r.code() <= 1, name + " " + cmd + ": exit " + r.code() + " " + r.err());
                RobustnessTest.assertNoJava(r.err());
            }
        }
    }
}
