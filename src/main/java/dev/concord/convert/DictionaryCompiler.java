package dev.concord.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Build step (Maven, phase {@code process-classes}): compiles OpenCC's text dictionaries
 * ({@code src/main/opencc/dictionary}) into the compact form {@link Dictionary} reads, and derives
 * the two tables OpenCC's own build derives rather than ships:
 * <ul>
 * <li><b>STPhrases</b> = OpenCC's STPhrases ∪ STPhrases_GeneratedFromRegionalPhrases: every key of
 *     TWPhrases and HKPhrases with at least {@value #MIN_REGIONAL_KEY} characters, converted to
 *     Simplified by t2s, becomes an entry whose value is that Traditional key (unless STPhrases
 *     already has the key). So s2t keeps those regional phrases whole, and the segmentation of
 *     s2twp finds them as words before TWPhrases rewrites them (软件开发商 is one segment). Shorter
 *     keys are skipped as OpenCC's generator skips them: they would split longer Simplified words.</li>
 * <li><b>TWVariantsRev</b> = TWVariants reversed: each candidate becomes a key whose candidates are
 *     the keys that listed it, in file order.</li>
 * <li><b>TSCharactersExt</b>: TSCharacters marks with a comment {@code # @tofu-risk: … X U+XXXX}
 *     the lines whose rare simplified form X is missing from common fonts; those lines keep the
 *     Traditional character as their default, and OpenCC's t2s, tw2s and tw2sp look them up first
 *     in this table of key → X (殢 → 𣨼), as OpenCC's test cases expect.</li>
 * </ul>
 * Usage: {@code DictionaryCompiler SOURCE_DIR OUTPUT_DIR}; writes {@code OUTPUT_DIR/NAME.ocb}.
 */
public final class DictionaryCompiler {
    static final int MIN_REGIONAL_KEY = 3;

    /** Text dictionaries compiled as they are. */
    static final List<String> AS_IS = List.of("CJK_Compatibility_Ideographs", "STCharacters", "TSPhrases", "TSCharacters",
            "TWPhrases", "TWPhrasesRev", "TWVariants", "TWVariantsPhrases", "TWVariantsRevPhrases");

    private DictionaryCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: DictionaryCompiler SOURCE_DIR OUTPUT_DIR");
        Path source = Path.of(args[0]).resolve("dictionary");
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        Map<String, Dictionary> compiled = compile(name -> read(source.resolve(name + ".txt")),
                tofuRiskForms(readText(source.resolve("TSCharacters.txt"))));
        for (var e : compiled.entrySet()) {
            Files.write(output.resolve(e.getKey() + ".ocb"), e.getValue().toBytes());
        }
        // The data's license travels with the compiled form inside the jar.
        Files.copy(Path.of(args[0]).resolve("LICENSE"), output.resolve("LICENSE"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of(args[0]).resolve("README.md"), output.resolve("README.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("DictionaryCompiler: " + compiled.size() + " dictionaries → " + output);
    }

    /** Every dictionary the configs use, by name, from OpenCC's text dictionaries. */
    static Map<String, Dictionary> compile(Function<String, Map<String, List<String>>> text, Map<String, List<String>> tofuRisk) {
        Map<String, Dictionary> out = new LinkedHashMap<>();
        for (String name : AS_IS) out.put(name, Dictionary.of(text.apply(name)));
        out.put("TSCharactersExt", Dictionary.of(tofuRisk));
        out.put("TWVariantsRev", Dictionary.of(reversed(text.apply("TWVariants"))));

        ConversionChain t2s = ConversionChain.of(OpenccConfig.T2S, out::get);
        Map<String, List<String>> phrases = new LinkedHashMap<>(text.apply("STPhrases"));
        for (String regional : List.of("TWPhrases", "HKPhrases")) {
            for (String traditional : text.apply(regional).keySet()) {
                if (traditional.codePointCount(0, traditional.length()) < MIN_REGIONAL_KEY) continue;
                phrases.putIfAbsent(t2s.convert(traditional), List.of(traditional));
            }
        }
        out.put("STPhrases", Dictionary.of(phrases));
        return out;
    }

    /** Candidates become keys; a candidate listed by several keys gets them all, in order. */
    static Map<String, List<String>> reversed(Map<String, List<String>> forward) {
        Map<String, List<String>> rev = new LinkedHashMap<>();
        forward.forEach((key, candidates) -> {
            for (String c : candidates) {
                List<String> keys = rev.computeIfAbsent(c, k -> new ArrayList<>());
                if (!keys.contains(key)) keys.add(key);
            }
        });
        return rev;
    }

    /** key → X for each line of TSCharacters preceded by a {@code @tofu-risk} comment naming X. */
    static Map<String, List<String>> tofuRiskForms(String tsCharacters) {
        Map<String, List<String>> ext = new LinkedHashMap<>();
        String pending = null;
        for (String line : tsCharacters.split("\n")) {
            line = line.strip();
            if (line.startsWith("# @tofu-risk:")) {
                int u = line.lastIndexOf(" U+");
                int sp = line.lastIndexOf(' ', u - 1);
                pending = u > 0 && sp >= 0 ? line.substring(sp + 1, u) : null;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                if (pending != null && tab > 0) ext.putIfAbsent(line.substring(0, tab), List.of(pending));
                pending = null;
            }
        }
        return ext;
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, List<String>> read(Path file) {
        try {
            return Dictionary.parseText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
