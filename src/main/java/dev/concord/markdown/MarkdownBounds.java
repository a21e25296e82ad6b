package dev.concord.markdown;

import java.util.Arrays;

/**
 * The limits that keep flexmark linear on any input, applied to the text before flexmark sees
 * it. Under all of them the text is returned unchanged and parsed in one piece, so a post that
 * stays under them parses exactly as flexmark alone would parse it.
 *
 * <ul>
 *   <li><b>Nesting.</b> A container marker ({@code >}, a list marker {@code -}, {@code +},
 *   {@code *}, {@code 1.}, {@code 1)}) that starts at column {@value #MAX_PREFIX_COLUMN} or later of
 *   a line's leading run of markers and indentation is read as text: its character is replaced by
 *   a letter of the same length, so offsets and line numbers stay those of the file. flexmark
 *   tries a thematic break (a regular expression over the rest of the line) at every level, and
 *   matches every open container on every line, so {@code - - - …} on one line was quadratic in its
 *   length and a list nested by indentation quadratic in its depth. 128 columns is 64 levels of
 *   {@code > } or {@code - }, far beyond what anyone writes.</li>
 *   <li><b>Runs of lines.</b> A run of lines without a blank one (outside fenced code at the top
 *   level) in which more than {@value #MAX_RUN_LINES} lines begin with indentation or a marker is
 *   parsed in pieces of {@value #PIECE_LINES} lines, each a document of its own whose offsets are
 *   those of the file. Such a run is a paragraph or table inside a block quote or list item, whose
 *   lines flexmark 0.64 keeps as separate segments, growing their array by one element per line
 *   and copying it each time: a quote of a million lines did not finish. A paragraph at the top
 *   level is one segment and is never cut.</li>
 *   <li><b>Runs of emphasis delimiters.</b> In a run of more than {@value #MAX_DELIMITER_RUN}
 *   {@code *} or {@code _}, the delimiters past that many are read as text (replaced by a letter
 *   of the same length, as above). Each delimiter of a run can open one more level of emphasis,
 *   and flexmark and concord's walk recurse once per level: millions of levels took seconds per
 *   million on the large stack, or ran out of it. 10,000 levels still parse as written.</li>
 * </ul>
 */
final class MarkdownBounds {
    /** Column (0-based, tabs to multiples of 4) from which container markers are text. */
    static final int MAX_PREFIX_COLUMN = 128;
    /** Indented or marked lines of a run (lines without a blank one) past which it is parsed in pieces. */
    static final int MAX_RUN_LINES = 1_000;
    /** Lines of a long run per piece. */
    static final int PIECE_LINES = 500;
    /** {@code *} or {@code _} in one run past which they are text. */
    static final int MAX_DELIMITER_RUN = 10_000;
    /** What a neutralised marker becomes: a letter, which no Markdown construct starts with. */
    static final char NEUTRAL = 'x';

    /**
     * @param text   what flexmark parses: the input, or a copy with markers past the limit neutralised
     * @param cuts   offsets (line starts) at which the text is cut into pieces; empty: one piece
     * @param limit  offset of the first place a limit was applied, or -1 if none was
     * @param what   what was applied there and elsewhere, for the one warning; empty if nothing
     */
    record Bounded(String text, int[] cuts, int limit, String what) {
        boolean applied() {
            return limit >= 0;
        }
    }

    private MarkdownBounds() {}

    static Bounded apply(String text) {
        char[] chars = null; // copied on the first marker to neutralise
        int firstNested = -1, nestedLines = 0;
        int[] lineStarts = new int[64];
        int lines = 0;
        int[] cuts = new int[0];
        int cutCount = 0;
        int firstRun = -1, longRuns = 0;
        int runStart = -1; // line index where the current run of non-blank lines began
        int runPrefixed = 0; // lines of the run that begin with indentation or a marker
        char fence = 0;
        int fenceLength = 0;
        int n = text.length();
        for (int at = 0; at <= n; ) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = n;
            if (lines == lineStarts.length) lineStarts = Arrays.copyOf(lineStarts, lines * 2);
            lineStarts[lines] = at;
            // the leading run of indentation and container markers
            int col = 0, i = at, markers = 0;
            boolean nested = false;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ') {
                    col++;
                    i++;
                } else if (c == '\t') {
                    col = (col / 4 + 1) * 4;
                    i++;
                } else {
                    int marker = markerLength(text, i, end);
                    if (marker == 0) break;
                    if (col >= MAX_PREFIX_COLUMN) {
                        if (chars == null) chars = text.toCharArray();
                        chars[i + marker - 1] = NEUTRAL;
                        nested = true;
                    }
                    col += marker;
                    i += marker;
                    markers++;
                }
            }
            if (nested) {
                nestedLines++;
                if (firstNested < 0) firstNested = at;
            }
            // runs of non-blank lines outside top-level fenced code
            boolean blank = i == end || isBlank(text, i, end);
            int fenceAt = markers == 0 && col <= 3 ? i : -1;
            boolean fenceLine = false;
            if (fenceAt >= 0 && fenceAt < end) {
                char c = text.charAt(fenceAt);
                if (c == '`' || c == '~') {
                    int len = 0;
                    while (fenceAt + len < end && text.charAt(fenceAt + len) == c) len++;
                    if (fence == 0 && len >= 3) {
                        fence = c;
                        fenceLength = len;
                        fenceLine = true;
                    } else if (fence == c && len >= fenceLength && isBlank(text, fenceAt + len, end)) {
                        fence = 0;
                        fenceLine = true;
                    }
                }
            }
            boolean inRun = !blank && fence == 0 && !fenceLine;
            if (inRun && runStart < 0) {
                runStart = lines;
                runPrefixed = 0;
            }
            if (inRun && i > at) runPrefixed++;
            if (!inRun && runStart >= 0) {
                if (runPrefixed > MAX_RUN_LINES) {
                    if (firstRun < 0) firstRun = lineStarts[runStart];
                    longRuns++;
                    for (int l = runStart + PIECE_LINES; l < lines; l += PIECE_LINES) {
                        if (cutCount == cuts.length) cuts = Arrays.copyOf(cuts, Math.max(16, cutCount * 2));
                        cuts[cutCount++] = lineStarts[l];
                    }
                }
                runStart = -1;
            }
            lines++;
            at = end + 1;
        }
        if (runStart >= 0 && runPrefixed > MAX_RUN_LINES) {
            if (firstRun < 0) firstRun = lineStarts[runStart];
            longRuns++;
            for (int l = runStart + PIECE_LINES; l < lines; l += PIECE_LINES) {
                if (cutCount == cuts.length) cuts = Arrays.copyOf(cuts, Math.max(16, cutCount * 2));
                cuts[cutCount++] = lineStarts[l];
            }
        }
        // runs of emphasis delimiters: one linear pass, only past the first run long enough
        int firstDelimiters = -1, delimiterRuns = 0;
        for (int at = 0; at < n; ) {
            char c = text.charAt(at);
            if (c != '*' && c != '_') {
                at++;
                continue;
            }
            int end = at;
            while (end < n && text.charAt(end) == c) end++;
            if (end - at > MAX_DELIMITER_RUN) {
                if (chars == null) chars = text.toCharArray();
                Arrays.fill(chars, at + MAX_DELIMITER_RUN, end, NEUTRAL);
                if (firstDelimiters < 0) firstDelimiters = text.lastIndexOf('\n', at) + 1;
                delimiterRuns++;
            }
            at = end;
        }
        String bounded = chars == null ? text : new String(chars);
        int[] pieces = Arrays.copyOf(cuts, cutCount);
        if (firstNested < 0 && firstRun < 0 && firstDelimiters < 0) return new Bounded(text, pieces, -1, "");
        StringBuilder what = new StringBuilder();
        if (firstNested >= 0) {
            what.append("nested deeper than concord reads (")
                    .append(nestedLines).append(nestedLines == 1 ? " line has" : " lines have")
                    .append(" block quote or list markers past column ").append(MAX_PREFIX_COLUMN)
                    .append(", read as text)");
        }
        if (firstRun >= 0) {
            if (!what.isEmpty()) what.append("; ");
            what.append(longRuns == 1 ? "a block quote or list item" : longRuns + " block quotes or list items")
                    .append(" with more than ").append(MAX_RUN_LINES)
                    .append(" lines without a blank line, parsed in pieces of ").append(PIECE_LINES)
                    .append(" lines (read as several)");
        }
        if (firstDelimiters >= 0) {
            if (!what.isEmpty()) what.append("; ");
            what.append("with ").append(delimiterRuns == 1 ? "a run" : delimiterRuns + " runs").append(" of more than ")
                    .append(MAX_DELIMITER_RUN).append(" '*' or '_' (emphasis nested deeper than concord reads; the rest read as text)");
        }
        int limit = Integer.MAX_VALUE;
        for (int first : new int[] {firstNested, firstRun, firstDelimiters}) if (first >= 0) limit = Math.min(limit, first);
        return new Bounded(bounded, pieces, limit, what.toString());
    }

    /**
     * Length of the container marker at {@code i}, 0 if there is none: {@code >}, or a bullet or
     * ordinal (up to 9 digits and {@code .} or {@code )}) followed by a blank or the line's end.
     */
    private static int markerLength(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') return 1;
        int len;
        if (c == '-' || c == '+' || c == '*') {
            len = 1;
        } else {
            int d = i;
            while (d < end && d - i < 9 && text.charAt(d) >= '0' && text.charAt(d) <= '9') d++;
            if (d == i || d >= end || (text.charAt(d) != '.' && text.charAt(d) != ')')) return 0;
            len = d - i + 1;
        }
        int after = i + len;
        if (after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '\r') return len;
        return 0;
    }

    private static boolean isBlank(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return true;
    }
}
