package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code convert -} reads stdin; {@code --write} needs a file. */
class ConvertStdinTest {
    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("头发与`头发`\n".getBytes(StandardCharsets.UTF_8)));
            CliTestSupport.Result r = CliTestSupport.run("convert", "-C", Path.of("").toAbsolutePath().toString(), "--to", "hant", "-");
            assertEquals(0, r.code(), r.err());
            assertEquals("頭髮與`头发`\n", r.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void writeNeedsAFile() {
        CliTestSupport.Result r = CliTestSupport.run("convert", "--to", "hant", "--write", "-");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--write needs a file"), r.err());
    }
}
