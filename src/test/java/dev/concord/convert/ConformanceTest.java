package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenCC's own test cases (test resources {@code convert/opencc/{head,v1.1.6}}, Apache-2.0, see
 * the NOTICE there) through {@link ScriptConverter}, for the six configs. Fails below 95 % of the
 * head cases of any config, or below OpenCC's CLI 1.1.6 on the v1.1.6 cases of any config.
 */
class ConformanceTest {
    static final List<OpenccConfig> CONFIGS = List.of(OpenccConfig.values());
    static final double HEAD_MINIMUM = 0.95;
    /** OpenCC's CLI 1.1.6 (Debian's opencc package) on the v1.1.6 cases: it passes them all. */
    static final Map<String, Integer> OPENCC_116_ON_V116 = Map.of("s2t", 12, "s2tw", 2, "s2twp", 4, "t2s", 2, "tw2s", 1, "tw2sp", 5);

    static ConformanceCases cases(String version, OpenccConfig config) throws IOException {
        String name = "/convert/opencc/" + version + "/" + config.openccName() + ".tsv";
        URL url = ConformanceTest.class.getResource(name);
        if (url == null) throw new IllegalStateException("missing test resource " + name);
        try {
            return ConformanceCases.read(Path.of(url.toURI()), version + "/" + config.openccName());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void passesOpenccHeadAndAtLeastOpencc116() throws IOException {
        StringBuilder table = new StringBuilder(String.format("%-14s %6s %8s%n", "cases", "total", "concord"));
        List<String> failures = new ArrayList<>();
        for (String version : List.of("head", "v1.1.6")) {
            for (OpenccConfig config : CONFIGS) {
                ConformanceCases cases = cases(version, config);
                List<ConformanceCases.Miss> misses = cases.misses(ConversionChain.of(config)::convert);
                int total = cases.cases().size(), passed = total - misses.size();
                table.append(String.format("%-14s %6d %8d%n", cases.name(), total, passed));
                for (ConformanceCases.Miss m : misses) {
                    System.out.println("  miss " + cases.name() + ":" + m.c().line() + "  " + m.c().input()
                            + "\n     expected " + m.c().expected() + "\n     got      " + m.got());
                }
                if (version.equals("head") && passed < Math.ceil(HEAD_MINIMUM * total)) {
                    failures.add(cases.name() + ": " + passed + "/" + total + " < 95 %");
                }
                if (version.equals("v1.1.6") && passed < OPENCC_116_ON_V116.get(config.openccName())) {
                    failures.add(cases.name() + ": " + passed + " < OpenCC 1.1.6's " + OPENCC_116_ON_V116.get(config.openccName()));
                }
            }
        }
        System.out.print(table);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + table);
    }
}
