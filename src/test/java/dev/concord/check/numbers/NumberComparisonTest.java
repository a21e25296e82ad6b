package dev.concord.check.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class NumberComparisonTest {

    @ParameterizedTest(name = "{1} ↔ {3} ({6})")
    @CsvFileSource(resources = "/numbers/pairs.tsv", delimiter = '\t', quoteCharacter = '\u0001')
    void pairsMeetOrDifferAsExpected(String lang1, String text1, String lang2, String text2,
                                     String only1, String only2, String why) {
        NumberComparison.Result r = NumberComparison.compare(
                Cases.extract(lang1, Cases.text(text1)), Cases.extract(lang2, Cases.text(text2))).strong();
        assertEquals(Cases.expected(only1), Cases.keys(r.onlyInFirst()), "only in " + lang1 + ": " + why);
        assertEquals(Cases.expected(only2), Cases.keys(r.onlyInSecond()), "only in " + lang2 + ": " + why);
    }

    @Test
    void multisetCountsEveryOccurrence() {
        NumberComparison.Result r = NumberComparison.compare(
                ChineseNumbers.extract("10 億美元估值，又籌得 10 億美元"),
                EnglishNumbers.extract("a $1 billion valuation"));
        assertEquals("money USD 1000000000", Cases.keys(r.onlyInFirst()));
        assertTrue(r.onlyInSecond().isEmpty());
        assertFalse(r.agree());
    }

    @Test
    void weakQuantitiesAreReportedUntilFilteredOut() {
        NumberComparison.Result r = NumberComparison.compare(
                ChineseNumbers.extract("兩個模型"), EnglishNumbers.extract("the models"));
        assertEquals(1, r.onlyInFirst().size());
        assertTrue(r.strong().agree());
    }

    @Test
    void exactMatchesArePreferredToLooseOnes() {
        // 2023 (plain) must not take the date partner away from 2023 年.
        NumberComparison.Result r = NumberComparison.compare(
                ChineseNumbers.extract("2023 年有 2023 個"), EnglishNumbers.extract("2023 of them in 2023"));
        assertTrue(r.agree(), r::toString);
    }

    @Test
    void anApproximationMeetsOnlyWhatIsInItsRange() {
        // 上億 reaches a hundred million: "tens of millions" is below it, "hundreds of millions" within
        NumberComparison.Result below = NumberComparison.compare(
                ChineseNumbers.extract("上億用戶"), EnglishNumbers.extract("tens of millions of users"));
        assertEquals("plain ~100000000..999999999", Cases.keys(below.onlyInFirst()));
        assertEquals("plain ~10000000..99999999", Cases.keys(below.onlyInSecond()));
        assertTrue(NumberComparison.compare(ChineseNumbers.extract("上億用戶"),
                EnglishNumbers.extract("hundreds of millions of users")).agree());
        // 十幾年 is 11 to 19 years: not ten, but it reaches "more than ten years"
        NumberComparison.Result changed = NumberComparison.compare(
                ChineseNumbers.extract("十幾年前"), ChineseNumbers.extract("十年前"));
        assertEquals("duration ~11..19 year", Cases.keys(changed.onlyInFirst()));
        assertEquals("duration 10 year", Cases.keys(changed.onlyInSecond()));
        assertTrue(NumberComparison.compare(ChineseNumbers.extract("十幾年前"),
                EnglishNumbers.extract("more than ten years ago")).agree());
        assertFalse(NumberComparison.compare(ChineseNumbers.extract("十幾年前"),
                EnglishNumbers.extract("ten years ago")).agree());
    }

    @Test
    void aTwoDigitYearMeetsTheYearButNotAnotherOne() {
        assertTrue(NumberComparison.compare(ChineseNumbers.extract("13 年那時"), EnglishNumbers.extract("in 2013")).agree());
        assertFalse(NumberComparison.compare(ChineseNumbers.extract("13 年那時"), EnglishNumbers.extract("in 2014")).agree());
        assertTrue(NumberComparison.compare(ChineseNumbers.extract("2024 年夏天"), EnglishNumbers.extract("summer '24")).agree());
    }

    @Test
    void emptySidesAgree() {
        assertTrue(NumberComparison.compare(List.of(), List.of()).agree());
    }
}
