package dev.concord.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server costs `check` nothing: on the packaged jar, a check loads none of its
 * classes (nor LSP4J's, nor Gson's), while `lsp` does, so the observation is not vacuous.
 */
class LspClassLoadingIT {
    static final Path JAR = Path.of("target/concord.jar").toAbsolutePath();
    @TempDir Path dir;

    private String loadedClasses(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        if (args[0].equals("lsp")) {
            // An initialize request, then end of input: the server answers and stops.
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
            p.getOutputStream().write(("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return out;
    }

    @Test
    void checkLoadsNoLanguageServerClass() throws Exception {
        LanguageServerTest.copySample(dir);
        String check = loadedClasses("check");
        assertTrue(check.contains("dev.concord.check.Checker"), "the log lists loaded classes");
        assertTrue(check.contains("term-forbidden"), "the check ran and reported");
        for (String prefix : new String[] {"dev.concord.lsp.", "org.eclipse.lsp4j.", "com.google.gson."}) {
            assertFalse(check.contains(" " + prefix), prefix + " loaded by check");
        }
        String lsp = loadedClasses("lsp");
        assertTrue(lsp.contains(" org.eclipse.lsp4j.") && lsp.contains(" dev.concord.lsp.ConcordLanguageServer"), lsp.lines().limit(5).toList().toString());
        assertTrue(lsp.contains("\"capabilities\""), "the server answered initialize");
        assertFalse(lsp.contains("\tat ") || lsp.contains("SEVERE"), "no stack trace, no error: " + lsp.lines().filter(l -> !l.startsWith("[")).toList());
    }
}
