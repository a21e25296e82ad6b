package dev.concord.glossary;

import static dev.concord.glossary.GlossaryTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryLoaderTest {
    @TempDir
    Path root;

    @Test
    void loadsFolderSortedByNameWithFileAndLine() {
        Glossary g = GlossaryTestSupport.sample();
        // models.yml sorts before terms.yaml
        assertEquals(List.of("yi-34b", "gpt", "01-ai", "scaling-law", "yi-lightning", "ai", "open-source"),
                g.terms().stream().map(Term::id).toList());
        Term t = g.get("scaling-law");
        assertEquals("glossary/terms.yaml", t.file());
        assertEquals(7, t.line());
        assertEquals(List.of("scaling law", "scaling laws"), t.accepted(Lang.EN));
        assertEquals("规模法则", t.preferred(Lang.HANS));
        assertEquals(List.of("縮放定律", "規模定律"), t.avoid(Lang.HANT));
        assertEquals("Company founded by Kai-Fu Lee in March 2023.", g.get("01-ai").note());
        assertTrue(g.get("gpt").caseExact());
    }

    @Test
    void keepTermAcceptsItsStringInEveryVariant() {
        Term t = GlossaryTestSupport.sample().get("yi-lightning");
        assertTrue(t.isKeep());
        assertTrue(t.caseExact());
        for (Lang l : Lang.values()) assertEquals(List.of("Yi-Lightning"), t.accepted(l));
    }

    @Test
    void singleFileEntry() {
        write(root, "g/one.yaml", "terms:\n  - id: x\n    en: X\n");
        Glossary g = GlossaryLoader.load(root, List.of("g/one.yaml"));
        assertEquals(1, g.size());
        assertEquals("g/one.yaml", g.get("x").file());
        assertEquals(2, g.get("x").line());
        assertNull(g.get("x").note());
    }

    @Test
    void missingGlossaryPath() {
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.load(root, List.of("glossary")));
        assertTrue(e.getMessage().startsWith("glossary: glossary not found"), e.getMessage());
    }

    @Test
    void malformedYamlNamesTheLine() {
        write(root, "glossary/bad.yaml", "terms:\n  - id: a\n    en: [x, y\n  - id: b\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.load(root, List.of("glossary")));
        assertEquals("glossary/bad.yaml", e.file());
        assertTrue(e.line() >= 3, e.getMessage());
        assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
    }

    @Test
    void duplicateIdsNameBothLinesAcrossFiles() {
        write(root, "glossary/a.yaml", "terms:\n  - id: dup\n    en: A\n");
        write(root, "glossary/b.yaml", "terms:\n  - id: other\n    en: O\n  - id: dup\n    en: B\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.load(root, List.of("glossary")));
        assertEquals("glossary/b.yaml:4: duplicate id 'dup' (first defined at glossary/a.yaml:2)", e.getMessage());
    }

    @Test
    void unknownKeyNamesItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: a\n    en: A\n    hanz: 甲\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("unknown key 'hanz'"), e.getMessage());
    }

    @Test
    void unknownAvoidVariantAndTopLevelKey() {
        InputException e1 = assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: a\n    en: A\n    avoid:\n      fr: [B]\n"));
        assertEquals(5, e1.line());
        InputException e2 = assertThrows(InputException.class, () -> GlossaryTestSupport.of("term:\n  - id: a\n"));
        assertEquals(1, e2.line());
        assertTrue(e2.getMessage().contains("unknown key 'term'"), e2.getMessage());
    }

    @Test
    void emptyRenderingsAreErrors() {
        InputException e = assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: a\n    en: [A, '']\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("empty rendering"), e.getMessage());
        InputException e2 = assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: a\n    en: A\n    hans:\n"));
        assertTrue(e2.getMessage().contains("hans: empty rendering"), e2.getMessage());
        InputException e3 = assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: a\n    note: nothing\n"));
        assertEquals(2, e3.line());
        assertTrue(e3.getMessage().contains("has no rendering"), e3.getMessage());
    }

    @Test
    void keepTermWithRenderingsIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: k\n    keep: Yi-Lightning\n    hans: 零一闪电\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("keep term"), e.getMessage());
    }

    @Test
    void badShapes() {
        assertEquals(2, assertThrows(InputException.class, () -> GlossaryTestSupport.of("terms:\n  - just a string\n")).line());
        assertEquals(3, assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: a\n    en: {x: y}\n")).line());
        assertEquals(3, assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: a\n    case: upper\n    en: A\n")).line());
        assertEquals(2, assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: two words\n    en: A\n")).line());
        assertEquals(4, assertThrows(InputException.class,
                () -> GlossaryTestSupport.of("terms:\n  - id: a\n    en: A\n    en: B\n")).line());
    }

    @Test
    void emptyFileHasNoTerms() {
        write(root, "glossary/empty.yaml", "");
        write(root, "glossary/nothing.yaml", "terms:\n");
        assertEquals(0, GlossaryLoader.load(root, List.of("glossary")).size());
    }

    @Test
    void invalidUtf8NamesTheFile() throws Exception {
        java.nio.file.Files.createDirectories(root.resolve("glossary"));
        java.nio.file.Files.write(root.resolve("glossary/bin.yaml"), new byte[] {'t', 'e', 'r', 'm', 's', ':', '\n', (byte) 0xC3, 0x28});
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.load(root, List.of("glossary")));
        assertEquals("glossary/bin.yaml", e.file());
        assertEquals(2, e.line());
    }
}
