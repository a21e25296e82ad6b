package dev.concord.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build step src/build/RetargetClasses.java turns lambdas and method references into classes
 * made at build time, Host$$Lambda$N. The whole suite and the corpus run on rewritten classes,
 * but only with the kinds of call sites concord and flexmark happen to have; this test covers each
 * kind javac emits. Invented classes (src/test/resources/retarget) are compiled with the JDK's
 * compiler, rewritten by the build step as the pom runs it (the java source launcher in a fresh
 * JVM, ASM on its class path), and each host's {@code run()} — a list of what every call returned
 * or threw — must be the same from the original and the rewritten classes, which are loaded (so
 * verified) in class loaders of their own. The rewritten hosts must hold no invokedynamic left,
 * except the call sites the rewrite leaves alone on purpose (serializable lambdas, marker
 * interfaces, adaptations beyond cast, boxing and unboxing, class files before Java 11). A
 * {@code super::} reference is not among them: javac compiles it to a private {@code lambda$}
 * method of the host that makes the super call, and that lambda is rewritten as any other.
 */
class RetargetClassesTest {
    /** ASM's jar, as the pom's antrun step has it (surefire passes its path). */
    private static final String ASM = System.getProperty("retarget.asm", "");

    @TempDir static Path dir;

    /**
     * The invented classes compiled for Java 11 (as flexmark is: javac then names a private
     * instance method, a lambda's body included, with REF_invokeSpecial) and for Java 17 (javac
     * 15 and later use REF_invokeVirtual), each set rewritten on its own.
     */
    static final List<String> RELEASES = List.of("11", "17");

    @BeforeAll
    static void compileAndRewrite() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (ASM.isEmpty() || !Files.isRegularFile(Path.of(ASM))) {
            if (ci) fail("CI: ASM's jar not found (the pom passes it as retarget.asm): " + ASM);
            assumeTrue(false, "ASM's jar not found (run through Maven): " + ASM);
        }
        for (String release : RELEASES) {
            compile(Path.of("src/test/resources/retarget/lambdas"), original(release), release);
            compile(Path.of("src/test/resources/retarget/java8"), original(release), "8");
            copy(original(release), rewritten(release));
            String launched = retarget(rewritten(release));
            assertTrue(launched.contains("lambdas made classes"), launched);
        }
    }

    static Path original(String release) {
        return dir.resolve(release).resolve("original");
    }

    static Path rewritten(String release) {
        return dir.resolve(release).resolve("rewritten");
    }

    private static void compile(Path sources, Path out, String release) throws Exception {
        List<String> args = new ArrayList<>(List.of("--release", release, "-d", out.toString(), "-XDstringConcat=inline", "-nowarn"));
        try (var files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> args.add(f.toString()));
        }
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertEquals(0, rc, errors.toString(StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }

    /** Runs the build step on the folder as the pom runs it on concord's classes: in place. */
    private static String retarget(Path classes) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ASM, "-Dretarget.inPlace=", Path.of("src/build/RetargetClasses.java").toString(), classes.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "RetargetClasses finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    static final List<String> HOSTS = List.of("lam.NonCapturing", "lam.Capturing", "lam.CapturingThis", "lam.MethodReferences",
            "lam.Constructors", "lam.Primitives", "lam.Boxing", "lam.DroppedResult", "lam.GenericCasts",
            "lam.InterfaceMethods", "lam.Varargs", "lam.SuperReference", "lam.InnerClasses", "lam.Skipped", "old.Java8Host");

    static Stream<Arguments> hosts() {
        return RELEASES.stream().flatMap(r -> HOSTS.stream().map(h -> Arguments.of(r, h)));
    }

    @ParameterizedTest(name = "Java {0}: {1}")
    @MethodSource("hosts")
    void theRewrittenHostBehavesAsTheOriginal(String release, String host) throws Exception {
        List<String> before = run(original(release), host);
        List<String> after = run(rewritten(release), host);
        assertTrue(before.size() >= 2, "the host ran its calls: " + before);
        assertEquals(before, after);
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(Path classes, String host) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Method run = Class.forName(host, true, loader).getMethod("run");
            return ((List<String>) run.invoke(null)).stream().map(RetargetClassesTest::jvmNullPointer).toList();
        }
    }

    /**
     * A NullPointerException the JVM throws (unboxing or calling on null) has no message when the
     * metafactory's hidden class throws it (the JVM describes no hidden frame) and "Cannot invoke
     * ... because "<parameter1>" is null" when the made class does: the same exception, from the
     * same instruction; the description is the one difference the rewrite makes.
     */
    private static String jvmNullPointer(String line) {
        return line.replaceAll("threw java\\.lang\\.NullPointerException: (null|Cannot .* because .* is null)$",
                "threw java.lang.NullPointerException (the JVM's)");
    }

    /** Host (and its nest members) -> invokedynamic call sites the rewrite must leave. */
    private static final Map<String, Integer> KEPT = Map.of(
            "lam/Skipped", 4, // a serializable lambda (twice: $deserializeLambda$ makes it again), a marker interface, Integer to long
            "old/Java8Host", 2); // class file version 52: no nestmates

    @ParameterizedTest(name = "Java {0}")
    @MethodSource("releases")
    void noLambdaCallSiteIsLeftButTheSkippedOnes(String release) throws Exception {
        Path original = original(release);
        Path rewritten = rewritten(release);
        List<String> wrong = new ArrayList<>();
        int hosts = 0;
        try (var files = Files.walk(rewritten)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = rewritten.relativize(f).toString().replace('\\', '/').replace(".class", "");
                if (name.contains("$$Lambda$")) continue;
                hosts++;
                String code = javap(f);
                long left = code.lines().filter(l -> l.contains("invokedynamic")).count();
                int expected = KEPT.getOrDefault(name, 0);
                if (left != expected) wrong.add(name + ": " + left + " invokedynamic, expected " + expected);
                long before = javap(original.resolve(rewritten.relativize(f))).lines().filter(l -> l.contains("invokedynamic")).count();
                if (before > expected && !Files.isRegularFile(rewritten.resolve(name + "$$Lambda$0.class"))) wrong.add(name + ": no Host$$Lambda$0 class made");
            }
        }
        assertTrue(hosts > 15, "read the hosts: " + hosts);
        assertEquals(List.of(), wrong);
    }

    static Stream<String> releases() {
        return RELEASES.stream();
    }

    @ParameterizedTest(name = "Java {0}")
    @MethodSource("releases")
    void theSkippedKindsKeepTheirBootstraps(String release) throws Exception {
        Path rewritten = rewritten(release);
        String skipped = javap(rewritten.resolve("lam/Skipped.class"));
        assertTrue(skipped.contains("LambdaMetafactory.altMetafactory"), "serializable and marker lambdas keep altMetafactory");
        assertFalse(Files.exists(rewritten.resolve("old/Java8Host$$Lambda$0.class")), "no class made for a Java 8 host");
    }

    /** Running the step again changes nothing: no call site left to replace, no stale class. */
    @ParameterizedTest(name = "Java {0}")
    @MethodSource("releases")
    void aSecondRunChangesNothing(String release) throws Exception {
        Path rewritten = rewritten(release);
        Path again = dir.resolve(release).resolve("again");
        copy(rewritten, again);
        retarget(again);
        List<String> differ = new ArrayList<>();
        try (var files = Files.walk(rewritten)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path g = again.resolve(rewritten.relativize(f).toString());
                if (!Files.isRegularFile(g) || !java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(g))) differ.add(f.toString());
            }
        }
        try (var files = Files.walk(again); var before = Files.walk(rewritten)) {
            assertEquals(before.filter(Files::isRegularFile).count(), files.filter(Files::isRegularFile).count(), "no class added or removed");
        }
        assertEquals(List.of(), differ);
    }

    private static String javap(Path classFile) {
        java.util.spi.ToolProvider javap = java.util.spi.ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        int rc = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-v", classFile.toString());
        assertEquals(0, rc, out.toString());
        return out.toString();
    }
}
