package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar concatenates strings without invokedynamic (concord's classes are compiled with
 * -XDstringConcat=inline, flexmark's rewritten by src/build/RetargetClasses.java), which a one-post
 * check's start-up depends on (docs/performance.md); and the rewritten flexmark builds the same
 * strings as the original one.
 */
class InlinedConcatenationIT {
    static final Path JAR = Path.of("target/concord.jar").toAbsolutePath();
    @TempDir Path dir;

    @Test
    void aOnePostCheckLinksNoStringConcatenation() throws Exception {
        List<String> linked = linkedCallSites("src/test/resources/fixtures/term-forbidden/avoided-renderings", "term-forbidden");
        List<String> concat = linked.stream().filter(l -> l.contains("StringConcatFactory")).toList();
        assertEquals(List.of(), concat, "string concatenations linked at run time");
    }

    /**
     * A record's equals, hashCode and toString are invokedynamic call sites too (ObjectMethods):
     * the first call of each builds a method-handle tree and spins tens of classes that no
     * class-data archive keeps (~20 ms of a one-post check). The check path compares blocks and
     * spans by identity or by their fields instead. A post with numbers in every block, so that
     * the number rule reads each block's neighbours.
     */
    @Test
    void aOnePostCheckCallsNoRecordObjectMethods() throws Exception {
        List<String> linked = linkedCallSites("src/test/resources/fixtures/number-mismatch/date-in-neighbour-block-changed", "number-mismatch");
        List<String> records = linked.stream().filter(l -> l.contains("ObjectMethods")).toList();
        assertEquals(List.of(), records, "record methods linked at run time");
    }

    /**
     * Lambdas and method references of concord and flexmark are plain classes made at build time
     * (src/build/RetargetClasses.java): Java 17's class-data archive does not keep the linkage of a
     * LambdaMetafactory call site, so each one linked at run time costs every start
     * (docs/performance.md). The JDK's own lambdas (java.util.regex, streams) are still linked, so
     * the trace is known to list them.
     */
    @Test
    void aOnePostCheckLinksNoLambdaOfConcordOrFlexmark() throws Exception {
        List<String> linked = new ArrayList<>(linkedCallSites("src/test/resources/fixtures/term-forbidden/avoided-renderings", "term-forbidden"));
        linked.addAll(linkedCallSites("src/test/resources/fixtures/number-mismatch/date-in-neighbour-block-changed", "number-mismatch"));
        List<String> lambdas = linked.stream()
                .filter(l -> l.contains("LambdaMetafactory.metafactory("))
                .filter(l -> l.startsWith("linkCallSite dev.concord.") || l.startsWith("linkCallSite com.vladsch.flexmark."))
                .toList();
        assertEquals(List.of(), lambdas, "lambdas of concord or flexmark linked at run time");
    }

    /** Checks the fixture's hant post in a fresh JVM and returns the call sites it linked. */
    private List<String> linkedCallSites(String fixtureDir, String expectedRule) throws Exception {
        Path fixture = Path.of(fixtureDir);
        Path dir = Files.createTempDirectory(this.dir, "post"); // one folder per check: a test may check two posts
        try (var files = Files.walk(fixture)) {
            for (Path f : files.sorted().toList()) {
                Path t = dir.resolve(fixture.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true", "-jar", JAR.toString(),
                "check", "-C", dir.toString(), dir.resolve("posts/hant/post.md").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(out.contains(expectedRule), "the check ran and reported");
        List<String> linked = out.lines().filter(l -> l.startsWith("linkCallSite ")).toList();
        assertTrue(linked.stream().anyMatch(l -> l.contains("LambdaMetafactory")), "the trace lists linked call sites (lambdas)");
        return linked;
    }

    /** Every pattern and string flexmark's Parsing builds by concatenation, original and rewritten. */
    @Test
    void theRewrittenFlexmarkBuildsTheSameStrings() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package first: " + JAR);
        try (URLClassLoader packaged = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            List<String> original = parsingStrings(getClass().getClassLoader());
            List<String> rewritten = parsingStrings(packaged);
            assertTrue(original.size() > 30, "read Parsing's fields: " + original.size());
            assertEquals(original, rewritten);
            assertFalse(rewritten.stream().anyMatch(s -> s.contains("\u0001")), "no recipe placeholder left in a string");
        }
    }

    private static List<String> parsingStrings(ClassLoader loader) throws Exception {
        Class<?> dataSet = Class.forName("com.vladsch.flexmark.util.data.MutableDataSet", true, loader);
        Class<?> holder = Class.forName("com.vladsch.flexmark.util.data.DataHolder", true, loader);
        Class<?> parsing = Class.forName("com.vladsch.flexmark.ast.util.Parsing", true, loader);
        Object instance = parsing.getConstructor(holder).newInstance(dataSet.getConstructor().newInstance());
        List<String> out = new ArrayList<>();
        for (Field f : parsing.getDeclaredFields()) {
            if (f.getType() != String.class && f.getType() != java.util.regex.Pattern.class) continue;
            f.setAccessible(true);
            Object v = f.get(Modifier.isStatic(f.getModifiers()) ? null : instance);
            out.add(f.getName() + "=" + (v instanceof java.util.regex.Pattern pt ? pt.pattern() : v));
        }
        return out;
    }
}
