package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.check.Rule;
import dev.concord.check.rules.Rules;
import com.networknt.schema.JsonSchema;
import dev.concord.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format sarif} output against the SARIF 2.1.0 schema, plus what code scanning relies on. */
class SarifReporterTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/term-forbidden/avoided-renderings");
    private static JsonSchema schema;

    @TempDir
    Path root;

    @BeforeEach
    void setUp() throws IOException {
        if (schema == null) {
            schema = JsonTestSupport.schema(Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json"));
        }
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = root.resolve(FIXTURE.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    private Map<String, Object> sarif() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--format", "sarif", "--root", root.toString(), "--no-cache"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code, "the fixture has error findings: " + err);
        return asMap(JsonTestSupport.parse(out.toString()));
    }

    @Test
    void outputWithFindingsIsValidSarif() {
        Map<String, Object> log = sarif();
        assertEquals(List.of(), JsonTestSupport.validate(schema, log));
        assertFalse(results(log).isEmpty());
    }

    @Test
    void validatorRejectsWhatTheSchemaForbids() {
        Map<String, Object> log = sarif();
        run(log).put("columnKind", "utf8Bytes");
        log.remove("version");
        asMap(results(log).get(0)).put("level", "fatal");
        List<String> errors = JsonTestSupport.validate(schema, log);
        assertTrue(errors.stream().anyMatch(e -> e.contains("required property 'version' not found")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("$.runs[0].columnKind")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("$.runs[0].results[0].level")), errors.toString());
    }

    @Test
    void rulesResultsAndLocations() {
        Map<String, Object> log = sarif();
        Map<String, Object> run = run(log);
        assertEquals("2.1.0", log.get("version"));
        assertEquals("unicodeCodePoints", run.get("columnKind"));
        List<Object> rules = asList(asMap(asMap(run.get("tool")).get("driver")).get("rules"));
        Set<String> ids = new HashSet<>();
        for (Object r : rules) {
            Map<String, Object> rule = asMap(r);
            ids.add((String) rule.get("id"));
            assertFalse(((String) asMap(rule.get("shortDescription")).get("text")).isBlank(), rule.toString());
        }
        assertEquals(Rules.all().stream().map(Rule::id).collect(java.util.stream.Collectors.toSet()), ids);

        Map<String, Object> hans = results(log).stream().map(SarifReporterTest::asMap)
                .filter(r -> uri(r).equals("posts/hans/post.md")).findFirst().orElseThrow();
        assertEquals("term-forbidden", hans.get("ruleId"));
        assertEquals("term-forbidden", asMap(rules.get((Integer) hans.get("ruleIndex"))).get("id"));
        Map<String, Object> region = region(hans);
        // 研究者认为“缩放定律”: the term starts at code point 7 of line 11 and ends before column 11.
        assertEquals(11, region.get("startLine"));
        assertEquals(7, region.get("startColumn"));
        assertEquals(11, region.get("endColumn"));
        assertTrue(((String) asMap(hans.get("message")).get("text")).contains("缩放定律"));
    }

    @Test
    void fingerprintsSurviveEditsElsewhereInTheFile() throws IOException {
        Map<String, Object> before = hansResult(sarif());
        Path hans = root.resolve("posts/hans/post.md");
        String text = Files.readString(hans, StandardCharsets.UTF_8);
        // An unrelated line inserted above the finding (in every variant, so the posts stay aligned).
        for (String v : List.of("hans", "hant", "en")) {
            Path p = root.resolve("posts/" + v + "/post.md");
            Files.writeString(p, Files.readString(p).replace("\n## ", "\n<!-- moved -->\n\n## "), StandardCharsets.UTF_8);
        }
        assertNotEquals(text, Files.readString(hans));
        Map<String, Object> after = hansResult(sarif());
        assertNotEquals(region(before).get("startLine"), region(after).get("startLine"), "the edit must move the finding");
        assertEquals(before.get("partialFingerprints"), after.get("partialFingerprints"));
        assertFalse(asMap(before.get("partialFingerprints")).isEmpty());
    }

    private static Map<String, Object> hansResult(Map<String, Object> log) {
        return results(log).stream().map(SarifReporterTest::asMap).filter(r -> uri(r).equals("posts/hans/post.md")).findFirst().orElseThrow();
    }

    private static Map<String, Object> run(Map<String, Object> log) {
        return asMap(asList(log.get("runs")).get(0));
    }

    private static List<Object> results(Map<String, Object> log) {
        return asList(run(log).get("results"));
    }

    private static Map<String, Object> physical(Map<String, Object> result) {
        return asMap(asMap(asList(result.get("locations")).get(0)).get("physicalLocation"));
    }

    private static String uri(Map<String, Object> result) {
        return (String) asMap(physical(result).get("artifactLocation")).get("uri");
    }

    private static Map<String, Object> region(Map<String, Object> result) {
        return asMap(physical(result).get("region"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        return (List<Object>) o;
    }
}
