package dev.concord.check.rules;

import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.corpus.Layout;
import dev.concord.model.Lang;
import java.util.List;

/** A post lacks one of the configured variants; reported on the first variant it has. */
@RuleInfo(id = "missing-variant", severity = Severity.WARNING,
        summary = "A post lacks one of the configured variants (hant, hans, en).",
        details = "A post lacks one of the configured variants.",
        examples = {"posts/hant/x.md and posts/en/x.md without posts/hans/x.md"})
public final class MissingVariantRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        Variant first = post.variants().values().iterator().next();
        for (Lang l : Lang.values()) {
            if (post.variant(l) != null) continue;
            String expected = Layout.of(post.config()).pathOf(post.slug(), l);
            out.add(post.at(this, first.lang(), 0, 0)
                    .message("post '" + post.slug() + "' has no " + l.key() + " variant (expected " + expected + ")")
                    .expected(expected).build());
        }
    }
}
