package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord init}: a starter config and glossary that load and lint clean; existing files are kept. */
class InitTest {
    @TempDir Path dir;

    @Test
    void writesAStarterThatWorksAndNeverOverwrites() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("init", "-C", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("concord.yaml")) && Files.isRegularFile(dir.resolve("glossary/terms.yaml")));
        assertEquals(0, CliTestSupport.run("glossary", "lint", "-C", dir.toString()).code());
        assertEquals(0, CliTestSupport.run("check", "-C", dir.toString()).code());

        Files.writeString(dir.resolve("concord.yaml"), "layout: \"{lang}/{slug}.md\"\n");
        CliTestSupport.Result again = CliTestSupport.run("init", "-C", dir.toString());
        assertTrue(again.out().contains("kept"), again.out());
        assertEquals("layout: \"{lang}/{slug}.md\"\n", Files.readString(dir.resolve("concord.yaml")));
    }
}
