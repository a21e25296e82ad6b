package dev.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.catalogue.Severity;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path root;

    private Config load(String yaml) throws IOException {
        Files.writeString(root.resolve("concord.yaml"), yaml, StandardCharsets.UTF_8);
        return ConfigLoader.load(root);
    }

    private InputException error(String yaml) throws IOException {
        Files.writeString(root.resolve("concord.yaml"), yaml, StandardCharsets.UTF_8);
        return assertThrows(InputException.class, () -> ConfigLoader.load(root));
    }

    @Test
    void absentFileGivesDefaults() {
        Config c = ConfigLoader.load(root);
        assertEquals(List.of("glossary"), c.glossary());
        assertEquals("posts/{lang}/{slug}.md", c.layout());
        assertEquals("hans", c.code(Lang.HANS));
        assertEquals("tw", c.hant());
        assertEquals("「」", c.quotes().get(Lang.HANT));
        assertEquals(Map.of(), c.rules());
        assertEquals(root, c.root());
    }

    @Test
    void emptyFileGivesDefaults() throws IOException {
        assertEquals(Config.defaults(root).layout(), load("# nothing yet\n").layout());
    }

    @Test
    void everyKeyAndPartialMapsMergeWithDefaults() throws IOException {
        Config c = load("""
                glossary: [terms.yaml, more]
                layout: "_posts/{lang}/{slug}-{lang}.md"
                langs: {hans: zh}
                hant: opencc
                quotes: {hans: 「」}
                rules:
                  missing-variant: off
                  term-missing: warning
                """);
        assertEquals(List.of("terms.yaml", "more"), c.glossary());
        assertEquals("_posts/{lang}/{slug}-{lang}.md", c.layout());
        assertEquals("zh", c.code(Lang.HANS));
        assertEquals("hant", c.code(Lang.HANT));
        assertEquals("en", c.code(Lang.EN));
        assertEquals(Lang.HANS, c.langOf("zh"));
        assertEquals("opencc", c.hant());
        assertEquals("「」", c.quotes().get(Lang.HANS));
        assertEquals("「」", c.quotes().get(Lang.HANT));
        assertEquals(Map.of("missing-variant", Severity.OFF, "term-missing", Severity.WARNING), c.rules());
    }

    @Test
    void glossaryMayBeOneString() throws IOException {
        assertEquals(List.of("words.yaml"), load("glossary: words.yaml\n").glossary());
    }

    @Test
    void unknownRuleIdNamesTheLine() throws IOException {
        InputException e = error("hant: tw\nrules:\n  term-missing: error\n  term-mising: off\n");
        assertEquals("concord.yaml", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("unknown rule id 'term-mising'"), e.getMessage());
    }

    @Test
    void knownRulesCanBeGiven() throws IOException {
        Files.writeString(root.resolve("concord.yaml"), "rules: {custom: warning}\n");
        assertEquals(Severity.WARNING, ConfigLoader.load(root, Set.of("custom")).rules().get("custom"));
    }

    @Test
    void errorsNameTheLine() throws IOException {
        assertEquals(3, error("hant: tw\n\nlayuot: x\n").line());
        assertTrue(error("hant: tw\nlayuot: x\n").getMessage().contains("unknown key 'layuot'"));
        assertEquals(2, error("layout: posts/{lang}/{slug}.md\nhant: cn\n").line());
        assertTrue(error("layout: posts/{slug}.md\n").getMessage().contains("{lang} and {slug}"));
        assertEquals(2, error("hant: tw\nrules: {term-missing: fatal}\n").line());
        assertEquals(1, error("langs: {fr: fr}\n").line());
        assertTrue(error("langs: {hans: en}\n").getMessage().contains("both use the code 'en'"));
        assertEquals(1, error("quotes: {hant: '\"'}\n").line());
        assertEquals(1, error("- just\n- a list\n").line());
    }

    @Test
    void malformedYaml() throws IOException {
        InputException e = error("hant: tw\nlangs: {hans: zh\nlayout: x\n");
        assertEquals("concord.yaml", e.file());
        assertTrue(e.line() >= 2, e.getMessage());
        assertTrue(e.getMessage().startsWith("concord.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
    }
}
