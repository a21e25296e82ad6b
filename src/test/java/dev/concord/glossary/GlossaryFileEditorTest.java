package dev.concord.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import org.junit.jupiter.api.Test;

/** Textual glossary edits: the one rendering changes, every other byte (comments, order, quoting) stays. */
class GlossaryFileEditorTest {
    static final String FILE = """
            # Company terms. Keep sorted by id.
            terms:
              - id: alpha        # first
                en: alpha
                hant: 甲
              - id: beta
                en: [beta, betas]
                hans:
                  - 乙
                  - "乙型"   # quoted on purpose
                avoid:
                  hans: [贝塔]

              # The next one is kept as written.
              - id: gamma
                keep: Gamma
            """;

    private static String add(String text, String id, Lang l, boolean avoid, String r) {
        String out = new GlossaryFileEditor("g.yaml", text).add(id, l, avoid, r);
        GlossaryLoader.parse(out, "g.yaml"); // still a valid glossary
        return out;
    }

    @Test
    void aScalarBecomesAFlowList() {
        assertEquals(FILE.replace("    hant: 甲\n", "    hant: [甲, 甲乙]\n"), add(FILE, "alpha", Lang.HANT, false, "甲乙"));
    }

    @Test
    void aFlowListGetsAnItemBeforeItsBracket() {
        assertEquals(FILE.replace("[beta, betas]", "[beta, betas, Beta-2]"), add(FILE, "beta", Lang.EN, false, "Beta-2"));
        assertEquals(FILE.replace("hans: [贝塔]", "hans: [贝塔, 倍塔]"), add(FILE, "beta", Lang.HANS, true, "倍塔"));
    }

    @Test
    void aBlockListGetsALineAfterItsLastItem() {
        assertEquals(FILE.replace("      - \"乙型\"   # quoted on purpose\n", "      - \"乙型\"   # quoted on purpose\n      - 乙类\n"),
                add(FILE, "beta", Lang.HANS, false, "乙类"));
    }

    @Test
    void aMissingKeyGoesAfterTheTermsLastLineBeforeTheNextTermsComment() {
        assertEquals(FILE.replace("    hant: 甲\n", "    hant: 甲\n    hans: 甲\n"), add(FILE, "alpha", Lang.HANS, false, "甲"));
        assertEquals(FILE.replace("      hans: [贝塔]\n", "      hans: [贝塔]\n      hant: [貝塔]\n"), add(FILE, "beta", Lang.HANT, true, "貝塔"));
        assertEquals(FILE.replace("    hant: 甲\n", "    hant: 甲\n    avoid:\n      hant: [乙]\n"), add(FILE, "alpha", Lang.HANT, true, "乙"));
        assertEquals(FILE + "    avoid:\n      en: [GAMMA]\n", add(FILE, "gamma", Lang.EN, true, "GAMMA"));
    }

    @Test
    void valuesThatNeedQuotesAreQuoted() {
        assertEquals(FILE.replace("[beta, betas]", "[beta, betas, \"beta, v2\"]"), add(FILE, "beta", Lang.EN, false, "beta, v2"));
    }

    @Test
    void crLfFilesGetCrLfLines() {
        String crlf = FILE.replace("\n", "\r\n");
        assertEquals(crlf.replace("    hant: 甲\r\n", "    hant: 甲\r\n    hans: 甲\r\n"), add(crlf, "alpha", Lang.HANS, false, "甲"));
    }

    @Test
    void removingTakesTheItemOrTheWholeKey() {
        GlossaryFileEditor e = new GlossaryFileEditor("g.yaml", FILE);
        assertEquals(FILE.replace("[beta, betas]", "[beta]"), e.remove("beta", Lang.EN, false, "betas"));
        assertEquals(FILE.replace("[beta, betas]", "[betas]"), e.remove("beta", Lang.EN, false, "beta"));
        assertEquals(FILE.replace("      - 乙\n", ""), e.remove("beta", Lang.HANS, false, "乙"));
        assertEquals(FILE.replace("      hans: [贝塔]\n", ""), e.remove("beta", Lang.HANS, true, "贝塔"));
        assertEquals(FILE, e.remove("beta", Lang.HANS, true, "not there"));
        GlossaryLoader.parse(e.remove("beta", Lang.HANS, true, "贝塔"), "g.yaml");
    }

    @Test
    void keepTermsAndUnknownIdsAreClearErrors() {
        GlossaryFileEditor e = new GlossaryFileEditor("g.yaml", FILE);
        InputException keep = assertThrows(InputException.class, () -> e.add("gamma", Lang.HANT, false, "伽馬"));
        assertEquals("g.yaml:16: term 'gamma' is a keep term: it has no per-variant renderings", keep.getMessage());
        assertEquals("g.yaml: no term 'delta' in this file", assertThrows(InputException.class, () -> e.add("delta", Lang.EN, false, "d")).getMessage());
    }
}
