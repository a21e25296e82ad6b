package dev.concord.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The decoded text of one file with what is needed to write it back unchanged: the BOM flag and
 * the line ending. {@link #text()} never contains the BOM; it keeps CR LF as they were.
 * Offsets are UTF-16 indexes into {@link #text()}; {@link #line(int)} and {@link #column(int)}
 * give the 1-based line and the 1-based column in code points that reports use.
 */
public final class SourceText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String path;
    private final String text;
    private final boolean bom;
    private final String lineEnding;
    private int[] lineStarts; // lazily built: most files have no finding at all
    private long checksum = -1; // of the bytes read (see checksum()); -1 until computed


    public SourceText(String path, String text, boolean bom) {
        this.path = path;
        this.text = text;
        this.bom = bom;
        int crlf = text.indexOf("\r\n");
        this.lineEnding = crlf >= 0 ? "\r\n" : "\n";
    }

    /** Strict UTF-8: invalid bytes are an {@link InputException} naming the byte offset and line. */
    public static SourceText decode(String path, byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int from = bom ? 3 : 0;
        // The JDK's own decoding first (its fast path for ASCII and its intrinsics): malformed input
        // becomes U+FFFD there, so a text without one was valid. Only a text with a U+FFFD (a
        // malformed byte, or one written in the file) goes through the strict decoder below,
        // which finds the offending byte. 3,000 files of a 1,000-post run pay the fast path only.
        String fast = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return checked(path, fast, bom, bytes);
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * 1.1) + 16);
        var result = dec.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            throw new InputException(path, line, "invalid UTF-8 at byte offset " + at
                    + " (0x" + String.format("%02X", bytes[at] & 0xff) + "); concord reads UTF-8 only");
        }
        dec.flush(out);
        out.flip();
        return checked(path, out.toString(), bom, bytes);
    }

    /** The decoded text of {@code bytes}, refused when it holds a NUL (a binary file). */
    private static SourceText checked(String path, String s, boolean bom, byte[] bytes) {
        if (s.indexOf('\0') >= 0) {
            int at = s.indexOf('\0');
            int line = 1;
            for (int i = 0; i < at; i++) if (s.charAt(i) == '\n') line++;
            throw new InputException(path, line, "binary file (NUL character); expected UTF-8 Markdown");
        }
        SourceText src = new SourceText(path, s, bom);
        src.checksum = checksum(bytes);
        return src;
    }

    /**
     * CRC-32 and length of the file's bytes as they were read (or, for text that did not come from
     * a file, as they would be written). {@code --fix} computes its edits from these bytes and applies
     * them only if the file still has them: another process may have written it since.
     */
    public long checksum() {
        if (checksum < 0) checksum = checksum(encode());
        return checksum;
    }

    /**
     * CRC-32 in the low 32 bits, length in the high 31: never negative, cheap (hardware CRC). Not
     * CRC-32C: its class builds its tables in Java when first used, ~1.5 ms of interpreted work on
     * every check, where CRC-32's live in native code the JVM has loaded anyway.
     */
    public static long checksum(byte[] bytes) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return ((long) (bytes.length & 0x7fffffff) << 32) | crc.getValue();
    }

    /** Decodes, reporting bad input as {@link InputException}; kept separate for callers with a String. */
    public static SourceText of(String path, String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        return new SourceText(path, bom ? text.substring(1) : text, bom);
    }

    /** Bytes to write back: the BOM if the original had one, then the text as UTF-8. */
    public static byte[] encode(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) return body;
        byte[] all = Arrays.copyOf(BOM, 3 + body.length);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    public byte[] encode() {
        return encode(text, bom);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    /** "\r\n" if the file has any CR LF, else "\n". */
    public String lineEnding() {
        return lineEnding;
    }

    public String slice(Span s) {
        return text.substring(s.start(), s.end());
    }

    private int[] starts() {
        if (lineStarts == null) {
            // String.indexOf, not charAt in a loop: its search is the JDK's vectorised one
            int[] st = new int[64];
            int n = 1;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                if (n == st.length) st = Arrays.copyOf(st, n * 2);
                st[n++] = at + 1;
            }
            lineStarts = Arrays.copyOf(st, n);
        }
        return lineStarts;
    }

    /** 1-based line of a char offset (offset == length is allowed: the end of the file). */
    public int line(int offset) {
        int[] st = starts();
        int i = Arrays.binarySearch(st, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of a char offset, counted in Unicode code points. */
    public int column(int offset) {
        int start = starts()[line(offset) - 1];
        return text.codePointCount(start, offset) + 1;
    }

    /** Char offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return starts()[line - 1];
    }

    public int lineCount() {
        return starts().length;
    }
}
