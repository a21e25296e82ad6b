package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/concord as a user runs it, on the packaged jar (an integration test: Failsafe runs it after
 * `package`). The class-data archive is made in the background, silently, and never changes what a
 * command prints; CONCORD_CDS=0 makes none; under LANG=C the report is still UTF-8.
 */
class LauncherIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    @TempDir Path cache;

    private record Run(int code, String out, String err) {}

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(PROJECT.resolve("bin/concord").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(PROJECT.toFile());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }

    private List<Path> archives() throws IOException {
        Path dir = cache.resolve("concord");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).toList();
        }
    }

    /** The background recorder holds a lock file until it has finished (and cleaned up). */
    private boolean locked() throws IOException {
        try (Stream<Path> s = Files.list(cache.resolve("concord"))) {
            return s.anyMatch(p -> p.toString().endsWith(".lock"));
        }
    }

    @Test
    void archiveIsMadeInTheBackgroundAndChangesNoOutput() throws Exception {
        String fixture = PROJECT.resolve("src/test/resources/fixtures/term-forbidden/avoided-renderings").toString();
        Run first = run(Map.of(), "check", "-C", fixture, "--no-cache");
        assertEquals(1, first.code(), first.err());
        for (int i = 0; i < 120 && (archives().isEmpty() || locked()); i++) Thread.sleep(500);
        assertEquals(1, archives().size(), "one archive per jar and JVM");
        Run later = run(Map.of(), "check", "-C", fixture, "--no-cache");
        assertEquals(first, later, "same exit code, stdout and stderr with the archive");
        assertTrue(later.out().contains("avoid '缩放定律'"), later.out());
    }

    @Test
    void aNewBuildReplacesTheArchiveOfTheOldOneAndKeepsOtherCheckouts() throws Exception {
        Path jar = cache.resolve("build/concord.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(PROJECT.resolve("target/concord.jar"), jar);
        Path dir = Files.createDirectories(cache.resolve("concord"));
        Path otherCheckout = Files.writeString(dir.resolve("concord-1-2-java17.jsa"), "another jar's archive");
        Path unnamedOld = Files.writeString(dir.resolve("concord-3-java17.jsa"), "an archive named before the jar path was");
        Map<String, String> env = Map.of("CONCORD_JAR", jar.toString());
        String fixture = PROJECT.resolve("src/test/resources/fixtures/term-forbidden/clean").toString();
        Path olderNaming = Files.writeString(dir.resolve("concord-" + jarId(jar) + "-12345-java17.jsa"),
                "this jar path's archive, named by the jar's size and time as before");
        Path otherRelease = Files.writeString(dir.resolve("concord-" + jarId(jar) + "-25.0.3_9-LTS-java25.aot"),
                "this jar path's cache for another Java release");
        List<Path> first = archiveAfter(env, fixture, List.of(otherCheckout, unnamedOld, olderNaming, otherRelease));
        assertEquals(Files.getLastModifiedTime(jar), Files.getLastModifiedTime(first.get(0)),
                "the archive carries the time the jar had when it was recorded");
        assertTrue(Files.notExists(olderNaming), "this jar path's archive of the older naming is gone");
        FileTime rebuilt = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000);
        Files.setLastModifiedTime(jar, rebuilt);
        assertEquals(0, run(env, "check", "-C", fixture, "--no-cache").code());
        for (int i = 0; i < 120 && (locked() || !Files.getLastModifiedTime(first.get(0)).equals(rebuilt)); i++) Thread.sleep(500);
        assertEquals(rebuilt, Files.getLastModifiedTime(first.get(0)), "a rebuilt jar (newer than its archive) has it recorded again");
        assertEquals(List.of(otherCheckout, otherRelease, first.get(0)).stream().sorted().toList(), archives().stream().sorted().toList(),
                "the rebuilt jar's archive, another Java release's and the other checkout's only");
        assertTrue(Files.notExists(unnamedOld), "an archive of the old naming is gone");
    }

    /** The launcher's FNV-1a hash of the jar path (the part of an archive's name that says which jar). */
    private static String jarId(Path jar) {
        int h = 0x811c9dc5;
        for (char c : jar.toString().toCharArray()) h = (h ^ c) * 16777619;
        return Integer.toUnsignedString(h);
    }

    /** Runs a check and waits for the new archives (those not in {@code before}). */
    private List<Path> archiveAfter(Map<String, String> env, String fixture, List<Path> before) throws Exception {
        assertEquals(0, run(env, "check", "-C", fixture, "--no-cache").code());
        List<Path> added = List.of();
        for (int i = 0; i < 120 && (added.isEmpty() || locked()); i++) {
            Thread.sleep(500);
            added = archives().stream().filter(p -> !before.contains(p)).toList();
        }
        assertEquals(1, added.size(), "one new archive: " + archives());
        return added;
    }

    @Test
    void noArchiveWhenTurnedOffAndUtf8UnderLangC() throws Exception {
        Run r = run(Map.of("CONCORD_CDS", "0", "LANG", "C", "LC_ALL", ""), "check", "--no-cache", "-C",
                PROJECT.resolve("src/test/resources/fixtures/term-forbidden/avoided-renderings").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("avoid '缩放定律'; use '规模法则'"), "UTF-8 whatever the locale: " + r.out());
        Thread.sleep(1000);
        assertTrue(archives().isEmpty(), "CONCORD_CDS=0 makes no archive");
    }
}
