package dev.concord.check.rules;

import dev.concord.check.Rule;
import java.util.List;

/** Every rule, in the order of spec §6. */
public final class Rules {
    private Rules() {}

    public static List<Rule> all() {
        return List.of(
                new TermMissingRule(),
                new TermForbiddenRule(),
                new KeepAlteredRule(),
                new ScriptMixedRule(),
                new NumberMismatchRule(),
                new LinkMismatchRule(),
                new CodeMismatchRule(),
                new StructureMismatchRule(),
                new FrontmatterMismatchRule(),
                new MissingVariantRule(),
                new VariantDivergenceRule(),
                new PunctuationStyleRule());
    }
}
