package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One defect, one finding, whose message says what the other variants have: the rule fixtures
 * check where findings are (a set of file, line and rule, so two findings on one line look like
 * one); this checks how many there are and what they say.
 */
class OneDefectOneFindingTest {
    private static final Pattern MESSAGE = Pattern.compile("\"rule\": \"([a-z-]+)\".*?\"message\": \"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The messages of a fixture's findings, as "rule: message". */
    private static List<String> messages(String fixture) {
        List<String> found = new ArrayList<>();
        Matcher m = MESSAGE.matcher(RuleFixturesTest.checkJson(RuleFixturesTest.FIXTURES.resolve(fixture)));
        while (m.find()) found.add(m.group(1) + ": " + m.group(2));
        return found;
    }

    @Test
    void aBlockWithAnotherLanguageAndOtherLinesIsOneFinding() {
        assertEquals(List.of("code-mismatch: code block has no language, while hant and en have 'bash', and lacks 2 of the 3 lines"
                        + " that hant and en share, from `$ concord check --fix`"),
                messages("code-mismatch/other-block-pasted"));
    }

    @Test
    void aDroppedLinkBesideAChangedOneIsNotCalledAChangeOfIt() {
        List<String> found = messages("link-mismatch/target-dropped-and-changed");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.contains("link-mismatch: link target https://docs.example/api-v2 differs from https://docs.example/api in hant and hans"), found::toString);
        assertTrue(found.contains("link-mismatch: link target https://docs.example/guide that hant and hans have is missing here"), found::toString);
    }

    @Test
    void aMenuPathThatLostALevelNamesWhatTheOthersHave() {
        List<String> found = messages("code-mismatch/localised-menu-path-changed");
        assertTrue(found.contains("code-mismatch: inline code `文件 > 设置` differs from `File > Preferences > Settings` in hant and en"), found::toString);
        assertEquals(2, found.size(), found::toString);
    }

    @Test
    void aSpanTwoVariantsHaveIsReportedOnceWhereItIsGone() {
        assertEquals(List.of("code-mismatch: inline code `0x1：` that hant and hans have is missing here"),
                messages("code-mismatch/code-span-dropped"));
        assertEquals(List.of("code-mismatch: inline code `.so` that hant and hans have is missing here"),
                messages("code-mismatch/repeated-span-dropped"));
    }
}
