package dev.concord.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.check.Finding;
import dev.concord.catalogue.Severity;
import dev.concord.config.Config;
import dev.concord.model.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsCacheTest {
    @TempDir Path dir;

    private static final Finding FULL = new Finding("term-forbidden", Severity.ERROR, "posts/hans/a.md", 3, 7, 3, 11,
            Lang.HANS, "a", "scaling-law", "缩放定律", "规模法则", "avoid “缩放定律”\nuse 规模法则 😀",
            List.of(new Finding.Location("posts/hant/a.md", 3, 7), new Finding.Location("posts/en/a.md", 4, 1)),
            new Finding.Fix("规模法则", 40, 44, 0x1234_5678_9abcL));
    private static final Finding SPARSE = new Finding("structure-mismatch", Severity.WARNING, "posts/en/a.md", 9, 1, 9, 1,
            null, "a", null, null, null, "", List.of(), null);

    @Test
    void findingsComeBackFieldForField() {
        FindingsCache c = FindingsCache.open(dir, "ctx");
        c.put("a", "k1", List.of(FULL, SPARSE));
        c.put("b", "k2", List.of());
        assertTrue(c.write());
        FindingsCache again = FindingsCache.open(dir, "ctx");
        assertEquals(List.of(FULL, SPARSE), again.get("a", "k1"));
        assertEquals(List.of(), again.get("b", "k2"));
        assertNull(again.get("a", "other key"), "another key is a miss");
        assertNull(again.get("c", "k1"));
    }

    @Test
    void anotherContextStartsEmpty() {
        FindingsCache c = FindingsCache.open(dir, "ctx");
        c.put("a", "k1", List.of(FULL));
        c.save();
        assertNull(FindingsCache.open(dir, "ctx2").get("a", "k1"));
        assertEquals(0, FindingsCache.empty(dir, "ctx").size(), "empty() ignores the file (for --fix)");
    }

    @Test
    void retainOnlyDropsPostsThatAreGone() {
        FindingsCache c = FindingsCache.open(dir, "ctx");
        c.put("a", "k1", List.of());
        c.put("b", "k2", List.of());
        c.save();
        FindingsCache again = FindingsCache.open(dir, "ctx");
        again.retainOnly(List.of("b"));
        again.save();
        FindingsCache third = FindingsCache.open(dir, "ctx");
        assertNull(third.get("a", "k1"));
        assertEquals(List.of(), third.get("b", "k2"));
    }

    @Test
    void anUnwritableFolderIsNotAnError() throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        FindingsCache c = FindingsCache.open(file, "ctx"); // its "folder" is a file
        c.put("a", "k", List.of(FULL));
        assertEquals(false, c.write());
    }

    @Test
    void thePostKeyCoversSlugPathsAndBytes() {
        Map<Lang, String> paths = new EnumMap<>(Map.of(Lang.HANT, "posts/hant/a.md", Lang.EN, "posts/en/a.md"));
        Map<String, byte[]> bytes = new HashMap<>(Map.of("posts/hant/a.md", bytes("甲"), "posts/en/a.md", bytes("A")));
        String key = CacheKey.post("a", paths, bytes);
        assertEquals(key, CacheKey.post("a", paths, new HashMap<>(bytes)), "deterministic");
        assertNotEquals(key, CacheKey.post("b", paths, bytes), "slug");
        Map<String, byte[]> changed = new HashMap<>(bytes);
        changed.put("posts/en/a.md", bytes("B"));
        assertNotEquals(key, CacheKey.post("a", paths, changed), "bytes");
        Map<Lang, String> moved = new EnumMap<>(Map.of(Lang.HANT, "posts/hant/a.md", Lang.EN, "posts/en/b.md"));
        Map<String, byte[]> movedBytes = Map.of("posts/hant/a.md", bytes("甲"), "posts/en/b.md", bytes("A"));
        assertNotEquals(key, CacheKey.post("a", moved, movedBytes), "path");
        Map<Lang, String> relabelled = new EnumMap<>(Map.of(Lang.HANS, "posts/hant/a.md", Lang.EN, "posts/en/a.md"));
        assertNotEquals(key, CacheKey.post("a", relabelled, bytes), "variant");
        // Field boundaries count: "ab"+"c" is not "a"+"bc".
        Map<Lang, String> two = new EnumMap<>(Map.of(Lang.HANT, "x", Lang.HANS, "y"));
        assertNotEquals(CacheKey.post("s", two, Map.of("x", bytes("ab"), "y", bytes("c"))),
                CacheKey.post("s", two, Map.of("x", bytes("a"), "y", bytes("bc"))));
    }

    @Test
    void theContextKeyCoversBuildConfigAndGlossary() throws Exception {
        Files.createDirectories(dir.resolve("glossary"));
        Files.writeString(dir.resolve("glossary/terms.yaml"), "terms: []\n");
        Config config = Config.defaults(dir);
        String key = CacheKey.context(config, "build 1");
        assertEquals(key, CacheKey.context(config, "build 1"));
        assertNotEquals(key, CacheKey.context(config, "build 2"), "build");
        Files.writeString(dir.resolve("concord.yaml"), "hant: opencc\n");
        String withConfig = CacheKey.context(config, "build 1");
        assertNotEquals(key, withConfig, "concord.yaml");
        Files.writeString(dir.resolve("glossary/more.yml"), "terms: []\n");
        String withMore = CacheKey.context(config, "build 1");
        assertNotEquals(withConfig, withMore, "a new glossary file");
        Files.writeString(dir.resolve("glossary/terms.yaml"), "terms: [] # edited\n");
        assertNotEquals(withMore, CacheKey.context(config, "build 1"), "an edited glossary file");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
