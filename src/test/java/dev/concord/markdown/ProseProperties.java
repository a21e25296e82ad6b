package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of prose spans for Markdown stitched together from tricky fragments. */
class ProseProperties {

    static final List<String> INLINE = List.of(
            "頭髮", "人工智能", "plain words", "`code 頭髮`", "``a ` b``", "[連結](https://x.example/頭髮)",
            "![圖](/img/頭髮.png \"標題\")", "[文字][標籤]", "[標籤]", "https://a.example/b?c=d", "www.example.com",
            "<https://a.b/c>", "a@b.example", "{% include x.html %}", "{{ page.title }}", "$x^2$", "$$y$$", "$5 和 $6",
            "{: .cls}", "<span>內</span>", "<!-- 註 -->", "**粗**", "*斜*", "~~刪~~", "[^1]", "\\`", "&amp;",
            "http://localhost:3000（或", "「引號」", "“quote”", "[壞連結](http://x y)", "] (", "](", "`", "\\", "*", "_");

    static final List<String> BLOCK_PREFIX = List.of("", "# ", "## ", "- ", "  - ", "1. ", "> ", "> - ", "| ", "    ", "[^1]: ");

    static final List<String> BLOCKS = List.of(
            "```\n頭髮 `x` https://a.b\n```", "~~~ js\n// 中文\n~~~", "<div>\n頭髮\n</div>", "| a | b |\n|---|---|\n| 甲 | `乙` |",
            "[標籤]: https://x.example/標籤 \"t\"", "---", "***", "<!-- concord-disable term-missing -->", "{% raw %}");

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> line = Arbitraries.of(INLINE).list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> String.join(" ", parts));
        Arbitrary<String> block = Arbitraries.oneOf(
                Arbitraries.of(BLOCK_PREFIX).flatMap(prefix -> line.list().ofMinSize(1).ofMaxSize(3)
                        .map(lines -> prefix + String.join("\n", lines))),
                Arbitraries.of(BLOCKS));
        Arbitrary<String> sep = Arbitraries.of("\n\n", "\n", "\r\n\r\n", "\n\n\n");
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("---\nlang: hant\n---\n"))
                .flatMap(fm -> block.list().ofMinSize(1).ofMaxSize(8).flatMap(bs -> sep.map(s -> fm + String.join(s, bs) + "\n")));
    }

    @Property(tries = 400)
    void proseSpansAreSortedDisjointAndFreeOfCodeAndDestinations(@ForAll("markdown") String md) {
        Document d = MarkdownParser.parse(SourceText.of("p.md", md));
        String text = d.text();
        int last = 0;
        for (Span s : d.prose()) {
            assertTrue(s.start() >= last && s.end() <= text.length() && s.length() > 0, () -> "bad span " + s + " in\n" + md);
            last = s.end();
            String p = text.substring(s.start(), s.end());
            assertFalse(p.contains("`"), () -> "backtick in prose «" + p + "» of\n" + md);
            assertFalse(p.contains("]("), () -> "destination in prose «" + p + "» of\n" + md);
            assertFalse(p.contains("http") || p.contains("www."), () -> "URL in prose «" + p + "» of\n" + md);
            assertFalse(p.contains("{{") || p.contains("{%") || p.contains("<!--") || p.contains("<span"),
                    () -> "markup in prose «" + p + "» of\n" + md);
            assertFalse(Character.isWhitespace(p.charAt(0)) || Character.isWhitespace(p.charAt(p.length() - 1)),
                    () -> "untrimmed prose «" + p + "»");
        }
        for (Block b : d.blocks()) {
            if (b.kind() == BlockKind.CODE_BLOCK || b.kind() == BlockKind.HTML) {
                for (Span s : d.prose()) assertFalse(s.overlaps(b.span()), () -> "prose inside " + b.kind() + " of\n" + md);
            }
        }
        if (d.frontMatter().present()) {
            for (Span s : d.prose()) assertFalse(s.overlaps(d.frontMatter().span()));
        }
    }
}
