package dev.concord.check.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "三十億|3000000000",        // Hutool's int overflows to −1,294,967,296
            "三十亿|3000000000",
            "一万二|12000",             // ICU's RBNF says 10002
            "一萬二千|12000",
            "一億五|150000000",
            "十|10", "十五|15", "二十|20", "二十一|21",
            "一百零五|105", "一千零五十|1050", "一百一十|110", "一百一|110",
            "三千五|3500", "兩百五|250",
            "一萬億|1000000000000",
            "三億五千萬|350000000", "一億零五萬|100050000",
            "九千九百九十九萬九千九百九十九|99999999",
            "壹佰貳拾參|123",
            "一千萬億|1000000000000000"})
    void parsesExactly(String run, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumerals.parse(run, ChineseNumerals.ZHAO)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"三四", "三四百", "十十", "百千", "萬", "一萬十萬", "千百"})
    void rejectsMalformedRuns(String run) {
        assertNull(ChineseNumerals.parse(run, ChineseNumerals.ZHAO));
    }
}
