package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.check.rules.Rules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md's table is the catalogue's: between its two marker comments the file must equal
 * {@code concord rules --format markdown} for the rules that ship (those of the main source set,
 * not the test-only ones). Run with {@code -Dconcord.docs.write=true} to rewrite the table.
 */
class RuleDocsTest {
    static final Path DOC = Path.of("docs/rules.md");
    static final String BEGIN = "<!-- rules:begin (generated from the rule catalogue: concord rules --format markdown) -->\n";
    static final String END = "<!-- rules:end -->\n";

    @Test
    void theRulesTableIsTheCatalogue() throws Exception {
        var shipped = Rules.class.getProtectionDomain().getCodeSource().getLocation();
        List<RuleCatalogue.Entry> rules = RuleCatalogue.entries().stream()
                .filter(e -> e.type().getProtectionDomain().getCodeSource().getLocation().equals(shipped)).toList();
        StringWriter table = new StringWriter();
        try (PrintWriter w = new PrintWriter(table)) {
            RulesCommand.markdown(rules, w);
        }
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int b = doc.indexOf(BEGIN), e = doc.indexOf(END);
        assertTrue(b >= 0 && e > b, "docs/rules.md has the markers " + BEGIN.strip() + " and " + END.strip());
        String expected = doc.substring(0, b + BEGIN.length()) + table.toString().replace("\r\n", "\n") + doc.substring(e);
        if (Boolean.getBoolean("concord.docs.write")) Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        assertEquals(expected, doc, "docs/rules.md is out of date: mvn test -Dtest=RuleDocsTest -Dconcord.docs.write=true");
    }
}
