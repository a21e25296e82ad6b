package dev.concord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.markdown.Block;
import dev.concord.markdown.Document;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows across three variants, built from real pairwise alignments of parsed Markdown. */
class RowsTest {
    private static Document parse(String md) {
        return MarkdownParser.parse(SourceText.decode("t.md", md.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each row as "hant|hans|en" with a block's first word (after # or -), "-" where a variant has none. */
    private static List<String> rows(String hant, String hans, String en) {
        Map<Lang, Document> docs = new EnumMap<>(Lang.class);
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.HANT, hant);
        texts.put(Lang.HANS, hans);
        texts.put(Lang.EN, en);
        texts.forEach((l, t) -> docs.put(l, parse(t)));
        List<Row> rows = Rows.join(List.of(Lang.HANT, Lang.HANS, Lang.EN),
                (a, b) -> Aligner.align(docs.get(a), docs.get(b)));
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (Lang l : List.of(Lang.HANT, Lang.HANS, Lang.EN)) {
                Block b = r.blocks().get(l);
                cells.add(b == null ? "-" : texts.get(l).substring(b.span().start(), b.span().end()).replaceFirst("^[#\\-\\s]+", "").split("\\s+")[0]);
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    @Test
    void parallelBlocksMakeOneRowEach() {
        assertEquals(List.of("甲|甲|A", "一|一|one", "二|二|two"),
                rows("## 甲\n\n一\n\n二\n", "## 甲\n\n一\n\n二\n", "## A\n\none\n\ntwo\n"));
    }

    @Test
    void aBlockOnlyEnglishHasIsARowOfItsOwnInPlace() {
        assertEquals(List.of("甲|甲|A", "有|有|has", "-|-|extra", "共|共|in"),
                rows("## 甲\n\n有 [一](https://a.example)\n\n共 2024 年\n", "## 甲\n\n有 [一](https://a.example)\n\n共 2024 年\n",
                        "## A\n\nhas [one](https://a.example)\n\nextra words\n\nin 2024\n"));
    }

    @Test
    void aBlockThePivotLacksIsOneRowForTheTwoThatHaveIt() {
        assertEquals(List.of("甲|甲|A", "-|乙|b", "一|一|one"),
                rows("## 甲\n\n一\n", "## 甲\n\n- 乙\n\n一\n", "## A\n\n- b\n\none\n"));
    }

    @Test
    void aBlockBeforeTheFirstPivotBlockComesFirst() {
        assertEquals(List.of("-|-|intro", "甲|甲|A"),
                rows("## 甲\n", "## 甲\n", "intro\n\n## A\n"));
    }
}
