package dev.concord.check;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import java.util.List;

/**
 * One check with a stable id. A rule only reports: it never prints and never decides severity
 * (the config does) or suppression (the engine does). What the rule is (id, default severity,
 * description, fix, examples) is declared once, by {@link RuleInfo} on the class.
 */
public interface Rule {
    /** Stable id used in reports, config and suppressions, e.g. {@code term-forbidden}. */
    default String id() {
        RuleCatalogue.Entry e = RuleCatalogue.of(getClass());
        return e != null ? e.id() : info().id();
    }

    /** One sentence for help, SARIF and docs. */
    default String description() {
        return info().summary();
    }

    default Severity defaultSeverity() {
        RuleCatalogue.Entry e = RuleCatalogue.of(getClass());
        return e != null ? e.severity() : info().severity();
    }

    /** The rule's declaration; a rule class without one is a programming error. */
    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        return info;
    }

    void check(PostContext post, List<Finding> out);

    /**
     * This rule's findings over every post of a run, for rules that say something about the whole
     * blog (the same front matter difference on every post is one finding, not one per post).
     * By default they are left as they are.
     *
     * @param posts the number of posts checked
     */
    default List<Finding> acrossPosts(List<Finding> own, int posts) {
        return own;
    }
}
