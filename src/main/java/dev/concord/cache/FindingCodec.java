package dev.concord.cache;

import dev.concord.check.Finding;
import dev.concord.catalogue.Severity;
import dev.concord.model.Lang;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings as bytes and back, field by field: a cached run must report exactly what a fresh one
 * would (positions, related locations and the fix included), so every field of {@link Finding}
 * is written, nulls marked. Binary rather than JSON: reading 10,000 posts' entries must cost
 * less than the check it saves.
 */
final class FindingCodec {
    private FindingCodec() {}

    static void write(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            string(out, f.rule());
            out.writeByte(f.severity().ordinal());
            string(out, f.file());
            out.writeInt(f.line());
            out.writeInt(f.column());
            out.writeInt(f.endLine());
            out.writeInt(f.endColumn());
            out.writeByte(f.variant() == null ? -1 : f.variant().ordinal());
            string(out, f.post());
            string(out, f.term());
            string(out, f.found());
            string(out, f.expected());
            string(out, f.message());
            out.writeInt(f.related().size());
            for (Finding.Location l : f.related()) {
                string(out, l.file());
                out.writeInt(l.line());
                out.writeInt(l.column());
            }
            out.writeBoolean(f.fix() != null);
            if (f.fix() != null) {
                string(out, f.fix().replacement());
                out.writeInt(f.fix().start());
                out.writeInt(f.fix().end());
                out.writeLong(f.fix().basis());
            }
        }
    }

    static List<Finding> read(DataInputStream in) throws IOException {
        int n = count(in);
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String rule = string(in);
            Severity severity = Severity.values()[in.readByte()];
            String file = string(in);
            int line = in.readInt(), column = in.readInt(), endLine = in.readInt(), endColumn = in.readInt();
            byte v = in.readByte();
            Lang variant = v < 0 ? null : Lang.values()[v];
            String post = string(in), term = string(in), found = string(in), expected = string(in), message = string(in);
            int r = count(in);
            List<Finding.Location> related = new ArrayList<>(r);
            for (int j = 0; j < r; j++) related.add(new Finding.Location(string(in), in.readInt(), in.readInt()));
            Finding.Fix fix = in.readBoolean() ? new Finding.Fix(string(in), in.readInt(), in.readInt(), in.readLong()) : null;
            out.add(new Finding(rule, severity, file, line, column, endLine, endColumn, variant, post, term, found,
                    expected, message, List.copyOf(related), fix));
        }
        return List.copyOf(out);
    }

    /** UTF-8 with an int length (writeUTF stops at 64 KB), -1 for null. */
    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        return new String(in.readNBytes(checked(n)), StandardCharsets.UTF_8);
    }

    static int count(DataInputStream in) throws IOException {
        return checked(in.readInt());
    }

    /** A damaged file must fail as an IOException (the cache is then ignored), not allocate gigabytes. */
    private static int checked(int n) throws IOException {
        if (n < 0 || n > 1 << 26) throw new IOException("damaged cache entry");
        return n;
    }
}
