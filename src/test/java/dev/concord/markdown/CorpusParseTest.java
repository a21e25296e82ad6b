package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.corpus.RealSample;
import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Real posts (the shared sample, read in place, never copied) and the project's own posts. */
class CorpusParseTest {

    static List<Path> posts() throws IOException {
        List<Path> files = new ArrayList<>();
        Path dir = RealSample.find().orElse(null);
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir, 2)) {
                s.filter(p -> p.toString().endsWith(".md") && p.getParent() != null && !p.getParent().equals(dir))
                        .sorted().forEach(files::add);
            }
        }
        Path own = Path.of("posts/hant");
        if (Files.isDirectory(own)) {
            try (Stream<Path> s = Files.list(own)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyPostParsesWithCleanProse() throws IOException {
        List<Path> files = posts();
        Assumptions.assumeFalse(files.isEmpty(), "no corpus found");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            SourceText src = SourceText.decode(p.toString(), Files.readAllBytes(p));
            Document d = MarkdownParser.parse(src);
            assertNull(d.frontMatter().error(), () -> p + ": " + d.frontMatter().error());
            assertTrue(d.frontMatter().get("lang") != null, p + " has lang:");
            assertFalse(d.blocks().isEmpty());
            for (Span s : d.prose()) {
                String t = src.slice(s);
                // "httpx" (a library name) is prose; a URL is not
                assertFalse(t.contains("```") || t.contains("http://") || t.contains("https://"), () -> p + ":" + src.line(s.start()) + " prose «" + t + "»");
            }
            for (Block b : d.blocks()) {
                if (b.kind() == BlockKind.CODE_BLOCK) {
                    for (Span s : d.prose()) assertFalse(s.overlaps(b.span()), p + ": prose inside code");
                }
            }
        }));
    }
}
