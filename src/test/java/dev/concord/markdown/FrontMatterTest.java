package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.InputException;
import dev.concord.model.SourceText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    static Document parse(String text) {
        return MarkdownParser.parse(SourceText.of("fm.md", text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no closing fence            | ---\\nlang: hant\\n\\n正文\\n                          | 1",
            "line without a colon        | ---\\nlang: hant\\njust words\\n---\\n正文\\n             | 3",
            "colon inside a plain value  | ---\\nlang: hant\\ntitle: Yi: 興衰\\n---\\n               | 3",
            "unterminated quote          | ---\\ntitle: \"興衰\\nlang: hant\\n---\\n                 | 2",
            "text after a quoted value   | ---\\ntitle: '興' 衰\\n---\\n                            | 2",
            "duplicate key               | ---\\nlang: hant\\nlayout: post\\nlang: hans\\n---\\n     | 4",
            "indented line before a key  | ---\\n  lang: hant\\n---\\n                              | 2",
            "bad escape                  | ---\\ntitle: \"a\\q\"\\n---\\n                            | 2",
    })
    void malformedFrontMatterIsAnErrorWithItsLine(String name, String escaped, int line) {
        String text = escaped.strip().replace("\\n", "\n");
        FrontMatter fm = parse(text).frontMatter();
        assertTrue(fm.error() != null && fm.error().startsWith("malformed front matter"), name + ": " + fm);
        assertEquals(line, fm.errorLine(), name);
    }

    @Test
    void unclosedFrontMatterStillParsesTheBody() {
        Document d = parse("---\nlang: hant\n\n# 標題\n");
        assertEquals(1, d.frontMatter().errorLine());
        assertTrue(d.blocks().stream().anyMatch(b -> b.kind() == BlockKind.HEADING));
    }

    @Test
    void validFrontMatterVariants() {
        FrontMatter fm = parse("---\r\n# comment\r\nlang: hant   # the variant\r\nempty:\r\ntags:\r\n- a\r\n- b\r\n"
                + "nested:\r\n  k: v\r\nurl: https://x.example/a:b\r\n...\r\n正文\r\n").frontMatter();
        assertNull(fm.error());
        assertEquals("hant", fm.get("lang"));
        assertEquals("", fm.get("empty"));
        assertEquals("https://x.example/a:b", fm.get("url"));
        assertEquals(List.of("lang", "empty", "tags", "nested", "url"), List.copyOf(fm.fields().keySet()));
        assertEquals(10, fm.fields().get("url").line());
    }

    @Test
    void doubleQuotedEscapesAreDecoded() {
        FrontMatter fm = parse("---\ntitle: \"a\\tb \\u842C \\\\ \\\"q\\\"\"\n---\n").frontMatter();
        assertNull(fm.error());
        assertEquals("a\tb 萬 \\ \"q\"", fm.get("title"));
    }

    @Test
    void frontMatterIsNotPartOfTheBody() {
        Document d = parse("---\ntitle: 零一萬物之興衰\nlang: hant\n---\n\n正文段落\n");
        assertEquals(List.of("正文段落"), d.prose().stream().map(d.source()::slice).toList());
        assertEquals(1, d.blocks().size());
        assertEquals(6, d.source().line(d.blocks().get(0).span().start()));
    }

    @Test
    void aDocumentWithoutFrontMatterHasNone() {
        Document d = parse("# 標題\n\n---\n\n正文\n");
        assertFalse(d.frontMatter().present());
        assertNull(d.frontMatter().error());
    }

    // ---- FrontMatterEditor ----

    static String set(String text, String key, String value) {
        return FrontMatterEditor.setField(text, parse(text).frontMatter(), key, value);
    }

    @Test
    void replacesPlainQuotedAndSingleQuotedValuesKeepingStyle() {
        String text = "---\nlang: hant\ntitle: \"零一萬物之興衰\"\nsub: '它''s'\nlayout: post\n---\n正文\n";
        assertEquals(text.replace("lang: hant", "lang: hans"), set(text, "lang", "hans"));
        assertEquals(text.replace("\"零一萬物之興衰\"", "\"零一万物之\\\"兴衰\\\"\""), set(text, "title", "零一万物之\"兴衰\""));
        assertEquals(text.replace("'它''s'", "'它''s 新'"), set(text, "sub", "它's 新"));
        String edited = set(text, "title", "零一万物之兴衰");
        assertEquals("零一万物之兴衰", parse(edited).frontMatter().get("title"));
    }

    @Test
    void plainValueThatNeedsQuotesGetsThem() {
        String text = "---\ntitle: 舊\n---\n";
        assertEquals("---\ntitle: \"Yi: 興衰\"\n---\n", set(text, "title", "Yi: 興衰"));
        assertEquals("---\ntitle: \"2023\"\n---\n", set(text, "title", "2023"));
        assertEquals("Yi: 興衰", parse(set(text, "title", "Yi: 興衰")).frontMatter().get("title"));
    }

    @Test
    void absentKeyIsAppendedBeforeTheClosingFenceWithTheFileLineEnding() {
        String text = "---\r\ntitle: 舊\r\n---\r\n正文\r\n";
        assertEquals("---\r\ntitle: 舊\r\nlang: hans\r\n---\r\n正文\r\n", set(text, "lang", "hans"));
        assertEquals("---\nlang: hans\n---\n正文\n", set("正文\n", "lang", "hans"));
        assertEquals("---\nempty: x\n---\n", set("---\nempty:\n---\n", "empty", "x"));
    }

    @Test
    void editingMalformedFrontMatterIsRefused() {
        String text = "---\nlang hant\n---\n";
        InputException e = assertThrows(InputException.class, () -> set(text, "lang", "hans"));
        assertEquals(2, e.line());
    }
}
