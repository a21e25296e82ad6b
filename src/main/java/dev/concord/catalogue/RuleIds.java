package dev.concord.catalogue;

import java.util.List;
import java.util.Set;

/** The stable rule ids of spec §6; config {@code rules:} keys and suppression comments must be one of these. */
public final class RuleIds {
    public static final String TERM_MISSING = "term-missing";
    public static final String TERM_FORBIDDEN = "term-forbidden";
    public static final String KEEP_ALTERED = "keep-altered";
    public static final String SCRIPT_MIXED = "script-mixed";
    public static final String NUMBER_MISMATCH = "number-mismatch";
    public static final String LINK_MISMATCH = "link-mismatch";
    public static final String CODE_MISMATCH = "code-mismatch";
    public static final String STRUCTURE_MISMATCH = "structure-mismatch";
    public static final String FRONTMATTER_MISMATCH = "frontmatter-mismatch";
    public static final String MISSING_VARIANT = "missing-variant";
    public static final String VARIANT_DIVERGENCE = "variant-divergence";
    public static final String PUNCTUATION_STYLE = "punctuation-style";

    /** In the order of spec §6. */
    public static final List<String> ORDERED = List.of(TERM_MISSING, TERM_FORBIDDEN, KEEP_ALTERED, SCRIPT_MIXED,
            NUMBER_MISMATCH, LINK_MISMATCH, CODE_MISMATCH, STRUCTURE_MISMATCH, FRONTMATTER_MISMATCH,
            MISSING_VARIANT, VARIANT_DIVERGENCE, PUNCTUATION_STYLE);

    public static final Set<String> ALL = Set.copyOf(ORDERED);

    private RuleIds() {}
}
