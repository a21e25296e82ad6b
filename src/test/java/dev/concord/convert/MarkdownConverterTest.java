package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.glossary.Glossary;
import dev.concord.glossary.Term;
import dev.concord.markdown.Document;
import dev.concord.markdown.FrontMatter;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents are built by hand here: the prose spans are what the Markdown parser would report. */
class MarkdownConverterTest {
    private static final Map<Lang, String> CODES = Map.of(Lang.HANT, "hant", Lang.HANS, "zh", Lang.EN, "en");

    private static Term term(String id, List<String> hans, List<String> hant, List<String> avoidHans) {
        return new Term(id, Map.of(Lang.HANS, hans, Lang.HANT, hant, Lang.EN, List.of(id)),
                Map.of(Lang.HANS, avoidHans), null, false, null, "glossary/terms.yaml", 1);
    }

    private static final Glossary GLOSSARY = new Glossary(List.of(
            term("scaling-law", List.of("规模法则"), List.of("規模法則"), List.of("规模定律")),
            term("01-ai", List.of("零一万物", "01.AI"), List.of("零一萬物", "01.AI"), List.of()),
            // A rendering the dictionaries would never produce: the glossary must win.
            term("compute", List.of("算力"), List.of("運算力"), List.of()),
            new Term("ganbu", Map.of(Lang.HANS, List.of("干部"), Lang.HANT, List.of("干部"), Lang.EN, List.of("干部")),
                    Map.of(), "干部", true, null, "glossary/terms.yaml", 9)));

    private static final MarkdownConverter TW =
            new MarkdownConverter(HantStandard.TW, new GlossaryTermSource(GLOSSARY), CODES);

    /** Spans of each listed substring, in order of appearance (the parser's job, done by hand). */
    private static List<Span> spansOf(String text, String... pieces) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (String p : pieces) {
            int at = text.indexOf(p, from);
            if (at < 0) throw new IllegalArgumentException("no '" + p + "' after " + from);
            out.add(new Span(at, at + p.length()));
            from = at + p.length();
        }
        return out;
    }

    @Test
    void onlyProseIsRewrittenAndEverythingElseIsKeptByteForByte() {
        String text = "# 头发的里面\r\n\r\n"
                + "这是`里面 := 头发`和[里面](http://a.b/里面)的头发。\r\n\r\n"
                + "```python\r\nprint(\"头发里面\")  # 干净\r\n```\r\n\r\n"
                + "<div title=\"里面\">头发</div>\r\n"
                + "{% include 里面.html %}\r\n";
        List<Span> prose = spansOf(text, "头发的里面", "这是", "和", "里面", "的头发。");
        String out = TW.convertProse(text, prose, Lang.HANT);
        assertEquals("# 頭髮的裡面\r\n\r\n"
                + "這是`里面 := 头发`和[裡面](http://a.b/里面)的頭髮。\r\n\r\n"
                + "```python\r\nprint(\"头发里面\")  # 干净\r\n```\r\n\r\n"
                + "<div title=\"里面\">头发</div>\r\n"
                + "{% include 里面.html %}\r\n", out);
        // The same, as an invariant: outside the spans every character is the source's.
        assertEquals(text.length(), out.length());
        boolean[] inProse = new boolean[text.length()];
        for (Span s : prose) for (int i = s.start(); i < s.end(); i++) inProse[i] = true;
        for (int i = 0; i < text.length(); i++) {
            if (!inProse[i]) assertEquals(text.charAt(i), out.charAt(i), "offset " + i);
        }
    }

    @Test
    void glossaryRenderingsWinOverOpencc() {
        String text = "零一万物的算力和规模定律，干部的头发规模法则干净。01.AI 也是。";
        String out = TW.convertText(text, Lang.HANT);
        // 算力 → 運算力 (glossary, the dictionaries would say 算力); 规模定律 is avoided → preferred 規模法則;
        // 干部 is a keep term (never 幹部); 01.AI stays 01.AI (accepted in hant as written).
        assertEquals("零一萬物的運算力和規模法則，干部的頭髮規模法則乾淨。01.AI 也是。", out);
    }

    @Test
    void phrasesAroundTermsStillSegment() {
        // 头发 and 干净 on both sides of a term are converted as phrases, not as 頭發 / 幹淨.
        assertEquals("頭髮規模法則乾淨", TW.convertText("头发规模法则干净", Lang.HANT));
        // To hans: the hant term rendering becomes the hans one, Taiwan glyphs around it convert.
        assertEquals("为了规模法则，看着零一万物", TW.convertText("為了規模法則，看著零一萬物", Lang.HANS));
    }

    @Test
    void spansSeparatedByEmphasisAreConvertedAsOneRun() {
        String text = "**头**发和_干_净";
        String out = TW.convertProse(text, spansOf(text, "头", "发和", "干", "净"), Lang.HANT);
        assertEquals("**頭**髮和_乾_淨", out);
        // Separated by inline code the spans are separate words: no phrase across the code.
        String coded = "头`x`发";
        assertEquals("頭`x`發", TW.convertProse(coded, spansOf(coded, "头", "发"), Lang.HANT));
    }

    @Test
    void frontMatterLangAndTitleAreUpdatedKeepingQuotes() {
        String text = "---\nlang: \"zh\"\ntitle: 头发里面的规模定律\nlayout: post\n---\n头发\n";
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        fields.put("lang", new FrontMatter.Field("lang", "zh", spansOf(text, "\"zh\"").get(0), 2));
        fields.put("title", new FrontMatter.Field("title", "头发里面的规模定律", spansOf(text, "头发里面的规模定律").get(0), 3));
        fields.put("layout", new FrontMatter.Field("layout", "post", spansOf(text, "post").get(0), 4));
        FrontMatter fm = new FrontMatter(new Span(0, text.indexOf("---\n头发") + 4), fields, null, 0);
        int body = text.lastIndexOf("头发");
        Document doc = new Document(SourceText.of("posts/zh/a.md", text), fm, List.of(),
                List.of(new Span(body, body + 2)), List.of());
        assertEquals("---\nlang: \"hant\"\ntitle: 頭髮裡面的規模法則\nlayout: post\n---\n頭髮\n", TW.convert(doc, Lang.HANT));
    }

    @Test
    void openccStandardAndEmptyInput() {
        MarkdownConverter opencc = new MarkdownConverter(HantStandard.OPENCC, TermSource.none(), CODES);
        assertEquals("因爲裏面", opencc.convertText("因为里面", Lang.HANT));
        assertEquals("", opencc.convertText("", Lang.HANT));
        assertEquals("abc", opencc.convertProse("abc", List.of(), Lang.HANT));
    }

    /** The real matcher (case-insensitive for Latin renderings, keep terms' avoid lists), as the CLI wires it. */
    private static MarkdownConverter withMatcher(Glossary glossary) {
        return new MarkdownConverter(HantStandard.TW,
                (text, lang) -> new dev.concord.glossary.TermMatcher(glossary, lang).find(text), CODES);
    }

    private static final Glossary PRODUCTS = new Glossary(List.of(
            new Term("ernie", Map.of(Lang.HANS, List.of("文心一言", "ERNIE"), Lang.HANT, List.of("文心一言"), Lang.EN, List.of("ERNIE")),
                    Map.of(), null, false, null, "glossary/terms.yaml", 1),
            new Term("deepseek", Map.of(), Map.of(Lang.HANS, List.of("深言科技"), Lang.HANT, List.of("深言科技")),
                    "DeepSeek", false, null, "glossary/terms.yaml", 5)));

    @Test
    void latinTextNeverBecomesHanUnlessListedExactlyForTheSourceVariant() {
        MarkdownConverter c = withMatcher(PRODUCTS);
        // Defect: "Ernie" matched ERNIE regardless of case and came out as 文心一言.
        assertEquals("Ernie 4.5 發佈了", c.convertText("Ernie 4.5 发布了", Lang.HANT));
        // Clean twin: the exact hans rendering ERNIE is the glossary's, so it takes the hant one.
        assertEquals("文心一言 4.5 發佈了", c.convertText("ERNIE 4.5 发布了", Lang.HANT));
        assertEquals("文心一言 4.5 發佈了", c.convertText("文心一言 4.5 发布了", Lang.HANT));
    }

    @Test
    void avoidedRenderingsOfKeepTermsBecomeTheKeptString() {
        MarkdownConverter c = withMatcher(PRODUCTS);
        // Defect: 深言科技 (avoided for the keep term DeepSeek) passed through into hant.
        assertEquals("DeepSeek發佈了新模型", c.convertText("深言科技发布了新模型", Lang.HANT));
        assertEquals("DeepSeek发布了新模型", c.convertText("深言科技發佈了新模型", Lang.HANS));
        // Clean twin: the kept string itself stays.
        assertEquals("DeepSeek發佈了新模型", c.convertText("DeepSeek发布了新模型", Lang.HANT));
    }

    @Test
    void explainListsOnlyWhatNoPhraseOrTermSettled() {
        String text = "---\ntitle: 发\n---\n干部的头发，干！后。面。\n";
        Document doc = dev.concord.markdown.MarkdownParser.parse(SourceText.of("x.md", text));
        MarkdownConverter.Converted r = TW.convertExplained(doc, Lang.HANT);
        // 干部 is a keep term, 头发 a phrase; 干, 后 and 面 stand alone; the title's 发 too.
        List<String> got = r.ambiguities().stream()
                .map(a -> a.start() + ":" + a.source() + "→" + a.chosen()).toList();
        assertEquals(List.of("11:发→發", "23:干→幹", "25:后→後", "27:面→面"), got);
        assertEquals(TW.convert(doc, Lang.HANT), r.text());
    }

    @Test
    void markupStaysInPlaceWhenAPhraseChangesLength() {
        MarkdownConverter twp = new MarkdownConverter(HantStandard.TWP, TermSource.none(), CODES);
        String text = "用**算法**和软件";
        String out = twp.convertProse(text, spansOf(text, "用", "算法", "和软件"), Lang.HANT);
        assertEquals("用**演算法**和軟體", out);
    }
}
