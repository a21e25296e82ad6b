package dev.concord.check.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishNumbersTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvFileSource(resources = "/numbers/en.tsv", delimiter = '\t', quoteCharacter = '\u0001')
    void extractsTheQuantitiesOfEachCase(String text, String expected, String why) {
        assertEquals(Cases.expected(expected), Cases.keys(EnglishNumbers.extract(Cases.text(text))), why);
    }

    @Test
    void offsetsIncludeTheCurrencySignAndScaleWord() {
        String text = "with projected revenues around $13.8 million in 2024.";
        List<Quantity> qs = EnglishNumbers.extract(text);
        assertEquals(2, qs.size());
        assertEquals("$13.8 million", qs.get(0).text());
        assertEquals(text.indexOf('$'), qs.get(0).start());
        assertEquals(text.indexOf(" in"), qs.get(0).end());
        assertEquals("2024", qs.get(1).text());
    }

    @Test
    void rangeEndsShareOneCurrencyAndScale() {
        List<Quantity> qs = EnglishNumbers.extract("the $80–100 million OpenAI spent");
        assertEquals(2, qs.size());
        assertEquals("$80–100 million", qs.get(0).text());
        assertEquals(RangeEnd.LOW, qs.get(0).range());
        assertEquals("USD", qs.get(1).currency());
        assertEquals(RangeEnd.HIGH, qs.get(1).range());
    }

    @ParameterizedTest(name = "{0}: weak={1}")
    @CsvSource(delimiter = '|', value = {
            "two models|true", "five months|false", "one month|true", "2 models|false", "ten|true", "eleven|false",
            "one|true", "a million|true", "one million|false", "twenty-five|false"})
    void smallNumberWordsAreWeak(String text, boolean weak) {
        List<Quantity> qs = EnglishNumbers.extract(text);
        assertEquals(1, qs.size(), () -> qs.toString());
        assertEquals(weak, qs.get(0).weak());
    }

    @Test
    void capitalisedMonthNeedsContextOnlyWhenItIsAlsoAWord() {
        assertEquals("date ?-3-?", Cases.keys(EnglishNumbers.extract("It launched in March.")));
        assertEquals("", Cases.keys(EnglishNumbers.extract("May the best model win.")));
        assertEquals("date ?-5-?", Cases.keys(EnglishNumbers.extract("It launched in May.")));
        assertTrue(EnglishNumbers.extract("the march of progress").isEmpty());
    }

    @Test
    void emptyTextGivesNothing() {
        assertEquals(List.of(), EnglishNumbers.extract(""));
    }
}
