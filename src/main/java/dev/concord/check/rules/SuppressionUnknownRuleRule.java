package dev.concord.check.rules;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.Variant;
import dev.concord.markdown.Document;
import dev.concord.model.EditDistance;
import java.util.List;
import java.util.Set;

/**
 * A suppression comment names a rule id that does not exist, so it suppresses nothing (a typo such
 * as {@code punctuation-styl} would otherwise fail silently); the message names the closest id.
 */
@RuleInfo(id = "suppression-unknown-rule", severity = Severity.WARNING,
        summary = "A concord-disable/enable comment names a rule id that does not exist.",
        details = "A concord-disable, concord-enable or concord-disable-next-line comment names an unknown rule id, so it suppresses nothing. The message names the closest known id.",
        examples = {"concord-disable-next-line punctuation-styl (a typo of punctuation-style)"})
public final class SuppressionUnknownRuleRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        Set<String> known = RuleCatalogue.ids();
        for (Variant v : post.variants().values()) {
            for (Document.Directive d : v.doc().directives()) {
                if (d.command().equals(Document.Directive.EXPECT)) continue;
                for (String id : d.rules()) {
                    if (known.contains(id)) continue;
                    String closest = EditDistance.closest(id, known);
                    out.add(post.at(this, v.lang(), d.span().start(), d.span().end())
                            .message("unknown rule id '" + id + "' in concord-" + d.command() + ": it suppresses nothing"
                                    + (closest != null ? "; did you mean '" + closest + "'?" : " (rule ids: " + String.join(", ", known.stream().sorted().toList()) + ")"))
                            .found(id).expected(closest).build());
                }
            }
        }
    }
}
