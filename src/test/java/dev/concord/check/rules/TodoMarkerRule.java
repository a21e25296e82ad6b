package dev.concord.check.rules;

import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.check.Variant;
import dev.concord.markdown.Block;
import dev.concord.model.Span;
import java.util.List;

/**
 * A rule that exists only in the test source set, to prove that a rule is one class: with no
 * other edit it is run, accepted under {@code rules:} in concord.yaml, listed by
 * {@code concord rules} and in SARIF {@code rules[]} (CatalogueExtensionTest), and held to a defect
 * fixture and a clean twin under fixtures/todo-marker/ like every rule. Off unless configured, so
 * the other fixtures and the planted-defect evaluation do not see it.
 */
@RuleInfo(id = "todo-marker", severity = Severity.OFF,
        summary = "A TODO marker was left in a post's prose.",
        details = "The word TODO in prose (not in code), left by a translator.",
        examples = {"hans “TODO 翻译这一段”"})
public final class TodoMarkerRule implements Rule {
    static final String MARKER = "TODO";

    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            String text = v.doc().text();
            for (Block b : v.doc().blocks()) {
                for (Span s : b.prose()) {
                    for (int i = text.indexOf(MARKER, s.start()); i >= 0 && i + MARKER.length() <= s.end(); i = text.indexOf(MARKER, i + 1)) {
                        out.add(post.at(this, v.lang(), i, i + MARKER.length()).found(MARKER).message("a TODO marker is left here").build());
                    }
                }
            }
        }
    }
}
