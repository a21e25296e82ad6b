package dev.concord.check;

import dev.concord.catalogue.Severity;
import java.util.List;

/** The outcome of a check run: findings in report order and what was looked at. */
public record CheckResult(List<Finding> findings, int posts, int files) {
    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
