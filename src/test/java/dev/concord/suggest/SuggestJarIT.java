package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glossary suggest} as the packaged command runs it (bin/concord on target/concord.jar,
 * after {@code package}): the jar holds what the suggester reads, not only the test class path.
 * Taiwan's table of regional words was once read from a library the jar does not ship, and the
 * command then flagged every regional pair as an inconsistency while the unit tests passed.
 */
class SuggestJarIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    @TempDir Path root;

    @Test
    void aRegionalPairIsOneRenderingInThePackagedCommand() throws Exception {
        // invented: a word Taiwan writes with another word (服务器 / 伺服器), in three posts, each
        // between two paragraphs without it (a rendering must stand out from the rest of the blog)
        String[][] posts = {
            {"The garden needs water every morning.\n\nThe cache server restarts at night.\n\nOur team met on a rainy Friday.",
             "花园每天早上都需要浇水。\n\n缓存服务器在夜里重启。\n\n我们的团队在一个下雨的星期五见面。",
             "花園每天早上都需要澆水。\n\n快取伺服器在夜裡重啟。\n\n我們的團隊在一個下雨的星期五見面。"},
            {"Bread tastes best when warm.\n\nEach server keeps its own log.\n\nThe river froze last winter.",
             "面包温热时最好吃。\n\n每台服务器保留自己的日志。\n\n去年冬天河面结冰了。",
             "麵包溫熱時最好吃。\n\n每台伺服器保留自己的日誌。\n\n去年冬天河面結冰了。"},
            {"Grandmother sings old songs.\n\nA server answers within a second.\n\nThe train left without us.",
             "祖母唱着老歌。\n\n服务器在一秒内回应。\n\n火车没等我们就开走了。",
             "祖母唱著老歌。\n\n伺服器在一秒內回應。\n\n火車沒等我們就開走了。"},
        };
        SuggesterTest.writeBlog(root, posts, "srv-");
        Files.createDirectories(root.resolve("glossary"));
        ProcessBuilder pb = new ProcessBuilder(PROJECT.resolve("bin/concord").toString(), "glossary", "suggest",
                "--root", root.toString(), "--format", "json").directory(PROJECT.toFile());
        pb.environment().put("CONCORD_CDS", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        // one suggestion per line
        String server = out.lines().filter(l -> l.contains("\"key\": \"server\"")).findFirst().orElse(null);
        assertTrue(server != null, out);
        assertTrue(server.contains("伺服器"), server);
        assertFalse(server.contains("\"inconsistent\": true"), "服务器 / 伺服器 is one rendering: " + server);
    }
}
