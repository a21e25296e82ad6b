package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LargeInputJvm} as a process: a check that finds a post of 1 MiB or more runs again in a JVM
 * with the options the launcher offers (seen here by a log file one of them creates), with the same
 * report and exit code; a smaller post is checked by the first JVM; {@code --fix} runs again before
 * it takes the root's lock (else the second run would wait for the first for ever); {@code glossary
 * suggest} runs again the same way.
 */
class LargeInputJvmIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private Run java(Path marker, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PROJECT.resolve("target/concord.jar").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove(LargeInputJvm.OPTIONS_VARIABLE);
        if (marker != null) pb.environment().put(LargeInputJvm.OPTIONS_VARIABLE, "-XX:+UseSerialGC\n-Xlog:gc:file=" + marker + "\n");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }

    private Path project(String name, int bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.resolve("posts/en"));
        Files.createDirectories(p.resolve("posts/hans"));
        Files.createDirectories(p.resolve("glossary"));
        Files.writeString(p.resolve("glossary/terms.yaml"), "terms:\n  - id: apple\n    en: apple\n    hans: 苹果\n    hant: 蘋果\n");
        String para = "An apple and 3 pears on the [table](https://example.com/t).\n\n";
        Files.writeString(p.resolve("posts/en/p.md"), "---\nlang: en\n---\n\n" + para.repeat(Math.max(1, bytes / para.length())));
        Files.writeString(p.resolve("posts/hans/p.md"), "---\nlang: hans\n---\n\n桌上有 4 个苹果。\n");
        return p;
    }

    @Test
    void aLargePostIsCheckedAgainWithTheLargeInputOptionsAndTheSameReport() throws Exception {
        Path large = project("large", (int) LargeInputJvm.LARGE_POST_BYTES + 4096);
        Path marker = dir.resolve("child-gc.log");
        Run again = java(marker, "check", "--no-cache", "--format", "json", "-C", large.toString());
        assertTrue(Files.exists(marker), "no second JVM: " + again.err());
        Run here = java(null, "check", "--no-cache", "--format", "json", "-C", large.toString());
        assertEquals(here.code(), again.code(), again.err());
        assertEquals(1, again.code(), again.err()); // the number mismatch is an error in both
        assertEquals(here.out(), again.out());
        assertEquals(here.err(), again.err());
        // a path argument counts as well
        Files.delete(marker);
        java(marker, "check", "--no-cache", "-C", large.toString(), large.resolve("posts/en/p.md").toString());
        assertTrue(Files.exists(marker), "a large post given as a path was not checked again");
    }

    /** {@code glossary suggest} reads every post too: a large one is mined by the second JVM, with the same output. */
    @Test
    void aLargePostIsMinedAgainWithTheLargeInputOptions() throws Exception {
        Path large = project("large", (int) LargeInputJvm.LARGE_POST_BYTES + 4096);
        Path marker = dir.resolve("child-gc.log");
        Run again = java(marker, "glossary", "suggest", "--min-posts", "1", "--format", "json", "-C", large.toString());
        assertTrue(Files.exists(marker), "no second JVM: " + again.err());
        Run here = java(null, "glossary", "suggest", "--min-posts", "1", "--format", "json", "-C", large.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(here.out(), again.out());
        // the clean twin: under the limit, the first JVM mines it
        Files.delete(marker);
        Path small = project("small", (int) LargeInputJvm.LARGE_POST_BYTES - 4096);
        assertEquals(0, java(marker, "glossary", "suggest", "-C", small.toString()).code());
        assertFalse(Files.exists(marker), "a second JVM for a post under the limit");
    }

    @Test
    void aSmallPostIsCheckedByTheFirstJvm() throws Exception {
        Path small = project("small", (int) LargeInputJvm.LARGE_POST_BYTES - 4096);
        Path marker = dir.resolve("child-gc.log");
        Run r = java(marker, "check", "--no-cache", "-C", small.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(marker), "a second JVM for a post under the limit");
    }

    @Test
    void fixOfALargePostRunsAgainBeforeTakingTheLock() throws Exception {
        Path large = project("large", (int) LargeInputJvm.LARGE_POST_BYTES + 4096);
        Files.writeString(large.resolve("posts/hans/p.md"), "---\nlang: hans\n---\n\n桌上有 3 个蘋果。\n");
        Path marker = dir.resolve("child-gc.log");
        Run r = java(marker, "check", "--fix", "--no-cache", "-C", large.toString());
        assertTrue(Files.exists(marker), "no second JVM: " + r.err());
        assertTrue(r.code() <= 1, r.err());
        assertEquals("---\nlang: hans\n---\n\n桌上有 3 个苹果。\n", Files.readString(large.resolve("posts/hans/p.md")));
    }
}
