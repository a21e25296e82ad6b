package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code --format json} has exactly the documented shape (docs/cli.md), and the exit code does not depend on the format. */
class JsonReportShapeTest {
    static final Set<String> REQUIRED = Set.of("rule", "severity", "file", "line", "column", "endLine", "endColumn", "message");
    static final Set<String> ALLOWED = Set.of("rule", "severity", "file", "line", "column", "endLine", "endColumn",
            "variant", "post", "term", "found", "expected", "message", "related", "fix");

    private static Object[] run(String fixture, String format) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"check", "-C", "src/test/resources/fixtures/" + fixture, "--format", format, "--no-cache"},
                new PrintWriter(out), new PrintWriter(err));
        return new Object[] {code, out.toString()};
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsHaveTheSpecifiedFieldsAndTypes() {
        for (String fixture : List.of("term-forbidden/avoided-renderings", "structure-mismatch/dropped-paragraph",
                "number-mismatch/changed", "missing-variant/no-en")) {
            Object[] r = run(fixture, "json");
            Map<String, Object> root = (Map<String, Object>) JsonTestSupport.parseLongs((String) r[1]);
            assertEquals(Set.of("version", "findings", "summary"), root.keySet());
            assertEquals(1L, root.get("version"));
            List<Object> findings = (List<Object>) root.get("findings");
            assertFalse(findings.isEmpty(), fixture);
            long errors = 0, warnings = 0;
            for (Object o : findings) {
                Map<String, Object> f = (Map<String, Object>) o;
                assertTrue(f.keySet().containsAll(REQUIRED), "required fields in " + f);
                assertTrue(ALLOWED.containsAll(f.keySet()), "only specified fields in " + f.keySet());
                String file = (String) f.get("file");
                assertTrue(file.startsWith("posts/") && !file.contains("\\"), "root-relative with /: " + file);
                assertTrue((Long) f.get("line") >= 1 && (Long) f.get("column") >= 1, "1-based");
                assertTrue(Set.of("error", "warning").contains(f.get("severity")));
                if ("error".equals(f.get("severity"))) errors++; else warnings++;
                if (f.containsKey("related")) {
                    for (Object rel : (List<Object>) f.get("related")) {
                        assertEquals(Set.of("file", "line", "column"), ((Map<String, Object>) rel).keySet());
                    }
                }
                if (f.containsKey("fix")) assertEquals(Set.of("replacement"), ((Map<String, Object>) f.get("fix")).keySet());
                assertFalse(f.containsValue(null), "fields that do not apply are left out");
            }
            Map<String, Object> summary = (Map<String, Object>) root.get("summary");
            assertEquals(Set.of("posts", "files", "errors", "warnings"), summary.keySet());
            assertEquals(errors, summary.get("errors"));
            assertEquals(warnings, summary.get("warnings"));
            assertEquals(errors > 0 ? 1 : 0, r[0], "exit code follows error findings in json too");
            assertEquals(r[0], run(fixture, "text")[0], "same exit code whatever the format");
        }
    }

    @Test
    void columnsCountCodePoints() {
        // 缩放定律 in hans line 11 starts after 研究者认为“ : six code points, so column 7 (not a UTF-8 byte count).
        Object[] r = run("term-forbidden/avoided-renderings", "json");
        assertTrue(((String) r[1]).contains("\"file\": \"posts/hans/post.md\", \"line\": 11, \"column\": 7, \"endLine\": 11, \"endColumn\": 11"),
                (String) r[1]);
    }
}
