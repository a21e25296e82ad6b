package dev.concord.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryLinterTest {
    private static List<String> lint(String yaml) {
        return GlossaryLinter.lint(GlossaryTestSupport.of(yaml)).stream().map(GlossaryProblem::toString).toList();
    }

    @Test
    void sampleGlossaryIsClean() {
        assertEquals(List.of(), GlossaryLinter.lint(GlossaryTestSupport.sample()));
    }

    @Test
    void renderingClaimedByTwoTermsCaseInsensitively() {
        assertEquals(List.of("glossary/test.yaml:4: en rendering 'Open Source' is also claimed by term 'a' (glossary/test.yaml:2)"),
                lint("terms:\n  - id: a\n    en: open source\n  - id: b\n    en: Open Source\n"));
    }

    @Test
    void caseExactTermsMayDifferOnlyInCase() {
        assertEquals(List.of(), lint("terms:\n  - id: a\n    en: Apple\n    case: exact\n  - id: b\n    en: apple\n    case: exact\n"));
        assertEquals(1, lint("terms:\n  - id: a\n    en: Apple\n    case: exact\n  - id: b\n    en: apple\n").size());
    }

    @Test
    void hanRenderingClaimedTwiceAndListedTwice() {
        assertEquals(List.of(
                        "glossary/test.yaml:2: hans rendering '模型' is listed twice",
                        "glossary/test.yaml:4: hans rendering '模型' is also claimed by term 'a' (glossary/test.yaml:2)"),
                lint("terms:\n  - id: a\n    hans: [模型, 模型]\n  - id: b\n    hans: 模型\n"));
    }

    @Test
    void keepStringClashingWithARendering() {
        assertEquals(List.of("glossary/test.yaml:4: en rendering 'yi-lightning' is also claimed by term 'k' (glossary/test.yaml:2)"),
                lint("terms:\n  - id: k\n    keep: Yi-Lightning\n  - id: x\n    en: yi-lightning\n"));
    }

    @Test
    void avoidAlsoAccepted() {
        assertEquals(List.of("glossary/test.yaml:4: hans avoid rendering '规模定律' is accepted by term 'a' (glossary/test.yaml:2)"),
                lint("terms:\n  - id: a\n    hans: 规模定律\n  - id: b\n    hans: 规模法则\n    avoid:\n      hans: [规模定律]\n"));
        assertEquals(List.of("glossary/test.yaml:2: en avoid rendering 'LLM' is accepted by this term"),
                lint("terms:\n  - id: a\n    en: llm\n    avoid: {en: [LLM]}\n"));
    }

    @Test
    void wrongScriptRenderings() {
        assertEquals(List.of("glossary/test.yaml:2: hant rendering '规模法則' contains the simplified-only character '规'"),
                lint("terms:\n  - id: a\n    hant: 规模法則\n    hans: 规模法则\n"));
        assertEquals(List.of("glossary/test.yaml:2: hans rendering '頭发' contains the traditional-only character '頭'"),
                lint("terms:\n  - id: a\n    hant: 頭髮\n    hans: 頭发\n"));
        // characters of both scripts never count
        assertEquals(List.of(), lint("terms:\n  - id: a\n    hant: 干里台\n    hans: 干里台\n"));
    }

    @Test
    void duplicateIdsAndEmptyRenderingsInAProgrammaticGlossary() {
        Term a = new Term("x", Map.of(Lang.EN, List.of("A")), Map.of(), null, false, null, "g.yaml", 2);
        Term b = new Term("x", Map.of(Lang.EN, List.of(" ")), Map.of(), null, false, null, "g.yaml", 5);
        List<String> problems = GlossaryLinter.lint(new Glossary(List.of(a, b))).stream().map(GlossaryProblem::toString).toList();
        assertEquals(List.of("g.yaml:5: duplicate id 'x' (first at g.yaml:2)", "g.yaml:5: en: empty rendering"), problems);
    }

    @Test
    void requireCleanThrowsTheFirstProblem() {
        Glossary g = GlossaryTestSupport.of("terms:\n  - id: a\n    en: x\n  - id: b\n    en: X\n  - id: c\n    en: x\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLinter.requireClean(g));
        assertEquals("glossary/test.yaml", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("and 1 more"), e.getMessage());
    }
}
