package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The translator's views: diff (aligned rows) and terms (the sheet of glossary terms). */
class DiffAndTermsTest {
    static final String FIXTURES = "src/test/resources/fixtures/";

    @Test
    void diffShowsTheRowThatDiffersWithItsFindingAndTheGap() {
        CliTestSupport.Result r = CliTestSupport.run("diff", "-C", FIXTURES + "structure-mismatch/dropped-paragraph", "post");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("hans      ∅ (no block here)"), r.out());
        assertTrue(r.out().contains("hant   11 │ 研究者認為「«規模法則»」仍然有效"), "terms marked, line numbers: " + r.out());
        assertTrue(r.out().contains("[structure-mismatch]"), r.out());
        assertFalse(r.out().contains("## 背景"), "rows that agree are not shown by default");
        assertTrue(CliTestSupport.run("diff", "--all", "-C", FIXTURES + "structure-mismatch/dropped-paragraph", "post").out().contains("## 背景"));
    }

    @Test
    void diffShowsWhereAMergedParagraphWent() {
        CliTestSupport.Result r = CliTestSupport.run("diff", "--all", "-C", FIXTURES + "structure-mismatch/merged-paragraphs-clean", "post");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("en        ⤷ merged into its block at line 23"), r.out());
        assertFalse(r.out().contains("∅ (no block here)"), r.out());
    }

    @Test
    void diffOfAnUnknownPostIsAnInputError() {
        CliTestSupport.Result r = CliTestSupport.run("diff", "-C", FIXTURES + "structure-mismatch/clean", "no-such-post");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-post"), r.err());
    }

    @Test
    void termsListsEachTermWithItsRenderingsPerVariant() {
        CliTestSupport.Result r = CliTestSupport.run("terms", "-C", FIXTURES + "term-forbidden/clean",
                FIXTURES + "term-forbidden/clean/posts/en/post.md");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("scaling-law"), r.out());
        assertTrue(r.out().contains("  hans 规模法则   avoid: 缩放定律, 规模定律   [1 in the hans text]"), r.out());
        assertTrue(r.out().contains("  en   Yi-Lightning  (keep as is)"), r.out());
    }

    @Test
    void termsCountsOnlyAcceptedRenderingsAndTakesASlug() {
        // hans uses the avoided 缩放定律 once and the accepted 规模法则 never.
        CliTestSupport.Result r = CliTestSupport.run("terms", "-C", FIXTURES + "term-forbidden/avoided-renderings", "post");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  hans 规模法则   avoid: 缩放定律, 规模定律   [0 in the hans text; also 1 × 缩放定律, not accepted]"), r.out());
        assertTrue(r.out().contains("  hant 規模法則   avoid: 縮放定律, 規模定律   [1 in the hant text]"), r.out());
    }
}
