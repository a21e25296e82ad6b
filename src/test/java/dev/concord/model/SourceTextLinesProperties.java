package dev.concord.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Line numbers and line starts agree with counting the line feeds before an offset. */
class SourceTextLinesProperties {
    @Property(tries = 500)
    void linesCountTheLineFeedsBefore(@ForAll @Chars({'a', '中', '\n', '\r', ' '}) @StringLength(max = 60) String text) {
        SourceText src = SourceText.of("p.md", text);
        int lines = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        assertEquals(lines, src.lineCount());
        int line = 1, start = 0;
        for (int offset = 0; offset <= text.length(); offset++) {
            assertEquals(line, src.line(offset), "offset " + offset);
            assertEquals(start, src.lineStart(line));
            if (offset < text.length() && text.charAt(offset) == '\n') {
                line++;
                start = offset + 1;
            }
        }
    }
}
