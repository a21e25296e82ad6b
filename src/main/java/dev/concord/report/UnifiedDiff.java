package dev.concord.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, {@code git diff}) of two versions of a text, three lines of
 * context, applicable with {@code git apply} or {@code patch -p1}. Lines keep their endings, so a
 * CRLF file's diff carries its CRs; the longest common subsequence is computed only on the part
 * between the common head and tail (fixes change a few lines of a post).
 */
public final class UnifiedDiff {
    static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff of {@code path}, or "" when the texts are equal. */
    public static String of(String path, String before, String after) {
        List<String> a = lines(before), b = lines(after);
        List<int[]> ops = script(a, b); // {kind, indexA, indexB}: 0 same, -1 deleted from a, +1 added from b
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ops.size()) {
            while (i < ops.size() && ops.get(i)[0] == 0) i++;
            if (i == ops.size()) break;
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is within 2 × CONTEXT unchanged lines.
            while (true) {
                while (end < ops.size() && ops.get(end)[0] != 0) end++;
                int same = 0;
                while (end + same < ops.size() && ops.get(end + same)[0] == 0) same++;
                if (end + same < ops.size() && same <= 2 * CONTEXT) {
                    end += same;
                    continue;
                }
                end = Math.min(ops.size(), end + Math.min(same, CONTEXT));
                break;
            }
            if (out.length() == 0) out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
            hunk(out, ops.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int aStart = -1, bStart = -1, aLen = 0, bLen = 0;
        for (int[] op : ops) {
            if (op[0] <= 0) {
                if (aStart < 0) aStart = op[1];
                aLen++;
            }
            if (op[0] >= 0) {
                if (bStart < 0) bStart = op[2];
                bLen++;
            }
        }
        out.append("@@ -").append(range(aStart, aLen, ops, true)).append(" +").append(range(bStart, bLen, ops, false)).append(" @@\n");
        for (int[] op : ops) {
            String line = op[0] < 0 ? a.get(op[1]) : b.get(op[2]);
            out.append(op[0] < 0 ? '-' : op[0] > 0 ? '+' : ' ').append(line);
            if (!line.endsWith("\n")) out.append("\n\\ No newline at end of file\n");
        }
    }

    /** "start,len" with 1-based start; an empty side names the line before it, as diff does. */
    private static String range(int start, int len, List<int[]> ops, boolean left) {
        if (len == 0) {
            int[] first = ops.get(0);
            int before = left ? first[1] : first[2];
            return before + ",0";
        }
        return (start + 1) + (len == 1 ? "" : "," + len);
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) out.add(text.substring(from));
        return out;
    }

    /** The edit script: common head, LCS of the middle, common tail. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
        int n = a.size() - head - tail, m = b.size() - head - tail;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> ops = new ArrayList<>();
        for (int k = 0; k < head; k++) ops.add(new int[] {0, k, k});
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
                ops.add(new int[] {0, head + i++, head + j++});
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new int[] {-1, head + i++, head + j}); // deletions first, as diff prints them
            } else {
                ops.add(new int[] {1, head + i, head + j++});
            }
        }
        for (int k = 0; k < tail; k++) ops.add(new int[] {0, a.size() - tail + k, b.size() - tail + k});
        return ops;
    }
}
