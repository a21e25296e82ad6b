package dev.concord.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterchangeTest {
    /** A term without its source position: what "the same glossary" means across formats. */
    record Content(String id, Object accepted, Object avoid, String keep, boolean caseExact, String note) {
        static Content of(Term t) {
            return new Content(t.id(), t.accepted(), t.avoid(), t.keep(), t.caseExact(), t.note());
        }
    }

    private static List<Content> content(List<Term> terms) {
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
