package dev.concord.cli;

import dev.concord.check.FixLog;
import dev.concord.check.Fixer;
import dev.concord.report.TextReporter;
import dev.concord.report.UnifiedDiff;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code --fix} did: one line per change ({@code file:line:col: before → after [rule]}); with
 * {@code --dry-run}, the unified diff of every file it would change instead.
 */
final class FixReport {
    private FixReport() {}

    static void write(FixLog log, Path root, PrintWriter out) {
        int files = log.after().size(), n = log.changes().size();
        if (log.dryRun()) {
            for (Map.Entry<String, byte[]> e : log.after().entrySet()) {
                String before = new String(log.before().get(e.getKey()), StandardCharsets.UTF_8);
                String after = new String(e.getValue(), StandardCharsets.UTF_8);
                out.print(TextReporter.safeLines(UnifiedDiff.of(e.getKey(), before, after)));
            }
        } else {
            for (Fixer.Change c : log.changes()) {
                out.println("fixed " + TextReporter.safe(Terminal.display(root, c.file())) + ":" + c.line() + ":" + c.column() + ": "
                        + shown(c.before()) + " → " + shown(c.after()) + " [" + c.rule() + "]");
            }
        }
        if (n == 0) {
            out.println("nothing to fix");
        } else {
            out.println((log.dryRun() ? "would fix " : "fixed ") + n + " problem" + (n == 1 ? "" : "s") + " in " + files
                    + " file" + (files == 1 ? "" : "s") + (log.dryRun() ? " (--dry-run: no file changed)" : ""));
        }
        out.println();
        out.flush();
    }

    /**
     * Quoted, with line breaks made visible and other control characters escaped (text from a
     * post must not reach the terminal raw); an insertion's or deletion's empty side says so.
     */
    static String shown(String s) {
        if (s.isEmpty()) return "(nothing)";
        return "'" + TextReporter.safe(s.replace("\r\n", "⏎").replace("\n", "⏎")) + "'";
    }
}
