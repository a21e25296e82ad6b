package dev.concord.check.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;

class NumberPropertiesTest {

    @Property
    void groupingSeparatorsNeverChangeTheValue(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long n) {
        String grouped = String.format(Locale.ROOT, "%,d", n);
        String plain = Long.toString(n);
        assertEquals(key(ChineseNumbers.extract("共 " + plain + " 個")), key(ChineseNumbers.extract("共 " + grouped + " 個")));
        assertEquals(key(EnglishNumbers.extract("about " + plain + " units")),
                key(EnglishNumbers.extract("about " + grouped + " units")));
        assertEquals("plain " + plain, key(EnglishNumbers.extract("about " + grouped + " units")));
    }

    @Property
    void fullWidthDigitsEqualAsciiDigits(@ForAll @BigRange(min = "0", max = "100000000") @Scale(3) BigDecimal v) {
        String ascii = v.toPlainString();
        StringBuilder wide = new StringBuilder();
        for (char c : ascii.toCharArray()) wide.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        assertEquals(key(ChineseNumbers.extract("約 " + ascii + " 萬")), key(ChineseNumbers.extract("約 " + wide + " 萬")));
        assertEquals(key(ChineseNumbers.extract("約 " + ascii + "%")), key(ChineseNumbers.extract("約 " + wide + "％")));
    }

    @Property
    void chineseNumeralsReadBackTheirValue(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long n) {
        assertEquals(0, BigDecimal.valueOf(n).compareTo(ChineseNumerals.parse(render(n), ChineseNumerals.ZHAO)),
                () -> render(n));
    }

    @Property
    void wanAfterDigitsEqualsTheEnglishFigure(@ForAll @LongRange(min = 1, max = 99_999) long n) {
        NumberComparison.Result r = NumberComparison.compare(
                ChineseNumbers.extract("收入 " + n + " 萬美元"),
                EnglishNumbers.extract(String.format(Locale.ROOT, "revenue of $%,d", n * 10_000)));
        assertTrue(r.agree(), r::toString);
    }

    @Property(tries = 3000)
    void extractionNeverFailsAndSpansAreTheTextAsWritten(
            @ForAll @StringLength(max = 40) @NumericChars
            @Chars({'萬', '億', '兆', '十', '百', '千', '一', '二', '兩', '零', '年', '月', '個', '至', '-', '–', '.', ',',
                    '%', '$', '元', ' ', '\n', 'B', 'x', 'M', '第', '分', '之', '點', ':', '/', '#', '（', '）'})
            String text,
            @ForAll @StringLength(max = 40) @NumericChars
            @Chars({'m', 'i', 'l', 'o', 'n', 't', 'w', ' ', '$', '-', '–', 'a', 'y', 'e', 'r', 's', 'M', 'N', 'v', '.', ','})
            String english) {
        check(text, ChineseNumbers.extract(text));
        check(english, EnglishNumbers.extract(english));
    }

    /**
     * Sentences of number words, units and joints in any order, as the character soup above cannot
     * spell them: "1 hour, 4 minutes and 12 seconds" once failed with an index out of bounds.
     */
    @Property(tries = 3000)
    void extractionOfWordSequencesNeverFails(@ForAll("englishWords") List<String> en, @ForAll("chineseWords") List<String> zh) {
        String english = String.join(" ", en), chinese = String.join("", zh);
        check(english, EnglishNumbers.extract(english));
        check(chinese, ChineseNumbers.extract(chinese));
        NumberComparison.compare(ChineseNumbers.extract(chinese), EnglishNumbers.extract(english));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<String>> englishWords() {
        return net.jqwik.api.Arbitraries.of("1", "4", "12", "2.5", "1,000", "3:58:41", "10:30", "1:1.2", "$15/1M", "a", "an",
                "one", "two", "ten", "twenty", "dozen", "half", "three", "quarter", "quarters", "of", "hour", "hours", "minute",
                "minutes", "second", "seconds", "h", "min", "s", "day", "days", "month", "months", "year", "years", "and", ",",
                "to", "in", "%", "percent", "basis", "points", "point", "more", "than", "fold", "thirtyfold", "billion",
                "million", "kcal", "g", "grams", "sq", "ft", "May", "March", "2025", "-", "–", "per", "(", ")", "\"", "H800", "3B")
                .list().ofMaxSize(12);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<String>> chineseWords() {
        return net.jqwik.api.Arbitraries.of("1", "4", "12", "2.5", "一", "两", "三", "十", "百", "千", "万", "亿", "小时", "分", "分钟",
                "秒", "天", "个月", "年", "零", "又", "和", "至", "到", "比", "：", "%", "千卡", "大卡", "克", "斤", "个基点", "个百分点",
                "倍", "多", "这", "前", "成", "第", "规则", "“", "”", "March 4, 2025", "H800", "3B", " ")
                .list().ofMaxSize(12);
    }

    private static void check(String text, List<Quantity> qs) {
        for (Quantity q : qs) {
            assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), q::toString);
            assertEquals(text.substring(q.start(), q.end()), q.text());
        }
    }

    private static String key(List<Quantity> qs) {
        return Cases.keys(qs);
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** The standard written form: 一億零五萬, 三千零五, 十五 at the front, 一十五 after a scale. */
    static String render(long n) {
        StringBuilder out = new StringBuilder();
        long[] scales = {100_000_000L, 10_000L, 1L};
        String[] names = {"億", "萬", ""};
        boolean started = false;
        boolean zero = false;
        for (int k = 0; k < scales.length; k++) {
            int section = (int) ((n / scales[k]) % 10_000);
            if (k == 0) section = (int) (n / scales[0]);
            if (section == 0) {
                if (started) zero = true;
                continue;
            }
            if (started && (zero || section < 1000)) out.append('零');
            out.append(section(section, started));
            out.append(names[k]);
            started = true;
            zero = false;
        }
        return out.toString();
    }

    private static String section(int v, boolean afterScale) {
        StringBuilder b = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean zero = false;
        boolean any = false;
        for (int k = 0; k < 4; k++) {
            int d = (v / units[k]) % 10;
            if (d == 0) {
                if (any) zero = true;
                continue;
            }
            if (zero) b.append('零');
            if (!(d == 1 && k == 2 && !any && !afterScale)) b.append(DIGITS.charAt(d));
            b.append(names[k]);
            any = true;
            zero = false;
        }
        return b.toString();
    }
}
