package dev.concord;

import dev.concord.align.Aligner;
import dev.concord.check.numbers.ChineseNumbers;
import dev.concord.check.numbers.EnglishNumbers;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.TermMatcher;
import dev.concord.markdown.Document;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Throughput of the checker's hot paths on one post triplet (bench/run step (e)): the glossary
 * matcher, the block aligner, the number extractors, and the Markdown parse they all start from.
 * Not JMH (not among the project's dependencies): single thread, warm-up, then the best of five
 * rounds of at least half a second each, which is steady enough to compare before/after on this
 * shared machine. usage: java -cp target/test-classes:target/concord.jar dev.concord.HotPathBenchmark ROOT SLUG
 */
public final class HotPathBenchmark {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        String slug = args.length > 1 ? args[1] : "01-ai-rise-and-fall";
        Glossary glossary = GlossaryLoader.load(root, List.of("glossary"));
        String hant = read(root, "hant", slug);
        String hans = read(root, "hans", slug);
        String en = read(root, "en", slug);
        int bytes = (hant + hans + en).getBytes(StandardCharsets.UTF_8).length;
        TermMatcher mHant = new TermMatcher(glossary, Lang.HANT);
        TermMatcher mHans = new TermMatcher(glossary, Lang.HANS);
        TermMatcher mEn = new TermMatcher(glossary, Lang.EN);
        Document dHant = MarkdownParser.parse(SourceText.of("hant.md", hant));
        Document dHans = MarkdownParser.parse(SourceText.of("hans.md", hans));
        Document dEn = MarkdownParser.parse(SourceText.of("en.md", en));
        System.out.printf("triplet %s: %d UTF-8 bytes, %d+%d+%d blocks%n", slug, bytes,
                dHant.blocks().size(), dHans.blocks().size(), dEn.blocks().size());
        run("markdown parse (3 files)", bytes, x -> MarkdownParser.parse(SourceText.of("a.md", hant)).blocks().size()
                + MarkdownParser.parse(SourceText.of("b.md", hans)).blocks().size()
                + MarkdownParser.parse(SourceText.of("c.md", en)).blocks().size());
        run("TermMatcher.find (3 files)", bytes, x -> mHant.find(hant).size() + mHans.find(hans).size() + mEn.find(en).size());
        run("Aligner.align (hant-hans, hant-en)", bytes, x -> Aligner.align(dHant, dHans).size() + Aligner.align(dHant, dEn).size());
        run("numbers extract (3 files)", bytes, x -> ChineseNumbers.extract(hant).size() + ChineseNumbers.extract(hans).size()
                + EnglishNumbers.extract(en).size());
    }

    private static String read(Path root, String lang, String slug) throws Exception {
        return Files.readString(root.resolve("posts/" + lang + "/" + slug + ".md"), StandardCharsets.UTF_8);
    }

    private static int sink;

    private static void run(String label, int bytes, ToIntFunction<Object> op) {
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmEnd) sink += op.applyAsInt(null);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            int n = 0;
            long t0 = System.nanoTime();
            long t;
            do {
                sink += op.applyAsInt(null);
                n++;
                t = System.nanoTime();
            } while (t - t0 < 500_000_000L);
            best = Math.min(best, (t - t0) / 1e3 / n);
        }
        System.out.printf("%-36s %9.1f µs/op  %7.1f MB/s%n", label, best, bytes / best);
    }
}
