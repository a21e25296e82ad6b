package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.check.PlantedCorpus.Planted;
import dev.concord.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": on a corpus the checker has never seen, with planted defects of every
 * rule, at least 90 % of the defects are reported with the right rule at the right file and line
 * (recall), and at least 90 % of the findings point at a planted defect (precision). The corpus is
 * generated from the project's own post by {@link PlantedCorpus} with a fixed seed; a finding
 * "points at" a defect when it is in the defect's file at its line or inside the block it was planted
 * in (a number changed in one hans block is also that block's variant-divergence).
 */
class PlantedDefectsTest {
    private static final Pattern FINDING = Pattern.compile(
            "\\{\"rule\": \"([a-z-]+)\", \"severity\": \"[a-z]+\", \"file\": \"([^\"]+)\", \"line\": (\\d+)");
    static final long SEED = 20231105L;

    record Found(String rule, String file, int line) {}

    @TempDir Path dir;

    @Test
    void plantedDefectsAreFoundAndFindingsAreReal() {
        // -Dconcord.planted.dir=DIR keeps the generated corpus there for inspection
        Path root = System.getProperty("concord.planted.dir") != null ? Path.of(System.getProperty("concord.planted.dir")) : dir;
        List<Planted> planted = PlantedCorpus.generate(Path.of("posts"), "01-ai-rise-and-fall", Path.of("glossary"), root, 12, 3, SEED);
        List<Found> found = check(root);
        Score s = score(planted, found);
        System.out.println(s.table());
        if (root != dir) planted.forEach(p -> System.out.println("planted " + p));
        assertEquals(12 * 11 + 3, planted.size(), "every copy carries one defect of each rule");
        assertTrue(s.recall() >= 0.9, "recall " + s.recall() + "\nmissed:\n" + String.join("\n", s.missed()));
        assertTrue(s.precision() >= 0.9, "precision " + s.precision() + "\nfalse alarms:\n" + String.join("\n", s.falseAlarms()));
    }

    static List<Found> check(Path root) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"check", "--root", root.toString(), "--format", "json"}, new PrintWriter(out), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
        List<Found> found = new ArrayList<>();
        Matcher m = FINDING.matcher(out.toString());
        while (m.find()) found.add(new Found(m.group(1), m.group(2), Integer.parseInt(m.group(3))));
        return found;
    }

    /** Recall and precision, overall and per rule. */
    record Score(Map<String, int[]> perRule, List<String> missed, List<String> falseAlarms, int planted, int detected, int findings, int real) {
        double recall() {
            return planted == 0 ? 1 : (double) detected / planted;
        }

        double precision() {
            return findings == 0 ? 1 : (double) real / findings;
        }

        String table() {
            StringBuilder sb = new StringBuilder(String.format("%-20s %8s %8s %8s %8s%n", "rule", "planted", "found", "findings", "real"));
            perRule.forEach((rule, n) -> sb.append(String.format("%-20s %8d %8d %8d %8d%n", rule, n[0], n[1], n[2], n[3])));
            sb.append(String.format("%-20s %8d %8d %8d %8d%n", "total", planted, detected, findings, real));
            sb.append(String.format("recall %.3f, precision %.3f%n", recall(), precision()));
            return sb.toString();
        }
    }

    static Score score(List<Planted> planted, List<Found> found) {
        Map<String, int[]> perRule = new TreeMap<>();
        List<String> missed = new ArrayList<>(), falseAlarms = new ArrayList<>();
        int detected = 0, real = 0;
        for (Planted p : planted) {
            int[] n = perRule.computeIfAbsent(p.rule(), k -> new int[4]);
            n[0]++;
            boolean hit = found.stream().anyMatch(f -> f.rule().equals(p.rule()) && f.file().equals(p.file()) && f.line() == p.line());
            if (hit) {
                n[1]++;
                detected++;
            } else {
                missed.add(p.rule() + " " + p.file() + ":" + p.line() + " (" + p.what() + ")");
            }
        }
        for (Found f : found) {
            int[] n = perRule.computeIfAbsent(f.rule(), k -> new int[4]);
            n[2]++;
            if (planted.stream().anyMatch(p -> p.covers(f.file(), f.line()))) {
                n[3]++;
                real++;
            } else {
                falseAlarms.add(f.rule() + " " + f.file() + ":" + f.line());
            }
        }
        return new Score(perRule, missed, falseAlarms, planted.size(), detected, found.size(), real);
    }
}
