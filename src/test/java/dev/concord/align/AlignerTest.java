package dev.concord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.markdown.Document;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pairing blocks of two variants (Aligner) and joining the pairs into rows across three (Rows), on real parses. */
class AlignerTest {
    static Document parse(String text) {
        return MarkdownParser.parse(SourceText.of("post.md", text));
    }

    /** The first line of each side's block per pair, "-" for a gap. */
    static List<String> pairs(Document a, Document b) {
        List<String> out = new ArrayList<>();
        for (BlockPair p : Aligner.align(a, b)) out.add(first(a, p.left()) + " | " + first(b, p.right()));
        return out;
    }

    static String first(Document d, Block b) {
        if (b == null) return "-";
        String s = d.text().substring(b.span().start(), b.span().end()).strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Test
    void identicalStructuresPairOneToOne() {
        Document hant = parse("## 背景\n\n2023 年成立。\n\n- 第一項 Yi-34B\n- 第二項 GPT-4\n");
        Document en = parse("## Background\n\nFounded in 2023.\n\n- first Yi-34B\n- second GPT-4\n");
        assertEquals(List.of("## 背景 | ## Background", "2023 年成立。 | Founded in 2023.",
                "- 第一項 Yi-34B | - first Yi-34B", "- 第二項 GPT-4 | - second GPT-4"), pairs(hant, en));
    }

    @Test
    void aMissingParagraphIsAGapAndShiftsNothingAfterIt() {
        Document hant = parse("甲段，提到 Alpha 與 2021。\n\n乙段，提到 Beta 與 2022。\n\n丙段，提到 Gamma 與 2023。\n");
        Document en = parse("Paragraph on Alpha in 2021.\n\nParagraph on Gamma in 2023.\n");
        assertEquals(List.of("甲段，提到 Alpha 與 2021。 | Paragraph on Alpha in 2021.",
                "乙段，提到 Beta 與 2022。 | -",
                "丙段，提到 Gamma 與 2023。 | Paragraph on Gamma in 2023."), pairs(hant, en));
    }

    @Test
    void blocksOfAnotherKindNeverPair() {
        Document a = parse("## 標題\n\n段落。\n");
        Document b = parse("段落 one.\n\n## Title\n");
        for (BlockPair p : Aligner.align(a, b)) {
            if (p.matched()) assertEquals(p.left().kind(), p.right().kind(), pairs(a, b).toString());
        }
    }

    @Test
    void aSharedLinkDecidesWhichParagraphTheLoneOnePairsWith() {
        // By position the lone en paragraph would pair with the first; the link it shares pairs it with the second.
        Document hans = parse("看 [甲](https://example.com/a)。\n\n看 [乙](https://example.com/b)。\n");
        Document en = parse("See [B](https://example.com/b).\n");
        assertEquals(List.of("看 [甲](https://example.com/a)。 | -", "看 [乙](https://example.com/b)。 | See [B](https://example.com/b)."),
                pairs(hans, en));
    }

    @Test
    void swappedParagraphsPairByPosition() {
        // A sequence alignment does not cross: two same-kind blocks with nothing in common still
        // score above two gaps, so a swap is two changed pairs, not two gaps each side.
        Document hans = parse("看 [文档](https://example.com/a)。\n\n价格是 42 元。\n");
        Document en = parse("The price is 42.\n\nSee [the docs](https://example.com/a).\n");
        assertEquals(List.of("看 [文档](https://example.com/a)。 | The price is 42.", "价格是 42 元。 | See [the docs](https://example.com/a)."),
                pairs(hans, en));
    }

    @Test
    void aNoteOnlyOneVariantHasPairsWithNothingAndShiftsNothing() {
        // Invented post shaped like real translations that open with "*translated by …*" and ---:
        // by position alone the note would take the greeting and every row after it would shift.
        Document hant = parse("親愛的讀者：\n\n這篇文章記錄了我們去年走過的彎路，以及後來如何把成本降下來。\n\n謝謝閱讀。\n");
        Document en = parse("*This post was translated by a model.*\n\n---\n\nDear readers:\n\n"
                + "This article records the detours we took last year, and how we brought the costs down.\n\nThanks for reading.\n");
        assertEquals(List.of("- | *This post was translated by a model.*", "親愛的讀者： | Dear readers:",
                "這篇文章記錄了我們去年走過的彎路，以及後來如何把成本降下來。 | This article records the detours we took last year, and how we brought the costs down.",
                "謝謝閱讀。 | Thanks for reading."), pairs(hant, en));
    }

    @Test
    void aNoteIsOnlyAtTheEdgeAndSetOffByABreak() {
        Document en = parse("*Translated.*\n\n---\n\nBody *text*.\n\n*In the middle.*\n\n---\n\n_Originally published elsewhere._\n");
        List<Block> blocks = Aligner.alignable(en);
        assertTrue(VariantNote.is(en, blocks.get(0)), "before the body, then ---");
        assertTrue(!VariantNote.is(en, blocks.get(1)), "body text");
        assertTrue(!VariantNote.is(en, blocks.get(2)), "emphasis in the middle of the body is body");
        assertTrue(VariantNote.is(en, blocks.get(3)), "after the body, behind ---");
        Document noBreak = parse("*Translated.*\n\nBody.\n");
        assertTrue(!VariantNote.is(noBreak, Aligner.alignable(noBreak).get(0)), "not set off by a break: body");
    }

    @Test
    void aParagraphOnlyOneVariantHasStaysUnpairedWhenLengthsTellItApart() {
        // No anchors at all: only the lengths show that the short en sentence is not the long
        // Chinese paragraph (about three Latin letters per Han character), so en lacks that one.
        Document hans = parse("你好。\n\n过去一年我在一家小公司工作，参与了产品的方方面面，从设计到上线都亲手做过，学到了很多课堂上学不到的东西。\n\n"
                + "现在我决定继续留在公司。\n");
        Document en = parse("Hello.\n\nNow I have decided to stay with the company.\n");
        assertEquals(List.of("你好。 | Hello.",
                "过去一年我在一家小公司工作，参与了产品的方方面面，从设计到上线都亲手做过，学到了很多课堂上学不到的东西。 | -",
                "现在我决定继续留在公司。 | Now I have decided to stay with the company."), pairs(hans, en));
    }

    @Test
    void anImageDoesNotPairWithAParagraphOfText() {
        Document hant = parse("![](a.png)\n\n這是一段說明文字，講的是圖片裡的內容。\n");
        Document en = parse("This is a caption that says what the picture shows.\n");
        assertEquals(List.of("![](a.png) | -", "這是一段說明文字，講的是圖片裡的內容。 | This is a caption that says what the picture shows."),
                pairs(hant, en));
    }

    @Test
    void glossaryTermsAnchorPairsAcrossScripts() {
        // 甲 and "Alpha" share no letters; the caller's glossary says they are one term.
        Document hant = parse("我們見到了甲先生。\n\n乙先生也來了。\n");
        Document en = parse("Mr Beta came too.\n");
        java.util.function.Function<Block, java.util.Set<String>> hantTerms = b ->
                hant.text().substring(b.span().start(), b.span().end()).contains("乙") ? java.util.Set.of("beta") : java.util.Set.of();
        java.util.function.Function<Block, java.util.Set<String>> enTerms = b -> java.util.Set.of("beta");
        List<String> out = new ArrayList<>();
        for (BlockPair p : Aligner.align(hant, en, hantTerms, enTerms)) out.add(first(hant, p.left()) + " | " + first(en, p.right()));
        assertEquals(List.of("我們見到了甲先生。 | -", "乙先生也來了。 | Mr Beta came too."), out);
    }

    @Test
    void alignmentOfNothingIsEmpty() {
        assertEquals(List.of(), Aligner.align(parse(""), parse("")));
        assertEquals(List.of("- | one."), pairs(parse(""), parse("one.\n")));
    }

    @Test
    void rowsJoinThreeVariantsOnThePivotBlocks() {
        Map<Lang, Document> docs = new EnumMap<>(Lang.class);
        docs.put(Lang.HANT, parse("## 背景 Alpha\n\n段一 2021。\n\n段二 2022。\n"));
        docs.put(Lang.HANS, parse("## 背景 Alpha\n\n段一 2021。\n"));
        docs.put(Lang.EN, parse("## Background Alpha\n\nOne 2021.\n\nTwo 2022.\n\nExtra Omega 1999.\n"));
        List<Row> rows = Rows.join(List.of(Lang.HANT, Lang.HANS, Lang.EN), (a, b) -> Aligner.align(docs.get(a), docs.get(b)));
        List<String> shown = new ArrayList<>();
        for (Row r : rows) {
            StringBuilder sb = new StringBuilder();
            for (Lang l : Lang.values()) sb.append(l.key()).append('=').append(first(docs.get(l), r.blocks().get(l))).append(' ');
            shown.add(sb.toString().strip());
        }
        assertEquals(List.of(
                "hant=## 背景 Alpha hans=## 背景 Alpha en=## Background Alpha",
                "hant=段一 2021。 hans=段一 2021。 en=One 2021.",
                "hant=段二 2022。 hans=- en=Two 2022.",
                "hant=- hans=- en=Extra Omega 1999."), shown, "en's extra block, which no hant block took, is a row of its own");
        assertEquals(BlockKind.HEADING, rows.get(0).blocks().get(Lang.EN).kind());
        assertNull(rows.get(2).blocks().get(Lang.HANS));
        assertEquals(2, rows.get(2).size());
        assertEquals(List.of(), Rows.join(List.of(Lang.EN), (a, b) -> List.of()), "one variant: nothing to compare");
    }

    /** As {@link #pairs}, with "merged into: <first line>" for a block merged into the other variant's. */
    static List<String> pairsWithMerges(Document a, Document b) {
        List<String> out = new ArrayList<>();
        for (BlockPair p : Aligner.align(a, b)) {
            String s = first(a, p.left()) + " | " + first(b, p.right());
            if (p.mergedInto() != null) s += " (merged into " + first(p.left() != null ? b : a, p.mergedInto()) + ")";
            out.add(s);
        }
        return out;
    }

    @Test
    void aParagraphMergingTwoPairsWithOneAndCarriesTheOther() {
        Document hant = parse("## 背景\n\n去年我們在 Alpha 工作了一年，每天都學到很多新東西，也認識了很多朋友。\n\n"
                + "後來 Beta 在 2021 年收購了公司，團隊搬到了新的辦公室，大家都很忙碌。\n\n最後，謝謝大家。\n");
        Document en = parse("## Background\n\nLast year we worked at Alpha for a year, learning a lot every day and making many friends. "
                + "Then Beta bought the company in 2021, the team moved to a new office, and everyone was busy.\n\nFinally, thank you all.\n");
        List<String> got = pairsWithMerges(hant, en);
        assertEquals(4, got.size(), String.join("\n", got));
        assertEquals("## 背景 | ## Background", got.get(0));
        assertTrue(got.get(1).contains(" | Last year") || got.get(2).contains(" | Last year"), String.join("\n", got));
        assertTrue(got.get(1).endsWith("(merged into Last year we worked at Alpha for a year, learning a lot every day and making many friends. Then Beta bought the company in 2021, the team moved to a new office, and everyone was busy.)")
                || got.get(2).endsWith("(merged into Last year we worked at Alpha for a year, learning a lot every day and making many friends. Then Beta bought the company in 2021, the team moved to a new office, and everyone was busy.)"),
                String.join("\n", got));
        assertEquals("最後，謝謝大家。 | Finally, thank you all.", got.get(3));
    }

    @Test
    void aParagraphDroppedBesideItsNeighbourIsNotMergedIntoIt() {
        // The English translates the first paragraph only: the second (with its own year and name) is missing.
        Document hant = parse("去年我們在 Alpha 工作了一年，每天都學到很多新東西，也認識了很多朋友。\n\n"
                + "後來 Beta 在 2021 年收購了公司，團隊搬到了新的辦公室，大家都很忙碌。\n\n最後，謝謝大家。\n");
        Document en = parse("Last year we worked at Alpha for a year, learning a lot every day and making many friends.\n\nFinally, thank you all.\n");
        assertEquals(List.of("去年我們在 Alpha 工作了一年，每天都學到很多新東西，也認識了很多朋友。 | Last year we worked at Alpha for a year, learning a lot every day and making many friends.",
                "後來 Beta 在 2021 年收購了公司，團隊搬到了新的辦公室，大家都很忙碌。 | -",
                "最後，謝謝大家。 | Finally, thank you all."), pairsWithMerges(hant, en));
    }

    @Test
    void aListWrittenAsOneSentenceCarriesTheItemsWhoseLinksItHas() {
        Document hant = parse("參考資料：\n\n- 規範：[RFC](https://example.com/rfc)\n- 庫：[程式庫](https://example.com/lib)\n- 問答：[討論](https://example.com/qa)\n");
        Document en = parse("References:\n\n- See [the RFC](https://example.com/rfc) and the [library](https://example.com/lib) for details.\n");
        List<String> got = pairsWithMerges(hant, en);
        String merged = "(merged into - See [the RFC](https://example.com/rfc) and the [library](https://example.com/lib) for details.)";
        long carried = got.stream().filter(r -> r.endsWith(merged)).count();
        long paired = got.stream().filter(r -> r.contains("| - See")).count();
        assertEquals(1, paired, String.join("\n", got));
        // the item whose link the sentence lacks is not carried by it
        assertTrue(got.contains("- 問答：[討論](https://example.com/qa) | -"), String.join("\n", got));
        assertEquals(1, carried, String.join("\n", got));
    }

    @Test
    void anHtmlBlockWithTextAlignsWithTheParagraphsThatWriteItsText() {
        Document hant = parse("現向學校提出申請，望批准。\n\n此致\n敬禮\n\n<div align=\"right\">\n申請人：Alpha<br>\n2020年3月1日\n</div>\n");
        Document en = parse("I hereby apply and hope for approval.\n\nSincerely.\n\nApplicant: Alpha\n\nMarch 1, 2020.\n");
        List<String> got = pairsWithMerges(hant, en);
        assertEquals("現向學校提出申請，望批准。 | I hereby apply and hope for approval.", got.get(0));
        assertEquals("此致 | Sincerely.", got.get(1));
        assertEquals(4, got.size(), String.join("\n", got));
        for (String row : got.subList(2, 4)) {
            assertTrue(row.startsWith("<div align=\"right\"> | ") || row.endsWith("(merged into <div align=\"right\">)"), String.join("\n", got));
        }
    }

    @Test
    void htmlWithoutTextOrTargetIsNotAligned() {
        Document d = parse("段落。\n\n<p align=\"center\"><br></p>\n\n<!-- 註解 -->\n\n<div>文字</div>\n");
        List<String> kinds = new ArrayList<>();
        for (Block b : Aligner.alignable(d)) kinds.add(b.kind() + " " + first(d, b));
        assertEquals(List.of("PARAGRAPH 段落。", "HTML <div>文字</div>"), kinds);
    }

    @Test
    void htmlWithATargetIsAligned() {
        // its src is compared by the link rule: an <img>, <video> or <iframe> another variant changed
        Document d = parse("段落。\n\n<p align=\"center\"><img src=\"a.png\" alt=\"圖\"></p>\n\n<!-- 註解 -->\n");
        List<String> kinds = new ArrayList<>();
        for (Block b : Aligner.alignable(d)) kinds.add(b.kind() + " " + first(d, b));
        assertEquals(List.of("PARAGRAPH 段落。", "HTML <p align=\"center\"><img src=\"a.png\" alt=\"圖\"></p>"), kinds);
    }
}
