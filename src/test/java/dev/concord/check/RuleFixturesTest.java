package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checkstyle-style fixtures: every folder {@code src/test/resources/fixtures/<rule-id>/<case>/} is
 * a small project (posts/, glossary/, optional concord.yaml); any folder below fixtures/ that has
 * a posts/ folder is one. Each line that must produce a finding carries
 * {@code expect: rule[,rule]} (in an HTML comment in Markdown, a {@code #} comment in front matter);
 * {@code expect@N: rule} names line N instead, for findings on lines that cannot hold a comment.
 * The test runs the real CLI with {@code --format json} and requires the exact set of
 * (file, line, rule): a missing finding and an unexpected one both fail. Folders named
 * {@code clean} or {@code *-clean} must carry no expectation and produce no finding at all.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Pattern EXPECT = Pattern.compile("expect(?:@(\\d+))?: *([a-z-]+(?: *, *[a-z-]+)*)");
    private static final Pattern FINDING = Pattern.compile(
            "\\{\"rule\": \"([a-z-]+)\", \"severity\": \"[a-z]+\", \"file\": \"([^\"]+)\", \"line\": (\\d+)");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> dirs = projects();
        assertFalse(dirs.isEmpty(), "no fixtures found");
        return dirs.stream().map(d -> DynamicTest.dynamicTest(FIXTURES.relativize(d).toString().replace('\\', '/'), () -> run(d)));
    }

    static Set<String> expectations(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(root.resolve("posts"))) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = EXPECT.matcher(lines.get(i));
                    if (!m.find()) continue;
                    int line = m.group(1) != null ? Integer.parseInt(m.group(1)) : i + 1;
                    for (String rule : m.group(2).split(",")) out.add(rel + ":" + line + ": " + rule.strip());
                }
            }
        }
        return out;
    }

    static Set<String> actual(Path root) {
        Set<String> found = new TreeSet<>();
        Matcher m = FINDING.matcher(checkJson(root));
        while (m.find()) found.add(m.group(2) + ":" + m.group(3) + ": " + m.group(1));
        return found;
    }

    /** What {@code concord check --format json} prints for the project at {@code root} (exit 0 or 1 required). */
    static String checkJson(Path root) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"check", "--root", root.toString(), "--format", "json", "--no-cache"},
                new PrintWriter(out), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
        return out.toString();
    }

    private void run(Path dir) throws IOException {
        Set<String> expected = expectations(dir);
        if (isClean(dir)) {
            assertTrue(expected.isEmpty(), "a clean twin carries no expectation");
        } else {
            assertFalse(expected.isEmpty(), "a defect fixture must mark at least one expected finding");
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual(dir)), "findings of " + dir);
    }

    /** Every fixture project below {@link #FIXTURES}: a folder with a posts/ folder. */
    static List<Path> projects() throws IOException {
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            return s.filter(p -> Files.isDirectory(p.resolve("posts"))).sorted().toList();
        }
    }

    /** A clean twin: named {@code clean} or {@code *-clean}. */
    static boolean isClean(Path dir) {
        String name = dir.getFileName().toString();
        return name.equals("clean") || name.endsWith("-clean");
    }

    /** The cases of one rule: the fixture projects under {@code fixtures/<rule-id>/}. */
    static List<Path> cases(String ruleId) throws IOException {
        Path dir = FIXTURES.resolve(ruleId);
        List<Path> out = new ArrayList<>();
        for (Path p : projects()) if (p.startsWith(dir)) out.add(p);
        return out;
    }
}
