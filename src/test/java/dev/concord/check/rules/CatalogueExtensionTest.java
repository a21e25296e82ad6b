package dev.concord.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.catalogue.Severity;
import dev.concord.cli.Main;
import dev.concord.config.ConfigLoader;
import dev.concord.model.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a rule is one class: {@link TodoMarkerRule}, which exists only in the test source set and
 * is named nowhere else in the code, is accepted by config validation, listed by SARIF and by
 * {@code concord rules}, and run by check.
 */
class CatalogueExtensionTest {
    @TempDir Path dir;

    @Test
    void configValidationAcceptsTheNewRuleAndStillRejectsUnknownIds() throws Exception {
        assertEquals(TodoMarkerRule.class, RuleCatalogue.get("todo-marker").type());
        Files.writeString(dir.resolve("concord.yaml"), "rules:\n  todo-marker: error\n");
        assertEquals(Severity.ERROR, ConfigLoader.load(dir).rules().get("todo-marker"));
        Files.writeString(dir.resolve("concord.yaml"), "rules:\n  todo-markers: error\n");
        InputException e = assertThrows(InputException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.getMessage().contains("todo-markers"), e.getMessage());
    }

    @Test
    void sarifAndTheRulesCommandListTheNewRule() {
        String sarif = run("check", "-C", "src/test/resources/fixtures/todo-marker/left-in-prose", "--format", "sarif", "--no-cache");
        assertTrue(sarif.contains("{\"id\": \"todo-marker\", \"shortDescription\": {\"text\": \"A TODO marker was left in a post's prose.\"}"), sarif);
        assertTrue(sarif.contains("\"ruleId\": \"todo-marker\""), "the configured rule ran: " + sarif);
        String rules = run("rules");
        assertTrue(rules.lines().anyMatch(l -> l.startsWith("todo-marker ") && l.contains(" off ")), rules);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
        return out.toString();
    }
}
