package dev.concord.check;

import dev.concord.catalogue.Severity;
import java.util.List;

/**
 * The outcome of a check run: findings in report order, what was looked at, and each post as
 * checked (parsed variants, alignment, term matches) for the reports that show the text.
 */
public record CheckResult(List<Finding> findings, int posts, int files, List<Inspection> inspections) {
    public CheckResult(List<Finding> findings, int posts, int files) {
        this(findings, posts, files, List.of());
    }

    public long count(Severity s) {
        long n = 0;
        for (Finding f : findings) if (f.severity() == s) n++;
        return n;
    }
}
