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
import java.util.List;
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
}
