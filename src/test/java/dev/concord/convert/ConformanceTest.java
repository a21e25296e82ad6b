package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs OpenCC's own test cases (shared/conformance/opencc) through {@link ScriptConverter}'s plain
 * text path and through opencc4j alone, prints the score table, and fails if concord scores below
 * opencc4j's reference numbers (head) or below opencc4j measured on the same cases (v1.1.6).
 */
class ConformanceTest {
    /** opencc4j 1.14.0 alone, measured by the project (shared/conformance/README.md). */
    private static final Map<String, Integer> HEAD_REFERENCE = Map.of("s2t", 44, "t2s", 29, "s2tw", 21, "tw2s", 21);
    private static final List<String> CONFIGS = List.of("s2t", "s2tw", "t2s", "tw2s");

    static Path sharedDir() {
        String env = System.getenv("CONCORD_SHARED");
        List<Path> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        // The repo's parent holds shared/ (CI clones the repo beside a copy of it); a git worktree
        // sits one level deeper, so every ancestor is tried.
        for (Path p = Path.of("").toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("shared"));
        }
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("conformance/opencc"))) return p;
        }
        String msg = "conformance data not found: looked for conformance/opencc in " + candidates
                + " (set CONCORD_SHARED to the shared/ directory)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg);
        Assumptions.assumeTrue(false, msg);
        return null;
    }

    /** The concord converter for an OpenCC config name. */
    static UnaryOperator<String> ours(String config) {
        ScriptConverter c = switch (config) {
            case "s2t" -> ScriptConverter.toHant(HantStandard.OPENCC);
            case "s2tw" -> ScriptConverter.toHant(HantStandard.TW);
            case "t2s" -> ScriptConverter.toHans(HantStandard.OPENCC);
            case "tw2s" -> ScriptConverter.toHans(HantStandard.TW);
            default -> throw new IllegalArgumentException(config);
        };
        return c::convert;
    }

    /** opencc4j's own utilities for the same config (its Taiwan mode also rewrites vocabulary). */
    static UnaryOperator<String> opencc4jAlone(String config) {
        return switch (config) {
            case "s2t" -> ZhConverterUtil::toTraditional;
            case "s2tw" -> ZhTwConverterUtil::toTraditional;
            case "t2s" -> ZhConverterUtil::toSimple;
            case "tw2s" -> ZhTwConverterUtil::toSimple;
            default -> throw new IllegalArgumentException(config);
        };
    }

    @Test
    void scoresAtLeastOpencc4j() throws IOException {
        Path opencc = sharedDir().resolve("conformance/opencc");
        // opencc4j's utilities have the cold-start race too: warm them up on this thread first.
        for (String config : CONFIGS) opencc4jAlone(config).apply(Opencc.WARM_UP_SIMPLIFIED);

        StringBuilder table = new StringBuilder(String.format("%-12s %8s %10s %10s%n", "config", "cases", "concord", "opencc4j"));
        List<String> failures = new ArrayList<>();
        int oursV116 = 0, aloneV116 = 0, totalV116 = 0;
        for (String version : List.of("head", "v1.1.6")) {
            for (String config : CONFIGS) {
                Path file = opencc.resolve(version).resolve(config + ".tsv");
                if (!Files.isRegularFile(file)) {
                    failures.add("missing " + file);
                    continue;
                }
                ConformanceCases cases = ConformanceCases.read(file, version + "/" + config);
                List<ConformanceCases.Miss> misses = cases.misses(ours(config));
                int ours = cases.cases().size() - misses.size();
                int alone = cases.passed(opencc4jAlone(config));
                table.append(String.format("%-12s %8d %10d %10d%n", cases.name(), cases.cases().size(), ours, alone));
                for (ConformanceCases.Miss m : misses) {
                    System.out.println("  miss " + cases.name() + ":" + m.c().line() + "  " + m.c().input()
                            + "\n     expected " + m.c().expected() + "\n     got      " + m.got());
                }
                if (version.equals("head")) {
                    int reference = HEAD_REFERENCE.get(config);
                    if (ours < reference) failures.add(cases.name() + ": " + ours + " < opencc4j reference " + reference);
                    if (ours < alone) failures.add(cases.name() + ": " + ours + " < opencc4j measured " + alone);
                } else {
                    oursV116 += ours;
                    aloneV116 += alone;
                    totalV116 += cases.cases().size();
                }
            }
        }
        table.append(String.format("%-12s %8d %10d %10d%n", "v1.1.6 (4)", totalV116, oursV116, aloneV116));
        System.out.print(table);
        if (oursV116 < aloneV116) failures.add("v1.1.6: " + oursV116 + " < opencc4j measured " + aloneV116);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + table);
    }
}
