package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.concord.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The limits of {@link MarkdownBounds} change nothing under them, change only what they say past
 * them, and {@link LinearHeadingParser} parses exactly as flexmark's own heading parser.
 */
class MarkdownBoundsTest {

    static final List<String> PREFIX = List.of("", " ", "  ", "   ", "\t", "> ", ">", "- ", "* ", "+ ", "1. ", "12) ",
            "    ", "  - ", "> > ", "- > ", ">\t");
    static final List<String> REST = List.of("text", "頭髮 [l](u)", "`code`", "- ", "***", "---", "===", "```", "~~~",
            "| a | b |", "|---|---|", "# h", "<div>", "", "*a*", "1.5 m");

    /** Lines with up to 20 levels of markers and indentation, in runs of up to 60 lines. */
    @Provide
    Arbitrary<String> markdownUnderTheLimits() {
        Arbitrary<String> line = Arbitraries.of(PREFIX).list().ofMaxSize(20)
                .flatMap(ps -> Arbitraries.of(REST).map(r -> String.join("", ps) + r));
        return line.list().ofMinSize(1).ofMaxSize(60).flatMap(ls -> Arbitraries.of("\n", "\r\n")
                .map(eol -> String.join(eol, ls) + eol));
    }

    @Property(tries = 300)
    void underTheLimitsTheTextIsParsedAsItIsInOnePiece(@ForAll("markdownUnderTheLimits") String md) {
        MarkdownBounds.Bounded b = MarkdownBounds.apply(md);
        assertSame(md, b.text());
        assertEquals(0, b.cuts().length);
        assertFalse(b.applied());
        assertNull(MarkdownParser.parse(SourceText.of("p.md", md)).limit());
    }

    @Property(tries = 300)
    void theLinearHeadingParserBuildsTheSameTreeOnGeneratedMarkdown(@ForAll("markdownUnderTheLimits") String md) {
        assertEquals(tree(MarkdownParser.parser(true, false).parse(md)), tree(MarkdownParser.parser(true, true).parse(md)), md);
    }

    @Test
    void markersFromColumn128OfALinesPrefixAreReadAsTextAndNothingElseChanges() {
        String under = "> ".repeat(64) + "deep\n";
        assertSame(under, MarkdownBounds.apply(under).text());
        String over = "> ".repeat(70) + "deep\n" + "- ".repeat(100) + "x\n" + " ".repeat(200) + "- y\n";
        MarkdownBounds.Bounded b = MarkdownBounds.apply(over);
        assertEquals(over.length(), b.text().length());
        for (int i = 0; i < over.length(); i++) {
            boolean neutralised = over.charAt(i) != b.text().charAt(i);
            int lineStart = over.lastIndexOf('\n', i - 1) + 1;
            boolean expected = (over.charAt(i) == '>' || over.charAt(i) == '-') && i - lineStart >= 128;
            assertEquals(expected, neutralised, "offset " + i);
        }
        assertEquals(0, b.limit());
        assertTrue(b.what().contains("3 lines"), b.what());
    }

    @Test
    void emphasisDelimitersPast10000InARunAreReadAsTextAndNothingElseChanges() {
        String under = "*".repeat(10_000) + "x" + "_".repeat(10_000) + "\n";
        assertSame(under, MarkdownBounds.apply(under).text());
        String over = "para\n\n" + "*".repeat(10_003) + "x" + "_".repeat(10_001) + " *a* __b__\n";
        MarkdownBounds.Bounded b = MarkdownBounds.apply(over);
        assertEquals(over.length(), b.text().length());
        int first = "para\n\n".length();
        for (int i = 0; i < over.length(); i++) {
            boolean neutralised = over.charAt(i) != b.text().charAt(i);
            boolean expected = i >= first + 10_000 && i < first + 10_003
                    || i >= first + 10_004 + 10_000 && i < first + 10_004 + 10_001;
            assertEquals(expected, neutralised, "offset " + i);
        }
        assertEquals(first, b.limit());
        assertTrue(b.what().contains("2 runs of more than 10000"), b.what());
        Document d = MarkdownParser.parse(SourceText.of("p.md", over));
        assertNotNull(d.limit());
        assertEquals(3, d.limit().line());
    }

    @Test
    void aQuoteOrListItemOfMoreThan1000LinesIsParsedInPiecesOf500() {
        String quote = "> line\n".repeat(1000) + "\n" + "- item\n" + "  more\n".repeat(1001);
        MarkdownBounds.Bounded b = MarkdownBounds.apply(quote);
        int list = "> line\n".length() * 1000 + 1;
        assertArrayEquals(new int[] {list + 7 * 500, list + 7 * 1000}, b.cuts());
        assertEquals(list, b.limit());
        Document d = MarkdownParser.parse(SourceText.of("p.md", quote));
        assertNotNull(d.limit());
        assertEquals(1002, d.limit().line());
        assertTrue(d.limit().message().contains("parsed in pieces of 500 lines"), d.limit().message());
        // every line's text is still prose, at its own offset
        String text = d.text();
        for (String word : List.of("line", "item", "more")) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int w = at;
                assertTrue(d.prose().stream().anyMatch(s -> s.start() <= w && w + word.length() <= s.end()), "not prose at " + w);
            }
        }
    }

    @Test
    void fencedCodeAndTopLevelParagraphsAreNeverCut() {
        String fenced = "```\n" + "    indented code\n".repeat(5000) + "```\n";
        assertEquals(0, MarkdownBounds.apply(fenced).cuts().length);
        String paragraph = "a line of a long paragraph\n".repeat(5000);
        assertEquals(0, MarkdownBounds.apply(paragraph).cuts().length);
        String table = "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(5000);
        assertEquals(0, MarkdownBounds.apply(table).cuts().length);
    }

    /** Real posts, the project's own, and every fixture: the same tree with either heading parser. */
    @Test
    void theLinearHeadingParserBuildsTheSameTreeAsFlexmarks() throws IOException {
        List<Path> files = postsAndFixtures();
        Parser core = MarkdownParser.parser(true, false);
        Parser linear = MarkdownParser.parser(true, true);
        for (Path f : files) {
            String text = Files.readString(f);
            String expected, actual;
            try {
                expected = tree(core.parse(text));
            } catch (IllegalArgumentException inlineTagInTableCell) {
                continue; // parsed again without inline tags by MarkdownParser, either way
            }
            actual = tree(linear.parse(text));
            assertEquals(expected, actual, f.toString());
        }
        for (String s : List.of("Title\n=====\n", "a\nb\n---\n", "- a\n  b\n  ---\n", "> a\n> ===\n", "# h\n## h2 ##\n",
                "text\n    # not\n", "| a |\n|---|\n| b |\n---\n")) {
            assertEquals(tree(core.parse(s)), tree(linear.parse(s)), s);
        }
    }

    /** The real posts (when present), the project's own, and every Markdown file of the fixtures. */
    static List<Path> postsAndFixtures() throws IOException {
        List<Path> files = new ArrayList<>(CorpusParseTest.posts());
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 50, "too few files: " + files.size());
        return files;
    }

    private static String tree(Node root) {
        StringBuilder sb = new StringBuilder();
        dump(root, 0, sb);
        return sb.toString();
    }

    private static void dump(Node n, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(n.getClass().getSimpleName()).append(' ')
                .append(n.getStartOffset()).append('-').append(n.getEndOffset()).append('\n');
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, sb);
    }
}
