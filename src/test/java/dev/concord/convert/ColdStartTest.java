package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first conversions of a fresh JVM, where nothing is loaded yet: threads racing the lazy load
 * of the dictionaries all get the right text (a converter that filled its tables lazily gave
 * 太后的頭髮很幹燥), and converting to hans loads only the tables tw2s needs.
 */
class ColdStartTest {
    private static List<String> runProbe(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-verbose:class", ColdStartProbe.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    private static List<String> results(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("[")).toList();
    }

    @Test
    void firstConversionsFromManyThreadsAgree() throws Exception {
        List<String> out = results(runProbe("race", "8", "太后的头发很干燥，为了里面", "太后的頭髮很乾燥，為了裡面"));
        assertEquals(List.of("hans 太后的头发很干燥，为了里面", "hant 太后的頭髮很乾燥，為了裡面"), out);
    }

    @Test
    void toHansNeverLoadsTheLargeSimplifiedToTraditionalPhrases() throws Exception {
        List<String> lines = runProbe("hans", "頭髮乾淨");
        assertEquals("头发干净", results(lines).get(0));
        assertEquals("tables [CJK_Compatibility_Ideographs, TSCharacters, TSCharactersExt, TSPhrases, TWVariantsRev, TWVariantsRevPhrases]",
                results(lines).get(2), "STPhrases (1 MB) must not be read");
        System.out.println("cold to-hans conversion: " + results(lines).get(1));
    }
}
