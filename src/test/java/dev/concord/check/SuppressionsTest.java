package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.catalogue.Severity;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The concord-disable comments of a file, on a real parse: which (line, rule) they silence. */
class SuppressionsTest {
    /** The lines 1..last at which a finding of {@code rule} is suppressed. */
    static List<Integer> suppressed(String text, String rule) {
        Suppressions s = new Suppressions(MarkdownParser.parse(SourceText.of("post.md", text)));
        List<Integer> out = new ArrayList<>();
        int lines = text.split("\n", -1).length;
        for (int line = 1; line <= lines; line++) {
            Finding f = new Finding(rule, Severity.ERROR, "post.md", line, 1, line, 2, null, "post", null, null, null, "m",
                    List.of(), null);
            if (s.suppresses(f)) out.add(line);
        }
        return out;
    }

    @Test
    void disableUntilEnableForTheNamedRulesOnly() {
        String text = "one\n\n<!-- concord-disable term-missing,code-mismatch -->\nfour\n\n<!-- concord-enable -->\nseven\n";
        assertEquals(List.of(3, 4, 5, 6), suppressed(text, "term-missing"));
        assertEquals(List.of(3, 4, 5, 6), suppressed(text, "code-mismatch"));
        assertEquals(List.of(), suppressed(text, "number-mismatch"));
    }

    @Test
    void disableWithoutRulesSilencesEveryRuleToTheEndWhenNeverEnabled() {
        String text = "one\n\n<!-- concord-disable -->\nfour\n\nsix\n";
        assertEquals(List.of(3, 4, 5, 6, 7), suppressed(text, "link-mismatch"));
    }

    @Test
    void disableNextLineCoversTheNextNonBlankLineOnly() {
        String text = "one\n<!-- concord-disable-next-line number-mismatch -->\n\nfour\nfive\n";
        assertEquals(List.of(2, 3, 4), suppressed(text, "number-mismatch"));
        assertEquals(List.of(), suppressed(text, "term-missing"));
    }

    @Test
    void enableOfOtherRulesLeavesARegionOpen() {
        String text = "<!-- concord-disable term-missing -->\ntwo\n<!-- concord-enable code-mismatch -->\nfour\n<!-- concord-enable term-missing -->\nsix\n";
        assertEquals(List.of(1, 2, 3, 4, 5), suppressed(text, "term-missing"));
    }

    @Test
    void directivesInsideCodeAreCodeNotDirectives() {
        String text = "```html\n<!-- concord-disable -->\n```\n\nfive\n";
        assertEquals(List.of(), suppressed(text, "term-missing"));
    }
}
