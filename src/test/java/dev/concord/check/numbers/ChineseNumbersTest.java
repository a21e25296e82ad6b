package dev.concord.check.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvFileSource(resources = "/numbers/zh.tsv", delimiter = '\t', quoteCharacter = '\u0001')
    void extractsTheQuantitiesOfEachCase(String text, String expected, String why) {
        assertEquals(Cases.expected(expected), Cases.keys(ChineseNumbers.extract(Cases.text(text))), why);
    }

    @Test
    void offsetsAndTextPointAtTheQuantityAsWritten() {
        String text = "預計 2024 年收入約為 1380 萬美元，";
        List<Quantity> qs = ChineseNumbers.extract(text);
        assertEquals(2, qs.size());
        assertEquals("2024 年", qs.get(0).text());
        assertEquals(3, qs.get(0).start());
        assertEquals(9, qs.get(0).end());
        Quantity money = qs.get(1);
        assertEquals("1380 萬美元", money.text());
        assertEquals(text.indexOf("1380"), money.start());
        assertEquals(text.indexOf("，"), money.end());
        assertEquals(Kind.MONEY, money.kind());
        assertEquals("USD", money.currency());
        assertEquals(0, new BigDecimal("13800000").compareTo(money.value()));
    }

    @Test
    void aRangeIsTwoQuantitiesSharingTheRangeSpan() {
        String text = "估計用於訓練的 8000 萬至 1 億美元。";
        List<Quantity> qs = ChineseNumbers.extract(text);
        assertEquals(2, qs.size());
        assertEquals(RangeEnd.LOW, qs.get(0).range());
        assertEquals(RangeEnd.HIGH, qs.get(1).range());
        assertEquals("8000 萬至 1 億美元", qs.get(0).text());
        assertEquals(qs.get(0).start(), qs.get(1).start());
        assertEquals(qs.get(0).end(), qs.get(1).end());
    }

    @Test
    void aPrefixedCurrencyStartsTheQuantity() {
        Quantity q = ChineseNumbers.extract("定價為人民幣 0.99 元").get(0);
        assertEquals("人民幣 0.99 元", q.text());
        assertEquals("CNY", q.currency());
    }

    @Test
    void dateFieldsAreStoredSeparately() {
        Quantity q = ChineseNumbers.extract("民國 112 年 3 月").get(0);
        assertEquals(Kind.DATE, q.kind());
        assertEquals(2023, q.year());
        assertEquals(3, q.month());
        assertEquals(0, q.day());
        assertEquals("民國 112 年 3 月", q.text());
    }

    @Test
    void zhaoIsAmbiguousAndOffersBothReadings() {
        Quantity q = ChineseNumbers.extract("3 兆").get(0);
        assertEquals(List.of("plain 3000000000000", "plain 3000000"), q.keys());
        Quantity numeral = ChineseNumbers.extract("三兆").get(0);
        assertEquals(List.of("plain 3000000000000", "plain 3000000"), numeral.keys());
        assertNull(ChineseNumbers.extract("3 億").get(0).alternative());
    }

    @ParameterizedTest(name = "{0}: weak={1}")
    @CsvSource(delimiter = '|', value = {
            "兩個模型|true", "五個月|false", "一個月|true", "2 個模型|false", "十|true", "十一|false", "三十億|false",
            "5 個月|false", "二元分類|true", "兩億|false"})
    void smallNumeralsAreWeak(String text, boolean weak) {
        List<Quantity> qs = ChineseNumbers.extract(text);
        assertEquals(1, qs.size(), () -> qs.toString());
        assertEquals(weak, qs.get(0).weak());
    }

    @Test
    void numeralsAreMarkedAsWords() {
        assertTrue(ChineseNumbers.extract("三十億").get(0).words());
        assertFalse(ChineseNumbers.extract("30 億").get(0).words());
    }

    @Test
    void emptyAndNumberlessTextGiveNothing() {
        assertEquals(List.of(), ChineseNumbers.extract(""));
        assertEquals(List.of(), ChineseNumbers.extract("沒有任何數字的句子。"));
    }
}
