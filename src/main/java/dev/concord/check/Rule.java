package dev.concord.check;

import dev.concord.catalogue.Severity;
import java.util.List;

/**
 * One check with a stable id. A rule only reports: it never prints and never decides severity
 * (the config does) or suppression (the engine does).
 */
public interface Rule {
    /** Stable id used in reports, config and suppressions, e.g. {@code term-forbidden}. */
    String id();

    /** One sentence for help, SARIF and docs. */
    String description();

    Severity defaultSeverity();

    void check(PostContext post, List<Finding> out);
}
