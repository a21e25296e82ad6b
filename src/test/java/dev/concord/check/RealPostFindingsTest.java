package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.cli.Main;
import dev.concord.report.JsonTestSupport;
import dev.concord.corpus.RealSample;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real posts of the project's shared sample (docs/real-world.md), checked as a user would:
 * laid out as the blog keeps them ({en,hant,zh}/SLUG.md) with docs/real-world's configuration and
 * glossary. Every finding must point at the text it quotes (its {@code found} text is on the
 * reported line) and read as a sentence (no internal names, no "null", no empty quote).
 * Skipped when the sample is not beside the checkout.
 */
class RealPostFindingsTest {
    /** Fragments that only a garbled message contains: a Java null, an enum name, an empty quote. */
    private static final Pattern GARBLED = Pattern.compile(
            "\\bnull\\b|''|``|\\b(PARAGRAPH|LIST_ITEM|HEADING|CODE_BLOCK|TABLE_ROW)\\b|is missing differs|: is missing");

    @TempDir Path dir;

    static Path sample() {
        return RealSample.find().orElse(null);
    }

    @Test
    void everyFindingQuotesItsLineAndReadsAsASentence() throws IOException {
        Path real = sample();
        Assumptions.assumeTrue(real != null, "the real sample is not beside the checkout");
        copy(real.resolve("en"), dir.resolve("en"));
        copy(real.resolve("hant"), dir.resolve("hant"));
        copy(real.resolve("hans"), dir.resolve("zh"));
        copy(Path.of("docs/real-world/glossary"), dir.resolve("glossary"));
        Files.copy(Path.of("docs/real-world/concord.yaml"), dir.resolve("concord.yaml"));

        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"check", "--root", dir.toString(), "--format", "json"},
                new PrintWriter(out), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) ((Map<String, Object>) JsonTestSupport.parseLongs(out.toString())).get("findings");
        assertFalse(findings.isEmpty(), "the sample has real defects; no finding means the check did not run");

        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> f : findings) {
            String where = f.get("file") + ":" + f.get("line") + " [" + f.get("rule") + "] " + f.get("message");
            String message = (String) f.get("message");
            if (GARBLED.matcher(message).find()) wrong.add("garbled: " + where);
            Object found = f.get("found");
            if (found == null) continue;
            List<String> lines = Files.readAllLines(dir.resolve((String) f.get("file")), StandardCharsets.UTF_8);
            int line = ((Number) f.get("line")).intValue();
            String firstLine = ((String) found).split("\n", -1)[0];
            if (line < 1 || line > lines.size() || !lines.get(line - 1).contains(firstLine)) {
                wrong.add("'" + found + "' is not on the line: " + where);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
    }
}
