package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCommandTest {
    @TempDir
    Path root;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private void write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void glossary() throws IOException {
        write("glossary/terms.yaml", """
                terms:
                  - id: 01-ai
                    en: 01.AI
                    hans: [零一万物, 01.AI]
                    hant: [零一萬物, 01.AI]
                    note: Company founded by Kai-Fu Lee in March 2023.
                  - id: scaling-law
                    en: [scaling law, scaling laws]
                    hans: 规模法则
                    hant: 規模法則
                    avoid:
                      hans: [缩放定律]
                  - id: yi-lightning
                    keep: Yi-Lightning
                """);
    }

    @Test
    void lintCleanGlossary() {
        assertEquals(0, run("glossary", "lint", "--root", root.toString()));
        assertEquals("glossary OK: 3 terms", out.strip());
    }

    @Test
    void lintProblemsPrintFileLineAndExitOne() throws IOException {
        write("glossary/more.yaml", "terms:\n  - id: bad\n    hant: 规模\n    hans: 规模法则\n");
        assertEquals(1, run("glossary", "lint", "-C", root.toString()));
        String[] lines = out.strip().split("\n");
        // more.yaml sorts first, so its term is the first claimant and the problem is reported on the later one
        assertEquals("glossary/more.yaml:2: hant rendering '规模' contains the simplified-only character '规'", lines[0]);
        assertEquals("glossary/terms.yaml:7: hans rendering '规模法则' is also claimed by term 'bad' (glossary/more.yaml:2)",
                lines[1]);
        assertEquals("2 problems in 4 terms", lines[2]);
    }

    @Test
    void unreadableGlossaryIsExitTwoWithOneLine() throws IOException {
        write("glossary/broken.yaml", "terms:\n  - id: x\n    en: [a\n");
        assertEquals(2, run("glossary", "lint", "-C", root.toString()));
        assertTrue(err.startsWith("concord: glossary/broken.yaml:"), err);
        assertEquals(1, err.strip().split("\n").length, err);
    }

    @Test
    void missingGlossaryFolderIsExitTwo() throws IOException {
        write("concord.yaml", "glossary: [terms]\n");
        assertEquals(2, run("glossary", "list", "-C", root.toString()));
        assertTrue(err.contains("terms: glossary not found"), err);
    }

    @Test
    void listOneLinePerTerm() {
        assertEquals(0, run("glossary", "list", "-C", root.toString()));
        assertEquals("01-ai\t零一萬物\t零一万物\t01.AI\n"
                + "scaling-law\t規模法則\t规模法则\tscaling law\n"
                + "yi-lightning\tYi-Lightning\tYi-Lightning\tYi-Lightning\t(keep)\n", out.replace("\r\n", "\n"));
    }

    @Test
    void showAllFieldsAndUnknownId() {
        assertEquals(0, run("glossary", "show", "scaling-law", "-C", root.toString()));
        assertEquals("""
                id:         scaling-law
                hant:       規模法則
                hans:       规模法则
                en:         scaling law | scaling laws
                avoid hans: 缩放定律
                source:     glossary/terms.yaml:7
                """, out.replace("\r\n", "\n"));
        assertEquals(2, run("glossary", "show", "nope", "-C", root.toString()));
        assertTrue(err.contains("no term with id 'nope'"), err);
    }

    @Test
    void exportThenImportThroughTheCli() throws IOException {
        for (String format : new String[] {"tbx", "csv"}) {
            Path exported = root.resolve("out." + format);
            assertEquals(0, run("glossary", "export", "--format", format, "-o", exported.toString(), "-C", root.toString()));
            assertEquals(0, run("glossary", "import", exported.toString()));
            String yaml = out;
            // the imported YAML, used as the glossary, lists the same terms
            write("reimported/glossary/terms.yaml", yaml);
            assertEquals(0, run("glossary", "list", "-C", root.resolve("reimported").toString()));
            String reimported = out;
            assertEquals(0, run("glossary", "list", "-C", root.toString()));
            assertEquals(out, reimported, format);
            assertEquals(0, run("glossary", "show", "scaling-law", "-C", root.resolve("reimported").toString()));
            assertTrue(out.contains("avoid hans: 缩放定律"), format + ": " + out);
        }
    }

    @Test
    void importedTbxDetailsPassLintAndShow() throws Exception {
        Path tbx = Path.of(getClass().getResource("/glossary/interchange/details.tbx").toURI());
        Path site = root.resolve("site");
        assertEquals(0, run("glossary", "import", tbx.toString(), "-o", site.resolve("glossary/imported.yaml").toString()));
        assertEquals(0, run("glossary", "lint", "--root", site.toString()), out + err);
        assertEquals(0, run("glossary", "show", "scaling-law", "--root", site.toString()));
        for (String line : new String[] {"subject:    machine learning", "pos:        noun", "source-id:  c101",
                "definition hant: 模型損失隨算力、資料和參數增長而下降的規律。", "note hans:  A word-for-word rendering."}) {
            assertTrue(out.contains(line), line + " in\n" + out);
        }
        assertEquals(0, run("glossary", "export", "--root", site.toString()));
        assertTrue(out.contains("<conceptEntry id=\"c101\">"), out);
    }

    @Test
    void importCsvWithColumnsMapping() throws IOException {
        write("sheet.csv", "English,Simplified,Traditional,Comment\nscaling law,规模法则,規模法則,from the style guide\n");
        String csv = root.resolve("sheet.csv").toString();
        assertEquals(0, run("glossary", "import", csv, "--columns", "en=English,hans=Simplified,hant=Traditional,note=Comment"));
        assertTrue(out.contains("id: scaling-law") && out.contains("hant: 規模法則") && out.contains("note: from the style guide"), out);

        assertEquals(2, run("glossary", "import", csv, "--columns", "en=English,hans=Chinese"));
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains("sheet.csv:1:") && err.contains("no column 'Chinese' (given for hans by --columns)")
                && err.contains("English, Simplified, Traditional, Comment"), err);
        assertEquals(2, run("glossary", "import", csv, "--columns", "hanz=Simplified"));
        assertTrue(err.contains("unknown column 'hanz'"), err);
        assertEquals(2, run("glossary", "import", csv, "--columns", "en"));
        assertTrue(err.contains("KEY=HEADER"), err);
    }

    @Test
    void exportRefusesToOverwriteWithoutForce() throws IOException {
        write("out.csv", "keep me");
        assertEquals(2, run("glossary", "export", "--format", "csv", "-o", root.resolve("out.csv").toString(), "-C", root.toString()));
        assertEquals("keep me", Files.readString(root.resolve("out.csv")));
        assertEquals(0, run("glossary", "export", "--format", "csv", "--force", "-o", root.resolve("out.csv").toString(),
                "-C", root.toString()));
        assertTrue(Files.readString(root.resolve("out.csv")).startsWith("id,en,zh-Hans,zh-Hant,note"));
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("glossary", "-C", root.toString()));
        assertEquals(2, run("glossary"));
        assertEquals(2, run("glossary", "export", "--format", "xlsx", "-C", root.toString()));
        assertEquals(2, run("glossary", "import", root.resolve("missing.csv").toString()));
        assertTrue(err.contains("missing.csv"), err);
    }
}
