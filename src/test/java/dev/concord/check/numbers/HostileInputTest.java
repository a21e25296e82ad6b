package dev.concord.check.numbers;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extractors run on every prose block of thousands of files: they must stay linear.
 * Each input is ~200,000 chars; a quadratic scan would take minutes, a linear one milliseconds, so
 * the generous limit only trips on a real blow-up even on a busy machine.
 */
class HostileInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "一", "一萬", "1-", "1 a ", "字 12 ", "one ", "$1–", "1.", "1,000", " ", "2023 年 ",
            "May 2023 ", "百分之", "3 至 ", "twenty-"})
    void linearOnRepeatedFragments(String fragment) {
        String text = fragment.repeat(200_000 / fragment.length());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ChineseNumbers.extract(text);
            EnglishNumbers.extract(text);
        });
    }
}
