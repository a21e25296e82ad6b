package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's own posts and glossary: check is clean, the glossary lints clean, the seed is verbatim. */
class ProjectPostsTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void checkOfTheRepositoryIsClean() {
        CliTestSupport.Result r = CliTestSupport.run("check", "-C", ROOT.toString(), "--no-cache");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("0 errors, 0 warnings in "), r.out());
    }

    @Test
    void glossaryLintsClean() {
        CliTestSupport.Result r = CliTestSupport.run("glossary", "lint", "-C", ROOT.toString());
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @Test
    void seedPostIsVerbatim() throws Exception {
        Path seeds = ROOT.getParent().resolve("shared/seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds) || System.getenv("CI") != null, "the seed post is not beside the checkout");
        try (var s = Files.list(seeds)) {
            Path seed = s.findFirst().orElseThrow();
            assertEquals(-1L, Files.mismatch(seed, ROOT.resolve("posts/hant/01-ai-rise-and-fall.md")));
        }
    }
}
