package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.check.rules.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalogue is described, can be created, and has a defect fixture and a clean
 * twin under fixtures/&lt;rule-id&gt;/. The catalogue is read from the code, so a new rule class
 * without fixtures fails here, and no list of ids is kept anywhere else.
 */
class RuleCatalogueTest {
    /** Fixture folders that test the engine rather than one rule. */
    static final Set<String> ENGINE_FIXTURES = Set.of("suppression");

    @Test
    void everyRuleIsDescribedAndHasADefectFixtureAndACleanTwin() throws Exception {
        assertFalse(RuleCatalogue.entries().isEmpty());
        for (RuleCatalogue.Entry e : RuleCatalogue.entries()) {
            assertTrue(e.id().matches("[a-z]+(-[a-z]+)*"), "id " + e.id());
            assertFalse(e.summary().isBlank(), e.id());
            assertFalse(e.details().isBlank(), e.id());
            assertFalse(e.examples().isEmpty(), "no example for " + e.id());
            List<Path> cases = RuleFixturesTest.cases(e.id());
            assertTrue(cases.stream().anyMatch(c -> !RuleFixturesTest.isClean(c)), "no defect fixture under fixtures/" + e.id());
            assertTrue(cases.stream().anyMatch(c -> c.getFileName().toString().equals("clean")), "no fixtures/" + e.id() + "/clean");
        }
    }

    @Test
    void everyRuleOfTheCatalogueIsCreatedAndRun() {
        assertEquals(RuleCatalogue.ids(), Rules.all().stream().map(Rule::id).collect(Collectors.toSet()));
        for (Rule r : Rules.all()) assertEquals(RuleCatalogue.get(r.id()).type(), r.getClass());
    }

    @Test
    void everyFixtureFolderNamesARule() throws Exception {
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> s = Files.list(RuleFixturesTest.FIXTURES)) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                String name = p.getFileName().toString();
                if (RuleCatalogue.get(name) == null && !ENGINE_FIXTURES.contains(name)) unknown.add(name);
            }
        }
        assertEquals(List.of(), unknown, "fixtures are laid out as fixtures/<rule-id>/<case>/");
    }
}
