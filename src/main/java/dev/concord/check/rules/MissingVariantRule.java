package dev.concord.check.rules;

import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.model.Lang;
import java.util.List;

/** A post lacks one of the configured variants; reported on the first variant it has. */
public final class MissingVariantRule implements Rule {
    @Override public String id() { return "missing-variant"; }
    @Override public String description() { return "A post lacks one of the configured variants (hant, hans, en)."; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override
    public void check(PostContext post, List<Finding> out) {
        Variant first = post.variants().values().iterator().next();
        for (Lang l : Lang.values()) {
            if (post.variant(l) != null) continue;
            String expected = post.config().layout().replace("{lang}", post.config().code(l)).replace("{slug}", post.slug());
            out.add(post.at(this, first.lang(), 0, 0)
                    .message("post '" + post.slug() + "' has no " + l.key() + " variant (expected " + expected + ")")
                    .expected(expected).build());
        }
    }
}
