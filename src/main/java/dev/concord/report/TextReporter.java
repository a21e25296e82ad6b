package dev.concord.report;

import dev.concord.check.CheckResult;
import dev.concord.check.Finding;
import dev.concord.catalogue.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * {@code path:line:col: severity: message [rule]}, grouped per post (a blank line and the post's
 * name between groups), the related location of the other variant indented on the next line,
 * then {@code N errors, M warnings in P posts (F files)}. Colours through picocli's {@link Ansi}:
 * {@link Ansi#AUTO} colours a terminal and honours NO_COLOR and CLICOLOR_FORCE.
 */
public final class TextReporter implements Reporter {
    private final Ansi ansi;
    private final java.util.function.UnaryOperator<String> path;

    public TextReporter(Ansi ansi) {
        this(ansi, p -> p);
    }

    /** @param path how a root-relative path is shown (e.g. relative to the working directory) */
    public TextReporter(Ansi ansi, java.util.function.UnaryOperator<String> path) {
        this.ansi = ansi;
        this.path = path;
    }

    public TextReporter(boolean color) {
        this(color ? Ansi.ON : Ansi.OFF);
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        String post = null;
        for (Finding f : result.findings()) {
            if (!Objects.equals(post, f.post())) {
                if (post != null) out.println();
                post = f.post();
                out.println(bold(safe(post)));
            }
            String sev = f.severity() == Severity.ERROR ? paint("error", Style.fg_red) : paint("warning", Style.fg_yellow);
            out.println(safe(path.apply(f.file())) + ":" + f.line() + ":" + f.column() + ": " + sev + ": " + safe(f.message()) + " " + dim("[" + f.rule() + "]"));
            for (Finding.Location r : f.related()) {
                out.println("    " + dim("see " + safe(path.apply(r.file())) + ":" + r.line() + ":" + r.column()));
            }
        }
        if (!result.findings().isEmpty()) out.println();
        long e = result.count(Severity.ERROR), w = result.count(Severity.WARNING);
        out.println(e + " error" + (e == 1 ? "" : "s") + ", " + w + " warning" + (w == 1 ? "" : "s") + " in "
                + result.posts() + " post" + (result.posts() == 1 ? "" : "s") + " (" + result.files() + " file"
                + (result.files() == 1 ? "" : "s") + ")");
        out.flush();
    }

    /**
     * Text from posts and file names with control characters made visible: an ESC or BEL quoted
     * from a post must not reach a terminal raw (it could recolour, retitle or rewrite the screen).
     * C0 controls, DEL and C1 controls become {@code \x1B}-style escapes; a backslash stays as is.
     */
    public static String safe(String s) {
        return safe(s, false);
    }

    /**
     * {@link #safe(String)} for text shown as lines (a diff): tab, line feed, and a carriage return
     * that ends a line stay; every other control character is escaped.
     */
    public static String safeLines(String s) {
        return safe(s, true);
    }

    private static String safe(String s, boolean keepLines) {
        if (s == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
            if (control && keepLines) {
                control = !(c == '\t' || c == '\n' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n'));
            }
            if (!control) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
            out.append(String.format("\\x%02X", (int) c));
        }
        return out == null ? s : out.toString();
    }

    private String paint(String s, Style style) {
        return ansi.apply(s, List.of(style)).toString();
    }

    private String bold(String s) {
        return paint(s, Style.bold);
    }

    private String dim(String s) {
        return paint(s, Style.faint);
    }
}
