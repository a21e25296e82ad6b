package dev.concord.report;

import dev.concord.check.CheckResult;
import java.io.PrintWriter;

/** Renders a check result. A reporter never decides anything: findings and exit codes are fixed before. */
public interface Reporter {
    void write(CheckResult result, PrintWriter out);
}
