package dev.concord.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLinter;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled glossary is used only while everything it was compiled from is unchanged: each
 * input is changed in turn and the next load compiles again, returning the new terms; a glossary
 * with problems is never cached; a damaged or unwritable cache only costs the compile.
 */
class GlossaryCacheTest {
    @TempDir Path root;

    private static final String TERMS = """
            terms:
              - id: scaling-law
                en: [scaling law, scaling laws]
                hans: 规模法则
                hant: 規模法則
                avoid:
                  hans: [缩放定律]
                  hant: [縮放定律]
              - id: deepseek
                keep: DeepSeek
                note: a company
            """;

    private Path cacheDir() {
        return root.resolve(".concord/cache");
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private GlossaryCache.Loaded load(List<String> entries, String build) {
        return GlossaryCache.load(root, entries, cacheDir(), build);
    }

    /** What the YAML gives now: the cache must always return exactly this. */
    private Glossary fresh(List<String> entries) {
        Glossary g = GlossaryLoader.load(root, entries);
        GlossaryLinter.requireClean(g);
        return g;
    }

    private void assertLoads(List<String> entries, String build, boolean fromCache) {
        GlossaryCache.Loaded loaded = load(entries, build);
        assertEquals(fromCache, loaded.fromCache(), fromCache ? "should come from the cache" : "should be compiled again");
        assertEquals(fresh(entries).terms(), loaded.glossary().terms());
    }

    @Test
    void anUnchangedGlossaryComesFromTheCache() throws IOException {
        write("glossary/terms.yaml", TERMS);
        assertLoads(List.of("glossary"), "b1", false);
        assertTrue(Files.isRegularFile(cacheDir().resolve("glossary")));
        assertTrue(Files.isRegularFile(cacheDir().resolve(".gitignore")), "machine state stays out of git");
        assertLoads(List.of("glossary"), "b1", true);
        assertEquals(2, load(List.of("glossary"), "b1").glossary().size());
    }

    @Test
    void theMatchersComeBackFromTheCacheAndFindWhatFreshOnesFind() throws IOException {
        write("glossary/terms.yaml", TERMS);
        assertLoads(List.of("glossary"), "b1", false);
        GlossaryCache.Loaded cached = load(List.of("glossary"), "b1");
        assertTrue(cached.fromCache());
        Glossary fresh = fresh(List.of("glossary"));
        String text = "Scaling laws and 规模法则 / 規模法則, not 缩放定律 or 縮放定律; DeepSeek, Deep-seek.";
        for (dev.concord.model.Lang l : dev.concord.model.Lang.values()) {
            var fromCache = cached.glossary().matcher(l);
            assertEquals(fresh.matcher(l).find(text).toString(), fromCache.find(text).toString(), l.toString());
            assertTrue(fromCache == cached.glossary().matcher(l), "the glossary keeps the matcher it was given");
        }
    }

    @Test
    void termDetailsComeBackFromTheCache() throws IOException {
        write("glossary/terms.yaml", TERMS + """
                  - id: tensor
                    source-id: c7
                    en: tensor
                    hans: 张量
                    hant: 張量
                    note: {all: a maths word, hant: also 張量積 in papers}
                    definition: {en: a multi-dimensional array}
                    pos: noun
                    subject: machine learning
                """);
        assertLoads(List.of("glossary"), "b1", false);
        assertLoads(List.of("glossary"), "b1", true);
        var details = load(List.of("glossary"), "b1").glossary().get("tensor").details();
        assertEquals("c7", details.sourceId());
        assertEquals("also 張量積 in papers", details.notes().get(dev.concord.model.Lang.HANT));
    }

    @Test
    void eachInputChangedInTurnCompilesAgain() throws IOException {
        List<String> folder = List.of("glossary");
        write("glossary/terms.yaml", TERMS);
        assertLoads(folder, "b1", false);
        assertLoads(folder, "b1", true);

        // a glossary file's bytes (one character of a rendering)
        write("glossary/terms.yaml", TERMS.replace("缩放定律", "缩放定理"));
        assertLoads(folder, "b1", false);
        assertTrue(load(folder, "b1").glossary().get("scaling-law").avoid(dev.concord.model.Lang.HANS).contains("缩放定理"));
        assertLoads(folder, "b1", true);

        // a file added to a glossary folder, then removed
        write("glossary/more.yml", "terms:\n  - id: cursor\n    en: cursor\n    hans: 光标\n    hant: 游標\n");
        assertLoads(folder, "b1", false);
        assertEquals(3, load(folder, "b1").glossary().size());
        Files.delete(root.resolve("glossary/more.yml"));
        assertLoads(folder, "b1", false);
        assertLoads(folder, "b1", true);

        // another build of concord (a new jar)
        assertLoads(folder, "b2", false);
        assertLoads(folder, "b2", true);

        // other glossary entries in the config
        assertLoads(List.of("glossary/terms.yaml"), "b2", false);
        assertLoads(List.of("glossary/terms.yaml"), "b2", true);

        // the same bytes with a line ending changed (terms keep their line numbers for messages)
        write("glossary/terms.yaml", "\n" + Files.readString(root.resolve("glossary/terms.yaml")));
        GlossaryCache.Loaded shifted = load(List.of("glossary/terms.yaml"), "b2");
        assertFalse(shifted.fromCache());
        assertEquals(3, shifted.glossary().get("scaling-law").line());
    }

    @Test
    void anotherRootWithTheSameCacheFolderCompilesAgain() throws IOException {
        write("a/glossary/terms.yaml", TERMS);
        write("b/glossary/terms.yaml", TERMS);
        Path cache = root.resolve("shared-cache");
        assertFalse(GlossaryCache.load(root.resolve("a"), List.of("glossary"), cache, "b1").fromCache());
        assertTrue(GlossaryCache.load(root.resolve("a"), List.of("glossary"), cache, "b1").fromCache());
        assertFalse(GlossaryCache.load(root.resolve("b"), List.of("glossary"), cache, "b1").fromCache());
    }

    @Test
    void aGlossaryWithProblemsIsNeverCached() throws IOException {
        // two terms claim one rendering: the lint refuses it, every time
        write("glossary/terms.yaml", TERMS + "  - id: other\n    en: other\n    hans: 规模法则\n    hant: 其他\n");
        for (int i = 0; i < 2; i++) {
            InputException e = assertThrows(InputException.class, () -> load(List.of("glossary"), "b1"));
            assertTrue(e.getMessage().contains("规模法则"), e.getMessage());
        }
        assertFalse(Files.exists(cacheDir().resolve("glossary")));
        // malformed YAML after a good compile: the cache no longer matches, the error is reported
        write("glossary/terms.yaml", TERMS);
        assertLoads(List.of("glossary"), "b1", false);
        write("glossary/terms.yaml", TERMS + "  - id: [\n");
        assertThrows(InputException.class, () -> load(List.of("glossary"), "b1"));
    }

    @Test
    void aDamagedCacheIsCompiledAgain() throws IOException {
        write("glossary/terms.yaml", TERMS);
        assertLoads(List.of("glossary"), "b1", false);
        Path file = cacheDir().resolve("glossary");
        byte[] bytes = Files.readAllBytes(file);
        for (int cut : new int[] {0, 5, bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(bytes, cut));
            assertLoads(List.of("glossary"), "b1", false);
            assertLoads(List.of("glossary"), "b1", true);
        }
        byte[] extra = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        Files.write(file, extra);
        assertLoads(List.of("glossary"), "b1", false);
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsTheCompile() throws IOException {
        write("glossary/terms.yaml", TERMS);
        write(".concord/cache", "a file where the folder should be");
        assertLoads(List.of("glossary"), "b1", false);
        assertLoads(List.of("glossary"), "b1", false);
    }
}
