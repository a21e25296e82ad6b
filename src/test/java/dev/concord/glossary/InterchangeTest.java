package dev.concord.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterchangeTest {
    /** A term without its source position: what "the same glossary" means across formats. */
    record Content(String id, Object accepted, Object avoid, String keep, boolean caseExact, String note, TermDetails details) {
        static Content of(Term t) {
            return new Content(t.id(), t.accepted(), t.avoid(), t.keep(), t.caseExact(), t.note(), t.details());
        }
    }

    static List<Content> content(List<Term> terms) {
        return terms.stream().map(Content::of).toList();
    }

    /** The sample plus traps for quoting: commas, quotes, a note with a colon, a leading symbol. */
    private static Glossary rich() {
        List<Term> terms = new ArrayList<>(GlossaryTestSupport.sample().terms());
        terms.addAll(GlossaryTestSupport.of("""
                terms:
                  - id: tricky
                    en: ["R&D, \\"quoted\\"", <tag>, "#hash", "null", "2023"]
                    hans: 研发
                    note: "Note: with colon, comma"
                  - id: keep-avoid
                    keep: DeepSeek
                    avoid: {hans: [深言科技], hant: [深言科技]}
                """).terms());
        return new Glossary(terms);
    }

    @Test
    void tbxExportThenImportGivesTheSameGlossary() {
        Glossary g = rich();
        String tbx = TbxGlossary.write(g);
        assertTrue(tbx.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"));
        assertTrue(tbx.contains("<langSec xml:lang=\"zh-Hant\">"));
        assertTrue(tbx.contains("deprecatedTerm-admn-sts"));
        List<String> skipped = new ArrayList<>();
        List<Term> back = TbxGlossary.read(tbx.getBytes(StandardCharsets.UTF_8), "x.tbx", skipped);
        assertEquals(content(g.terms()), content(back));
        assertEquals(List.of(), skipped);
    }

    @Test
    void csvExportThenImportGivesTheSameGlossary() {
        Glossary g = rich();
        String csv = CsvGlossary.write(g);
        assertTrue(csv.startsWith("id,en,zh-Hans,zh-Hant,note,"), csv);
        assertTrue(csv.contains("01-ai,01.AI,零一万物|01.AI,零一萬物|01.AI,Company founded by Kai-Fu Lee in March 2023.,"), csv);
        assertEquals(content(g.terms()), content(CsvGlossary.read(csv, "x.csv")));
    }

    @Test
    void yamlWriterOutputLoadsBackToTheSameTerms() {
        Glossary g = rich();
        String yaml = GlossaryYamlWriter.write(g.terms());
        assertEquals(content(g.terms()), content(GlossaryLoader.parse(yaml, "out.yaml")));
    }

    @Test
    void importsTbxV2WithStatusesLanguagesAndMissingIds() throws Exception {
        Path p = Path.of(getClass().getResource("/glossary/interchange/v2.tbx").toURI());
        List<String> skipped = new ArrayList<>();
        List<Term> terms = GlossaryInterchange.read(p, "v2.tbx", skipped);
        assertEquals(2, terms.size());
        Term s = terms.get(0);
        assertEquals("scaling-law", s.id());
        assertEquals(List.of("规模法则"), s.accepted(Lang.HANS), "preferred first, deprecated is not accepted");
        assertEquals(List.of("缩放定律"), s.avoid(Lang.HANS));
        assertEquals(List.of("規模法則"), s.accepted(Lang.HANT), "no status means admitted");
        assertEquals("Kaplan et al. 2020", s.note());
        assertEquals(7, s.line());
        assertEquals("large-language-model", terms.get(1).id());
        assertNull(terms.get(1).note());
        assertEquals(List.of("v2.tbx:26: concept 'ja-only' has no en, zh-Hans or zh-Hant term"), skipped);
    }

    private static List<Term> details(List<String> skipped) throws Exception {
        Path p = Path.of(InterchangeTest.class.getResource("/glossary/interchange/details.tbx").toURI());
        return GlossaryInterchange.read(p, "details.tbx", skipped);
    }

    @Test
    void tbxDefinitionsNotesSubjectAndPartOfSpeechAreKeptAtTheirLevel() throws Exception {
        List<String> skipped = new ArrayList<>();
        List<Term> terms = details(skipped);
        assertEquals(List.of(), skipped);
        // Ids from the English term, never the tool's concept ids (kept as source-id); a collision gets a suffix.
        assertEquals(List.of("scaling-law", "compiler", "c", "c-2", "term-71"), terms.stream().map(Term::id).toList());
        assertEquals(List.of("c101", "c102", "c103", "c105", "c104"), terms.stream().map(t -> t.details().sourceId()).toList());

        Term law = terms.get(0);
        assertEquals(List.of("scaling law"), law.accepted(Lang.EN), "en-US is en");
        assertEquals(List.of("規模法則"), law.accepted(Lang.HANT), "zh-Hant-TW is hant");
        assertEquals(List.of("缩放定律"), law.avoid(Lang.HANS));
        assertEquals("Reviewed by the terminology team.", law.note());
        assertEquals("machine learning", law.details().subject());
        assertEquals(LangText.of("noun"), law.details().partOfSpeech(), "every term a noun: one part of speech for the concept");
        assertEquals("模型损失随算力、数据和参数增长而下降的规律。", law.details().definition().in(Lang.HANS));
        assertEquals("How a model's loss falls as compute, data and parameters grow.", law.details().definition().in(Lang.EN));
        assertNull(law.details().definition().all());
        assertEquals(java.util.Map.of(Lang.HANS, "A word-for-word rendering."), law.details().notes(), "a term's note goes to its language");

        Term compiler = terms.get(1);
        assertEquals(List.of("编译器"), compiler.accepted(Lang.HANS), "zh-CN is hans");
        assertEquals(List.of("編譯器"), compiler.accepted(Lang.HANT), "zh-TW is hant");
        assertEquals(LangText.of("A program that translates source code into machine code."), compiler.details().definition());
        assertEquals(LangText.of(java.util.Map.of(Lang.EN, "noun")), compiler.details().partOfSpeech(), "only en says noun");

        assertEquals(LangText.of("properNoun"), terms.get(2).details().partOfSpeech());
        assertEquals(List.of("C 語言"), terms.get(2).accepted(Lang.HANT), "zh-Hant is hant");
        assertEquals("The language, not the grade.", terms.get(3).note());
        assertEquals(java.util.Map.of(Lang.HANT, "Taiwan also writes 運算能力."), terms.get(4).details().notes());
    }

    @Test
    void tbxToGlossaryFileToTbxLosesNothing() throws Exception {
        List<Term> imported = details(new ArrayList<>());
        // Through the glossary file a writer keeps (and lint reads), then out to TBX and back in.
        List<Term> loaded = GlossaryLoader.parse(GlossaryYamlWriter.write(imported), "glossary/imported.yaml");
        assertEquals(content(imported), content(loaded));
        assertTrue(GlossaryLinter.lint(new Glossary(loaded)).isEmpty());
        String tbx = TbxGlossary.write(new Glossary(loaded));
        for (String kept : List.of("<conceptEntry id=\"c101\">", "<descrip type=\"subjectField\">machine learning</descrip>",
                "<termNote type=\"partOfSpeech\">properNoun</termNote>", "<note>A word-for-word rendering.</note>",
                "<descrip type=\"definition\">模型損失隨算力、資料和參數增長而下降的規律。</descrip>")) {
            assertTrue(tbx.contains(kept), kept + " in\n" + tbx);
        }
        List<String> skipped = new ArrayList<>();
        assertEquals(content(imported), content(TbxGlossary.read(tbx.getBytes(StandardCharsets.UTF_8), "again.tbx", skipped)));
        assertEquals(List.of(), skipped);
        // And CSV carries the same.
        assertEquals(content(imported), content(CsvGlossary.read(CsvGlossary.write(new Glossary(loaded)), "again.csv")));
    }

    @Test
    void conceptTextBesideLanguageTextKeepsBoth() {
        String tbx = "<martif type=\"TBX\"><text><body><termEntry id=\"x7\">"
                + "<descrip type=\"definition\">for the concept</descrip>"
                + "<langSet xml:lang=\"en\"><descrip type=\"definition\">in English</descrip><tig><term>tensor</term></tig></langSet>"
                + "<langSet xml:lang=\"zh-Hans\"><note>no term here</note><tig><term> </term></tig></langSet>"
                + "</termEntry></body></text></martif>";
        List<String> skipped = new ArrayList<>();
        List<Term> t = TbxGlossary.read(tbx.getBytes(StandardCharsets.UTF_8), "d.tbx", skipped);
        assertEquals("tensor", t.get(0).id());
        assertEquals(LangText.of("for the concept", java.util.Map.of(Lang.EN, "in English")), t.get(0).details().definition());
        String yaml = GlossaryYamlWriter.write(t);
        assertTrue(yaml.contains("    definition:\n      all: for the concept\n      en: in English\n"), yaml);
        assertEquals(content(t), content(GlossaryLoader.parse(yaml, "g.yaml")));
        // A language section with no usable term has nothing to hang its note on: named, not silently lost.
        assertEquals(1, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).contains("'x7'") && skipped.get(0).contains("zh-Hans note"), skipped.get(0));
    }

    @Test
    void perVariantTextNeedsThatVariant() {
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.parse("""
                terms:
                  - id: t
                    en: tensor
                    definition: {hant: 張量}
                """, "g.yaml"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("no hant rendering"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeitherFetchedNorExpanded() throws Exception {
        Path secret = Files.createTempFile("concord-xxe", ".txt");
        Files.writeString(secret, "SECRET-CONTENT");
        String tbx = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<martif type=\"TBX\"><text><body><termEntry><note>&leak;</note>"
                + "<langSet xml:lang=\"en\"><tig><term>probe</term></tig></langSet></termEntry></body></text></martif>";
        try {
            List<Term> t = TbxGlossary.read(tbx.getBytes(StandardCharsets.UTF_8), "x.tbx", new ArrayList<>());
            assertTrue(t.get(0).note() == null || !t.get(0).note().contains("SECRET"), t.get(0).note());
        } catch (InputException refused) {
            assertTrue(!refused.getMessage().contains("SECRET"), refused.getMessage());
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void csvColumnsMappedByName() {
        String csv = "English,Simplified,Traditional,Comment,Owner\r\nscaling law,规模法则,規模法則,\"Kaplan, 2020\",ops\r\n";
        List<Term> t = CsvGlossary.read(csv, "sheet.csv", java.util.Map.of("en", "English", "hans", "Simplified", "hant", "traditional", "note", "Comment"));
        assertEquals("scaling-law", t.get(0).id());
        assertEquals(List.of("规模法则"), t.get(0).accepted(Lang.HANS));
        assertEquals(List.of("規模法則"), t.get(0).accepted(Lang.HANT));
        assertEquals("Kaplan, 2020", t.get(0).note());
        InputException missing = assertThrows(InputException.class,
                () -> CsvGlossary.read(csv, "sheet.csv", java.util.Map.of("hans", "Chinese (PRC)")));
        assertEquals(1, missing.line());
        assertTrue(missing.getMessage().contains("'Chinese (PRC)'") && missing.getMessage().contains("hans")
                && missing.getMessage().contains("English, Simplified, Traditional, Comment, Owner"), missing.getMessage());
    }

    @Test
    void malformedTbxNamesTheLine() {
        InputException e = assertThrows(InputException.class, () -> TbxGlossary.read(
                "<tbx>\n<text>\n<body>\n<conceptEntry>\n</tbx>\n".getBytes(StandardCharsets.UTF_8), "bad.tbx", new ArrayList<>()));
        assertEquals("bad.tbx", e.file());
        assertEquals(5, e.line());
        InputException e2 = assertThrows(InputException.class, () -> TbxGlossary.read(
                "<glossary/>".getBytes(StandardCharsets.UTF_8), "g.xml", new ArrayList<>()));
        assertTrue(e2.getMessage().contains("not a TBX file"), e2.getMessage());
    }

    @Test
    void importsTranslatorCsvWithQuotesAliasesAndGeneratedIds() {
        String csv = "\uFEFFEN,zh-Hans,zh-Hant,Note,Description\r\n"
                + "scaling law|scaling laws,规模法则,規模法則,\"Kaplan, 2020\",ignored\r\n"
                + "\"multi\nline\",多行,多行,,\r\n"
                + ",,,,\r\n"
                + "Scaling Law,规模法则,規模法則,,\r\n";
        List<Term> t = CsvGlossary.read(csv, "t.csv");
        assertEquals(List.of("scaling-law", "multi-line", "scaling-law-2"), t.stream().map(Term::id).toList());
        assertEquals(List.of("scaling law", "scaling laws"), t.get(0).accepted(Lang.EN));
        assertEquals("Kaplan, 2020", t.get(0).note());
        assertEquals(3, t.get(1).line());
        assertEquals(6, t.get(2).line());
    }

    @Test
    void csvErrors() {
        assertEquals(1, assertThrows(InputException.class, () -> CsvGlossary.read("id,fr\nx,y\n", "a.csv")).line());
        assertEquals(2, assertThrows(InputException.class, () -> CsvGlossary.read("id,en\nx,\"open\n", "a.csv")).line());
        assertEquals(3, assertThrows(InputException.class, () -> CsvGlossary.read("id,en\nx,A\nx,B\n", "a.csv")).line());
        assertEquals(2, assertThrows(InputException.class, () -> CsvGlossary.read("id,en,keep\nk,Other,Keep\n", "a.csv")).line());
    }

    @Test
    void unknownExtension() throws IOException {
        assertThrows(InputException.class, () -> GlossaryInterchange.formatOf("terms.xlsx"));
        assertEquals(GlossaryInterchange.Format.CSV, GlossaryInterchange.formatOf("T.CSV"));
    }
}
