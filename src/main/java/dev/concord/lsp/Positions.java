package dev.concord.lsp;

import dev.concord.model.SourceText;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * LSP positions are (0-based line, UTF-16 unit in the line); concord's findings are (1-based line,
 * 1-based column in code points) and its fixes are UTF-16 offsets into the whole text. A Han
 * character outside the BMP (𠮷) is one code point but two UTF-16 units, so the conversion matters.
 */
final class Positions {
    private Positions() {}

    /** The UTF-16 offset of an LSP position in {@code text}; past the end of a line clamps to it. */
    static int offset(String text, Position p) {
        int start = 0;
        for (int l = 0; l < p.getLine(); l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) return text.length();
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        return Math.min(start + Math.max(0, p.getCharacter()), end);
    }

    /** The LSP position of a UTF-16 offset. */
    static Position position(String text, int offset) {
        offset = Math.max(0, Math.min(offset, text.length()));
        int line = 0, lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Position(line, offset - lineStart);
    }

    /** The LSP position of a finding's (1-based line, 1-based code-point column). */
    static Position ofColumn(SourceText src, int line, int column) {
        if (line < 1) return new Position(0, 0);
        line = Math.min(line, src.lineCount());
        String text = src.text();
        int start = src.lineStart(line);
        int end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        int at = start;
        for (int c = 1; c < column && at < end; c++) at += Character.charCount(text.codePointAt(at));
        return new Position(line - 1, at - start);
    }

    static Range range(String text, int start, int end) {
        return new Range(position(text, start), position(text, end));
    }

    /** Whether two ranges share a position (touching counts: a cursor at a finding's end is on it). */
    static boolean touches(Range a, Range b) {
        return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
    }

    static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
    }
}
