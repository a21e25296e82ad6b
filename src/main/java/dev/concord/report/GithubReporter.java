package dev.concord.report;

import dev.concord.check.CheckResult;
import dev.concord.check.Finding;
import dev.concord.catalogue.Severity;
import java.io.PrintWriter;

/** GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…::message}. */
public final class GithubReporter implements Reporter {
    @Override
    public void write(CheckResult result, PrintWriter out) {
        for (Finding f : result.findings()) {
            String kind = f.severity() == Severity.ERROR ? "error" : "warning";
            out.println("::" + kind + " file=" + property(f.file()) + ",line=" + f.line() + ",col=" + f.column()
                    + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn() + ",title=" + property(f.rule())
                    + "::" + data(f.message() + " [" + f.rule() + "]"));
        }
        out.flush();
    }

    /** Escaping of the workflow command syntax (as @actions/core does). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
