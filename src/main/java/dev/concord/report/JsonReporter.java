package dev.concord.report;

import dev.concord.check.CheckResult;
import dev.concord.check.Finding;
import dev.concord.catalogue.Severity;
import java.io.PrintWriter;

/** The JSON report (docs/cli.md): field names as documented, fields that do not apply left out. */
public final class JsonReporter implements Reporter {
    @Override
    public void write(CheckResult result, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"version\": 1,\n  \"findings\": [");
        boolean first = true;
        for (Finding f : result.findings()) {
            sb.append(first ? "\n    " : ",\n    ");
            first = false;
            sb.append('{');
            field(sb, "rule", f.rule(), true);
            field(sb, "severity", f.severity().key(), false);
            field(sb, "file", f.file(), false);
            num(sb, "line", f.line());
            num(sb, "column", f.column());
            num(sb, "endLine", f.endLine());
            num(sb, "endColumn", f.endColumn());
            if (f.variant() != null) field(sb, "variant", f.variant().key(), false);
            field(sb, "post", f.post(), false);
            field(sb, "term", f.term(), false);
            field(sb, "found", f.found(), false);
            field(sb, "expected", f.expected(), false);
            field(sb, "message", f.message(), false);
            if (!f.related().isEmpty()) {
                sb.append(", \"related\": [");
                for (int i = 0; i < f.related().size(); i++) {
                    Finding.Location r = f.related().get(i);
                    if (i > 0) sb.append(", ");
                    sb.append("{\"file\": ").append(Json.quote(r.file())).append(", \"line\": ").append(r.line())
                            .append(", \"column\": ").append(r.column()).append('}');
                }
                sb.append(']');
            }
            if (f.fix() != null) sb.append(", \"fix\": {\"replacement\": ").append(Json.quote(f.fix().replacement())).append('}');
            sb.append('}');
        }
        sb.append(first ? "],\n" : "\n  ],\n");
        sb.append("  \"summary\": {\"posts\": ").append(result.posts()).append(", \"files\": ").append(result.files())
                .append(", \"errors\": ").append(result.count(Severity.ERROR)).append(", \"warnings\": ")
                .append(result.count(Severity.WARNING)).append("}\n}");
        out.println(sb);
        out.flush();
    }

    private static void field(StringBuilder sb, String name, String value, boolean first) {
        if (value == null) return;
        if (!first) sb.append(", ");
        sb.append('"').append(name).append("\": ").append(Json.quote(value));
    }

    private static void num(StringBuilder sb, String name, int value) {
        sb.append(", \"").append(name).append("\": ").append(value);
    }
}
