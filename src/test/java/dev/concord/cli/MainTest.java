package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command tree: help lists every public command, the archive workload runs and stays hidden. */
class MainTest {
    @Test
    void helpListsEveryCommandButNotTheHiddenWorkload() {
        CliTestSupport.Result r = CliTestSupport.run("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"check", "convert", "glossary", "terms", "diff", "rules", "hook", "init", "lsp", "generate-completion"}) {
            assertTrue(r.out().contains("  " + c + " "), c + " in help: " + r.out());
        }
        assertFalse(r.out().contains("__train"));
    }

    @Test
    void eachSubcommandHasHelpWhenBuiltAlone() {
        for (String c : new String[] {"check", "convert", "glossary", "terms", "diff", "rules", "hook", "init", "lsp"}) {
            CliTestSupport.Result r = CliTestSupport.run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("Usage: concord " + c), r.out());
        }
    }

    @Test
    void versionComesFromTheBuild() {
        CliTestSupport.Result r = CliTestSupport.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().strip().matches("concord \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?( \\([0-9a-zA-Z.-]+\\))?"), r.out());
    }

    @Test
    void archiveWorkloadRunsCleanly() {
        CliTestSupport.Result r = CliTestSupport.run("__train");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out() + r.err(), "the workload prints nothing");
    }
}
