package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    static String fixture(String name) {
        try (InputStream in = MarkdownParserTest.class.getResourceAsStream("/markdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing fixture " + name, e);
        }
    }

    static Document parse(String text) {
        return MarkdownParser.parse(SourceText.of("test.md", text));
    }

    static List<String> proseTexts(Document d) {
        List<String> out = new ArrayList<>();
        for (Span s : d.prose()) out.add(d.source().slice(s));
        return out;
    }

    /** "KIND level line" per block: compact enough to compare with an expected listing. */
    static List<String> outline(Document d) {
        List<String> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            out.add(b.kind() + " " + b.level() + " " + d.source().line(b.span().start()) + (b.quoted() ? " quoted" : ""));
        }
        return out;
    }

    /** CommonMark leaves ** as text where a punctuation mark inside meets a letter outside. */
    @Test
    void boldMarksTheParserLeavesAsTextAreRecorded() {
        String text = "找到标有**“设置”**的选项。\n\n这**非常重要**，**注意：**小心。\n\n- **Note:** fine\n";
        Document d = parse(text);
        List<String> first = d.blocks().get(0).literalBold().stream().map(s -> text.substring(s.start(), s.end()) + "@" + s.start()).toList();
        assertEquals(List.of("**@4", "**@10"), first);
        assertEquals(2, d.blocks().get(1).literalBold().size(), "注意：** is not closed; 非常重要 is bold");
        assertEquals(List.of(), d.blocks().get(2).literalBold(), "English bold with a space after it renders");
    }

    @Test
    void liquidTagInATableCellIsProtectedNotACrash() {
        // flexmark's jekyll-tag extension throws on an inline tag inside a table cell; the parser
        // falls back to Liquid protection by ProseScanner.
        String md = "| {% include 頭髮.html %} | 頭髮 |\n|---|---|\n| 甲 | `乙` |\n\n{% include 頭髮.html %} 頭髮\n";
        Document d = parse(md);
        List<String> prose = proseTexts(d);
        assertTrue(prose.contains("頭髮"), () -> "prose " + prose);
        for (String p : prose) assertFalse(p.contains("{%") || p.contains("include"), () -> "tag in prose: " + p);
    }

    @Test
    void trapBlocksHaveTheirKindsLevelsAndLines() {
        Document d = parse(fixture("trap.md"));
        assertEquals(List.of(
                "HEADING 1 10", "PARAGRAPH 0 12", "CODE_BLOCK 0 14", "CODE_BLOCK 0 19", "PARAGRAPH 0 21",
                "PARAGRAPH 0 23", "PARAGRAPH 0 25", "REFERENCE 0 27", "HTML 0 29", "PARAGRAPH 0 33",
                "PARAGRAPH 0 35", "TABLE_ROW 0 38", "TABLE_ROW 0 40", "LIST_ITEM 1 42", "LIST_ITEM 2 43",
                "LIST_ITEM 3 44", "PARAGRAPH 0 46 quoted", "PARAGRAPH 0 49", "PARAGRAPH 0 51",
                "THEMATIC_BREAK 0 53", "HTML 0 55", "HTML 0 56", "HTML 0 57", "PARAGRAPH 0 58",
                "CODE_BLOCK 0 60"), outline(d));
    }

    /** Every protected construct of the trap file, as written there. */
    static final List<String> PROTECTED = List.of(
            "`頭髮變量`", "(https://example.com/頭髮/里面 \"頭髮標題\")", "(/img/頭髮.png)",
            "# 頭髮註解\nprint(\"頭髮\")", "indented 頭髮 code", "{% include 頭髮.html %}", "{{ page.頭髮 }}",
            "https://example.com/發/頭髮", "<https://a.b/髮>", "][頭髮標籤]",
            "[頭髮標籤]: https://example.com/參考",
            "與 [頭髮標籤] 捷徑".substring(2, 9), // the shortcut reference: its text is its label
            "<div class=\"頭髮\">\n頭髮 HTML 區塊\n</div>", "<span title=\"頭髮\">", "</span>", "<!-- 頭髮註釋 -->",
            "$頭髮^2$", "$$\\sum 頭髮$$", "{: .頭髮類別}", "`頭髮碼`", "(http://t.w/頭髮)", "[^1]",
            "<!-- expect: term-forbidden -->", "<!-- concord-disable inside-code -->", "lang: hant",
            "title: \"頭髮的\\\"故事\\\"\"");

    @Test
    void noProseSpanOverlapsAProtectedConstruct() {
        String text = fixture("trap.md");
        Document d = parse(text);
        for (String construct : PROTECTED) {
            int at = text.indexOf(construct);
            assertTrue(at >= 0, "fixture lacks " + construct);
            Span guarded = new Span(at, at + construct.length());
            for (Span p : d.prose()) {
                assertFalse(p.overlaps(guarded), "prose «" + text.substring(p.start(), p.end()) + "» overlaps " + construct);
            }
        }
    }

    @Test
    void translatableTextIsProse() {
        List<String> prose = proseTexts(parse(fixture("trap.md")));
        for (String expected : List.of("頭髮", "標題", "第一段講頭髮，見", "頭髮連結", "頭髮圖片", "。", "包含", "的 Liquid。",
                "網址", "都不是散文。", "頭髮參考", "頭髮文字", "結束。", "但 $5 和 $6 是錢。", "頭髮表格", "表頭髮",
                "頭髮項目一", "頭髮巢狀", "頭髮第三層", "頭髮引用", "第二行", "頭髮腳註", "頭髮腳註內容", "頭髮最後")) {
            assertTrue(prose.contains(expected), "missing prose «" + expected + "» in " + prose);
        }
        assertFalse(prose.stream().anyMatch(p -> p.contains("lang") || p.contains("HTML 區塊")), prose.toString());
    }

    @Test
    void documentProseIsTheBlocksProseInOrder() {
        Document d = parse(fixture("trap.md"));
        List<Span> union = new ArrayList<>();
        for (Block b : d.blocks()) union.addAll(b.prose());
        assertEquals(union, d.prose());
        for (int i = 1; i < union.size(); i++) assertTrue(union.get(i - 1).end() <= union.get(i).start());
    }

    @Test
    void linksAreResolvedAndImagesFlagged() {
        Document d = parse(fixture("trap.md"));
        Block para = d.blocks().get(1);
        assertEquals(List.of("https://example.com/頭髮/里面", "/img/頭髮.png"),
                para.links().stream().map(Link::destination).toList());
        assertEquals(List.of(false, true), para.links().stream().map(Link::image).toList());
        assertEquals("https://example.com/頭髮/里面", d.source().slice(para.links().get(0).span()));

        Block refs = d.blocks().get(6);
        assertEquals(List.of("https://example.com/參考", "https://example.com/參考"),
                refs.links().stream().map(Link::destination).toList());
        Block bare = d.blocks().get(5);
        assertEquals(List.of("https://example.com/發/頭髮", "https://a.b/髮"),
                bare.links().stream().map(Link::destination).toList());
    }

    @Test
    void referenceLabelsMatchCaseInsensitively() {
        Document d = parse("See [the Docs][DOCS] and [docs].\n\n[Docs]: https://d.example/x\n");
        assertEquals(List.of("https://d.example/x", "https://d.example/x"),
                d.blocks().get(0).links().stream().map(Link::destination).toList());
        // [docs] is a shortcut reference: its text is the label, protected so conversion keeps it resolving.
        assertEquals(List.of("See", "the Docs", "and", "."), proseTexts(d));
    }

    @Test
    void inlineAndBlockCodeAreRecorded() {
        Document d = parse(fixture("trap.md"));
        assertEquals("頭髮變量", d.blocks().get(0).codes().get(0).text());
        assertEquals("`頭髮變量`", d.source().slice(d.blocks().get(0).codes().get(0).span()));
        Block fenced = d.blocks().get(2);
        assertEquals("python", fenced.info());
        assertEquals("# 頭髮註解\nprint(\"頭髮\")\n", fenced.code());
        assertEquals("# 頭髮註解\nprint(\"頭髮\")", d.source().slice(fenced.codeSpan()));
        assertTrue(fenced.prose().isEmpty());
        Block indented = d.blocks().get(3);
        assertEquals("indented 頭髮 code\n", indented.code());
        assertEquals("", indented.info());
    }

    @Test
    void directivesComeFromHtmlCommentsOutsideCode() {
        Document d = parse(fixture("trap.md"));
        List<String> got = d.directives().stream().map(x -> x.command() + " " + x.rules() + " " + x.line()).toList();
        assertEquals(List.of("disable [term-missing, script-mixed] 55", "enable [] 56",
                "disable-next-line [code-mismatch] 57", "expect [term-forbidden] 58"), got);
        assertEquals("<!-- concord-enable -->", d.source().slice(d.directives().get(1).span()));
    }

    @Test
    void frontMatterFieldsKeepValueSpans() {
        Document d = parse(fixture("trap.md"));
        FrontMatter fm = d.frontMatter();
        assertNull(fm.error());
        assertEquals(List.of("lang", "title", "layout", "subtitle", "tags"), List.copyOf(fm.fields().keySet()));
        assertEquals("頭髮的\"故事\"", fm.get("title"));
        assertEquals("\"頭髮的\\\"故事\\\"\"", d.source().slice(fm.fields().get("title").valueSpan()));
        assertEquals("它's 頭髮", fm.get("subtitle"));
        assertEquals("'它''s 頭髮'", d.source().slice(fm.fields().get("subtitle").valueSpan()));
        assertEquals(3, fm.fields().get("title").line());
        assertEquals("hant", fm.get("lang"));
        assertEquals(0, fm.span().start());
        assertTrue(d.source().slice(fm.span()).endsWith("  - 頭髮\n---"));
    }

    @Test
    void crlfAndBomGiveTheSameBlocksWithExactSpans() {
        String lf = fixture("trap.md");
        byte[] crlfBytes = ("\uFEFF" + lf.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        SourceText crlfSrc = SourceText.decode("crlf.md", crlfBytes);
        assertTrue(crlfSrc.hasBom());
        Document a = parse(lf);
        Document b = MarkdownParser.parse(crlfSrc);
        assertEquals(outline(a), outline(b));
        assertEquals(proseTexts(a), proseTexts(b));
        assertEquals(a.frontMatter().fields().values().stream().map(FrontMatter.Field::value).toList(),
                b.frontMatter().fields().values().stream().map(FrontMatter.Field::value).toList());
        assertEquals("\"頭髮的\\\"故事\\\"\"", b.source().slice(b.frontMatter().fields().get("title").valueSpan()));
        for (int i = 0; i < a.blocks().size(); i++) {
            Block x = a.blocks().get(i), y = b.blocks().get(i);
            assertEquals(a.source().slice(x.span()), b.source().slice(y.span()).replace("\r\n", "\n"));
            assertEquals(x.code(), y.code());
            assertEquals(x.links().stream().map(Link::destination).toList(), y.links().stream().map(Link::destination).toList());
            for (Span s : y.prose()) assertFalse(b.source().slice(s).contains("\r"), "CR inside prose");
        }
        assertEquals(a.directives().stream().map(Document.Directive::line).toList(),
                b.directives().stream().map(Document.Directive::line).toList());
    }

    @Test
    void bareUrlEndsAtFullWidthPunctuation() {
        Document d = parse("打開 http://localhost:3000（或 https://x.example/a）。\n");
        assertEquals(List.of("http://localhost:3000", "https://x.example/a"),
                d.blocks().get(0).links().stream().map(Link::destination).toList());
        assertEquals(List.of("打開", "（或", "）。"), proseTexts(d));
    }

    @Test
    void urlInsideLinkTextIsNotProse() {
        Document d = parse("[https://a.example/x 頁面](https://a.example/x)\n");
        assertEquals(List.of("頁面"), proseTexts(d));
        // the URL shown as link text is not a second link target
        assertEquals(List.of("https://a.example/x"), d.blocks().get(0).links().stream().map(Link::destination).toList());
        assertEquals(List.of("www.example.org/a"),
                parse("見 www.example.org/a。\n").blocks().get(0).links().stream().map(Link::destination).toList());
    }

    @Test
    void listMarkersHeadingMarkersAndTablePipesAreNotProse() {
        Document d = parse("## 標題 ##\n\n1. 第一\n2. 第二\n   續行\n\n| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |\n");
        assertEquals(List.of("標題", "第一", "第二", "續行", "甲", "乙", "丙", "丁"), proseTexts(d));
        assertEquals(List.of("HEADING 2 1", "LIST_ITEM 1 3", "LIST_ITEM 1 4", "TABLE_ROW 0 7", "TABLE_ROW 0 9"), outline(d));
    }

    @Test
    void emphasisDoesNotSplitAHanRun() {
        Document d = parse("人工**智能**模型\n");
        assertEquals(List.of("人工**智能**模型"), proseTexts(d));
    }

    @Test
    void looseListItemKeepsItsParagraphsAndLaterBlocksFollow() {
        Document d = parse("- 第一段\n\n  第二段\n\n  ```\n  代碼\n  ```\n\n  之後\n");
        assertEquals(List.of("LIST_ITEM 1 1", "CODE_BLOCK 0 5", "PARAGRAPH 0 9"), outline(d));
        assertEquals(List.of("第一段", "第二段"),
                d.blocks().get(0).prose().stream().map(d.source()::slice).toList());
        assertEquals("代碼\n", d.blocks().get(1).code());
    }

    @Test
    void emptyAndBlankFilesParse() {
        assertTrue(parse("").blocks().isEmpty());
        assertTrue(parse("\n\n  \n").prose().isEmpty());
        assertFalse(parse("").frontMatter().present());
    }
}
