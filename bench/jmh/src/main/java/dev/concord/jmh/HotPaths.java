package dev.concord.jmh;

import dev.concord.align.Aligner;
import dev.concord.check.numbers.ChineseNumbers;
import dev.concord.check.numbers.EnglishNumbers;
import dev.concord.check.numbers.Quantity;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.TermMatch;
import dev.concord.glossary.TermMatcher;
import dev.concord.markdown.Document;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The checker's hot paths on the project's own post triplet (three files, ~20 KB): the glossary
 * matcher, the number normaliser, the block aligner, and the Markdown parse they start from.
 * Average time per operation; each operation covers all three variants.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPaths {
    /** The concord checkout (its posts/ and glossary/). */
    @Param(".")
    public String root;

    @Param("01-ai-rise-and-fall")
    public String slug;

    String hant, hans, en;
    TermMatcher mHant, mHans, mEn;
    Document dHant, dHans, dEn;

    @Setup
    public void load() throws IOException {
        Path r = Path.of(root);
        Glossary glossary = GlossaryLoader.load(r, List.of("glossary"));
        hant = read(r, "hant");
        hans = read(r, "hans");
        en = read(r, "en");
        mHant = new TermMatcher(glossary, Lang.HANT);
        mHans = new TermMatcher(glossary, Lang.HANS);
        mEn = new TermMatcher(glossary, Lang.EN);
        dHant = MarkdownParser.parse(SourceText.of("hant.md", hant));
        dHans = MarkdownParser.parse(SourceText.of("hans.md", hans));
        dEn = MarkdownParser.parse(SourceText.of("en.md", en));
    }

    private String read(Path r, String lang) throws IOException {
        return Files.readString(r.resolve("posts/" + lang + "/" + slug + ".md"), StandardCharsets.UTF_8);
    }

    @Benchmark
    public int termMatcher() {
        List<TermMatch> a = mHant.find(hant), b = mHans.find(hans), c = mEn.find(en);
        return a.size() + b.size() + c.size();
    }

    @Benchmark
    public int numberNormaliser() {
        List<Quantity> a = ChineseNumbers.extract(hant), b = ChineseNumbers.extract(hans), c = EnglishNumbers.extract(en);
        return a.size() + b.size() + c.size();
    }

    @Benchmark
    public int aligner() {
        return Aligner.align(dHant, dHans).size() + Aligner.align(dHant, dEn).size();
    }

    @Benchmark
    public int markdownParse() {
        return MarkdownParser.parse(SourceText.of("a.md", hant)).blocks().size()
                + MarkdownParser.parse(SourceText.of("b.md", hans)).blocks().size()
                + MarkdownParser.parse(SourceText.of("c.md", en)).blocks().size();
    }
}
