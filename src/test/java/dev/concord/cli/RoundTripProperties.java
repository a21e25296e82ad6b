package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.Term;
import dev.concord.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Converting a clean hans post to hant gives a file that {@code check} finds no term-forbidden,
 * keep-altered or script-mixed problem in, whatever the hant standard: generated posts mix the
 * project glossary's hans renderings and keep strings with trap words, code, links and markup.
 */
class RoundTripProperties {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Glossary GLOSSARY = GlossaryLoader.load(PROJECT, List.of("glossary"));
    private static final List<String> RULES = List.of("term-forbidden", "keep-altered", "script-mixed");
    private static final Pattern RULE = Pattern.compile("\"rule\": ?\"([a-z-]+)\"");

    /** Every preferred hans rendering and keep string of the glossary. */
    private static List<String> terms() {
        List<String> out = new ArrayList<>();
        for (Term t : GLOSSARY.terms()) {
            if (t.isKeep()) out.add(t.keep());
            else if (t.preferred(Lang.HANS) != null) out.add(t.preferred(Lang.HANS));
        }
        return out;
    }

    private static final List<String> PROSE = List.of(
            "经理发现后，总理发表讲话。", "她的头发干了。", "我们在里面吃面条。", "干部的发展方面", "皇后后来去了理发店。",
            "这个软件的算法很快。", "为了让模型看着更好，", "台风过后，只有一只猫。", "的", "和", "，", "。", " ");
    private static final List<String> MARKUP = List.of(
            "`头发 := 里面`", "[发展报告](https://x.cn/发展)", "**", "\n\n```\n// 头发\n```\n\n", "\n\n- ", "\n\n> ",
            "\n\n", "<span>里面</span>");

    @Provide
    Arbitrary<String> body() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(terms()), Arbitraries.of(PROSE), Arbitraries.of(PROSE),
                Arbitraries.of(MARKUP));
        return piece.list().ofMinSize(3).ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 40)
    void convertedPostPassesTheTermAndScriptRules(@ForAll("body") String body, @ForAll("standards") String standard) throws IOException {
        Path dir = Files.createTempDirectory("concord-roundtrip");
        try {
            Files.writeString(dir.resolve("concord.yaml"), "hant: " + standard + "\n", StandardCharsets.UTF_8);
            Files.createDirectories(dir.resolve("glossary"));
            Files.copy(PROJECT.resolve("glossary/terms.yaml"), dir.resolve("glossary/terms.yaml"));
            CliTestSupport.write(dir, "posts/hans/p.md", "---\nlang: hans\ntitle: 头发\n---\n\n" + body + "\n");
            CliTestSupport.Result pre = run(dir, "posts/hans/p.md");
            boolean clean = offending(pre.out()).isEmpty();
            Statistics.label("hans post clean").collect(clean);
            if (!clean) return; // a generated post can be unclean itself (a term glued to a trap word)
            CliTestSupport.Result conv = CliTestSupport.run("convert", "-C", dir.toString(), "--to", "hant", "--write",
                    dir.resolve("posts/hans/p.md").toString());
            assertEquals(0, conv.code(), conv.err());
            CliTestSupport.Result r = run(dir, "posts/hant/p.md");
            assertEquals(List.of(), offending(r.out()),
                    () -> standard + "\n" + body + "\n→\n" + read(dir.resolve("posts/hant/p.md")) + "\n" + r.out());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> standards() {
        return Arbitraries.of("tw", "opencc", "twp");
    }

    private static CliTestSupport.Result run(Path dir, String file) {
        return CliTestSupport.run("check", "-C", dir.toString(), "--format", "json", "--exit-zero", dir.resolve(file).toString());
    }

    private static List<String> offending(String json) {
        List<String> out = new ArrayList<>();
        Matcher m = RULE.matcher(json);
        while (m.find()) if (RULES.contains(m.group(1))) out.add(m.group(1));
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
