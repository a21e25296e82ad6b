package dev.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Runs the real CLI in-process and captures its streams; builds small projects on disk. */
final class CliTestSupport {
    private CliTestSupport() {}

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static void write(Path root, String rel, String text) throws IOException {
        write(root, rel, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path root, String rel, byte[] bytes) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    /** Copies a fixture project (src/test/resources/fixtures/NAME) into {@code dir}. */
    static Path copyFixture(String name, Path dir) throws IOException {
        Path src = Path.of("src/test/resources/fixtures", name);
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path t = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dir;
    }
}
