package dev.concord.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.concord.catalogue.Severity;
import dev.concord.model.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying fixes to files: from the end, overlaps deferred, bytes around them kept. */
class FixerTest {
    @TempDir Path root;

    static Finding fix(String file, Severity severity, int start, int end, String replacement) {
        return new Finding("term-forbidden", severity, file, 1, 1, 1, 1, null, "post", null, null, null, "m", List.of(),
                new Finding.Fix(replacement, start, end));
    }

    Path write(String name, byte[] bytes) throws Exception {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    @Test
    void fixesOfOneFileApplyFromTheEndSoOffsetsStayValid() throws Exception {
        Path p = write("a.md", "规模定律与缩放定律".getBytes(StandardCharsets.UTF_8));
        int n = Fixer.apply(root, List.of(fix("a.md", Severity.ERROR, 0, 4, "规模法则"), fix("a.md", Severity.ERROR, 5, 9, "规模法则也是")));
        assertEquals(2, n);
        assertEquals("规模法则与规模法则也是", Files.readString(p));
    }

    @Test
    void anOverlappingFixWaitsForTheNextPass() throws Exception {
        Path p = write("a.md", "abcdef".getBytes(StandardCharsets.UTF_8));
        List<Finding> both = List.of(fix("a.md", Severity.ERROR, 1, 4, "X"), fix("a.md", Severity.ERROR, 2, 5, "Y"));
        assertEquals(1, Fixer.apply(root, both));
        assertEquals("abYf", Files.readString(p), "the later one (by start) first; the overlapping one is left");
    }

    @Test
    void twoInsertionsAtOnePointApplyOnePerPass() throws Exception {
        Path p = write("a.md", "ab".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, Fixer.apply(root, List.of(fix("a.md", Severity.ERROR, 1, 1, "X"), fix("a.md", Severity.ERROR, 1, 1, "Y"))));
        assertEquals(3, Files.readString(p).length());
    }

    @Test
    void bomLineEndingsAndModeAreKept() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "one\r\n“two”\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path p = write("posts/x.md", bytes);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
        // Offsets count the decoded text, without the BOM: “ is at 5 and ” at 9.
        assertEquals(2, Fixer.apply(root, List.of(fix("posts/x.md", Severity.WARNING, 5, 6, "「"), fix("posts/x.md", Severity.WARNING, 9, 10, "」"))));
        byte[] want = "\uFEFFone\r\n「two」\r\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(want, Files.readAllBytes(p));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
        try (var s = Files.list(p.getParent())) {
            assertEquals(List.of(p), s.toList(), "no temporary file left");
        }
    }

    @Test
    void findingsTurnedOffAndFindingsWithoutFixChangeNothing() throws Exception {
        Path p = write("a.md", "abc".getBytes(StandardCharsets.UTF_8));
        Finding noFix = new Finding("code-mismatch", Severity.ERROR, "a.md", 1, 1, 1, 1, null, "post", null, null, null, "m",
                List.of(), null);
        assertEquals(0, Fixer.apply(root, List.of(fix("a.md", Severity.OFF, 0, 1, "X"), noFix)));
        assertEquals("abc", Files.readString(p));
    }

    @Test
    void aFileThatCannotBeReadIsAnInputErrorNamingIt() {
        InputException e = assertThrows(InputException.class, () -> Fixer.apply(root, List.of(fix("gone.md", Severity.ERROR, 0, 1, "X"))));
        assertEquals(true, e.getMessage().contains("gone.md"), e.getMessage());
    }
}
