package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --format github}: one workflow command per finding, properties escaped, exit code as in every format. */
class GithubReportTest {
    @Test
    void oneWorkflowCommandPerFinding() {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"check", "-C", "src/test/resources/fixtures/term-forbidden/avoided-renderings", "--format", "github", "--no-cache"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(1, code);
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(lines.contains("::error file=posts/hans/post.md,line=11,col=7,endLine=11,endColumn=11,title=term-forbidden"
                + "::avoid '缩放定律'; use '规模法则' [term scaling-law] [term-forbidden]"), out.toString());
    }

    @Test
    void escapesWorkflowCommandSyntax() {
        assertEquals("a%25b%0Ac", GithubReporter.data("a%b\nc"));
        assertEquals("x%3Ay%2Cz", GithubReporter.property("x:y,z"));
    }
}
