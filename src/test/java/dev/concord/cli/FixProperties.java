package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code check --fix}: running it twice equals running it once, whatever the line
 * endings and BOM of the files, and it keeps BOM, CRLF and the file mode.
 */
class FixProperties {
    /** Fixtures whose defects include fixable ones (term-forbidden, script-mixed, punctuation, lang:). */
    @Provide
    Arbitrary<String> fixable() {
        return Arbitraries.of("term-forbidden/avoided-renderings", "script-mixed/both-ways", "punctuation-style/swapped",
                "frontmatter-mismatch/lang-and-layout");
    }

    @Property(tries = 12)
    void fixTwiceEqualsFixOnce(@ForAll("fixable") String fixture, @ForAll boolean crlf, @ForAll boolean bom) throws Exception {
        Path dir = Files.createTempDirectory("concord-fix");
        try {
            CliTestSupport.copyFixture(fixture, dir);
            Map<Path, byte[]> original = posts(dir);
            for (Path p : original.keySet()) {
                String text = new String(original.get(p), StandardCharsets.UTF_8);
                if (crlf) text = text.replace("\n", "\r\n");
                Files.write(p, SourceText.encode(text, bom));
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
            }
            CliTestSupport.Result first = CliTestSupport.run("check", "-C", dir.toString(), "--fix");
            assertTrue(first.code() == 0 || first.code() == 1, first.err());
            Map<Path, byte[]> once = posts(dir);
            assertFalse(sameContent(original, once) && !crlf && !bom, "the fixture's fixable defects were fixed");
            CliTestSupport.Result second = CliTestSupport.run("check", "-C", dir.toString(), "--fix");
            assertEquals(first.code(), second.code());
            Map<Path, byte[]> twice = posts(dir);
            assertTrue(sameContent(once, twice), "second --fix changed nothing");
            for (Path p : twice.keySet()) {
                String text = new String(twice.get(p), StandardCharsets.UTF_8);
                assertEquals(bom, text.startsWith("\uFEFF"), "BOM kept in " + p);
                if (crlf) assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF in " + p);
                else assertFalse(text.contains("\r"), "no CR in " + p);
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
                assertEquals(PosixFilePermissions.fromString("rw-r-----"), mode, "mode kept for " + p);
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Map<Path, byte[]> posts(Path dir) throws IOException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir.resolve("posts"))) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) out.put(p, Files.readAllBytes(p));
        }
        return out;
    }

    private static boolean sameContent(Map<Path, byte[]> a, Map<Path, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (Path p : a.keySet()) if (!java.util.Arrays.equals(a.get(p), b.get(p))) return false;
        return true;
    }
}
