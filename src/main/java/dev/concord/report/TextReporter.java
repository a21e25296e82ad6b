package dev.concord.report;

import dev.concord.check.CheckResult;
import dev.concord.check.Finding;
import dev.concord.catalogue.Severity;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * {@code path:line:col: severity: message [rule]}, grouped per post (a blank line and the post's
 * name between groups), the related location of the other variant indented on the next line,
 * then {@code N errors, M warnings in P posts (F files)}. Colours only when asked (terminal, no NO_COLOR).
 */
public final class TextReporter implements Reporter {
    private final boolean color;
    private final java.util.function.UnaryOperator<String> path;

    public TextReporter(boolean color) {
        this(color, p -> p);
    }

    /** @param path how a root-relative path is shown (e.g. relative to the working directory) */
    public TextReporter(boolean color, java.util.function.UnaryOperator<String> path) {
        this.color = color;
        this.path = path;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        String post = null;
        for (Finding f : result.findings()) {
            if (!Objects.equals(post, f.post())) {
                if (post != null) out.println();
                post = f.post();
                out.println(bold(post));
            }
            String sev = f.severity() == Severity.ERROR ? paint("31", "error") : paint("33", "warning");
            out.println(path.apply(f.file()) + ":" + f.line() + ":" + f.column() + ": " + sev + ": " + f.message() + " " + dim("[" + f.rule() + "]"));
            for (Finding.Location r : f.related()) {
                out.println("    " + dim("see " + path.apply(r.file()) + ":" + r.line() + ":" + r.column()));
            }
        }
        if (!result.findings().isEmpty()) out.println();
        long e = result.count(Severity.ERROR), w = result.count(Severity.WARNING);
        out.println(e + " error" + (e == 1 ? "" : "s") + ", " + w + " warning" + (w == 1 ? "" : "s") + " in "
                + result.posts() + " post" + (result.posts() == 1 ? "" : "s") + " (" + result.files() + " file"
                + (result.files() == 1 ? "" : "s") + ")");
        out.flush();
    }

    private String paint(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    private String bold(String s) {
        return paint("1", s);
    }

    private String dim(String s) {
        return paint("2", s);
    }
}
