package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.check.rules.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of spec §6 exists once, is described, and has a defect fixture and a clean twin. */
class RuleCatalogueTest {
    static final List<String> SPEC_IDS = List.of("term-missing", "term-forbidden", "keep-altered", "script-mixed",
            "number-mismatch", "link-mismatch", "code-mismatch", "structure-mismatch", "frontmatter-mismatch",
            "missing-variant", "variant-divergence", "punctuation-style");

    @Test
    void everyRuleHasIdDescriptionAndFixtures() throws Exception {
        Set<String> ids = new HashSet<>();
        List<String> fixtures = RuleFixturesTest.names();
        for (Rule r : Rules.all()) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertTrue(SPEC_IDS.contains(r.id()), "not a spec id: " + r.id());
            assertFalse(r.description().isBlank());
            assertTrue(fixtures.stream().anyMatch(f -> f.startsWith(r.id()) && !f.endsWith("-clean")),
                    "no defect fixture for " + r.id());
            assertTrue(fixtures.contains(r.id() + "-clean"), "no clean twin for " + r.id());
        }
    }

    @Test
    void allSpecRulesAreImplemented() {
        Set<String> ids = new HashSet<>();
        for (Rule r : Rules.all()) ids.add(r.id());
        assertEquals(new HashSet<>(SPEC_IDS), ids);
    }
}
