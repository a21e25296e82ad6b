package dev.concord.catalogue;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a rule is, declared once on its class (like error-prone's {@code @BugPattern}). Config
 * validation, SARIF {@code rules[]}, {@code concord rules}, docs/rules.md and the fixture catalogue
 * test all read it through {@link RuleCatalogue}: adding a rule is one annotated class implementing
 * {@code dev.concord.check.Rule} (in {@code dev.concord.check.rules}) plus its fixture folder.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable id used in reports, config {@code rules:}, suppression comments and fixture folders, e.g. {@code term-forbidden}. */
    String id();

    /** Severity unless the config says otherwise. */
    Severity severity();

    /** One sentence: {@code concord rules}, SARIF {@code shortDescription}. */
    String summary();

    /** What exactly is reported and what is not (docs/rules.md, SARIF {@code fullDescription}). */
    String details();

    /** What {@code --fix} does, or empty when the rule has no safe fix. */
    String fix() default "";

    /** Short invented illustrations of a finding, e.g. {@code "hant 規模定律 where the glossary prefers 尺度定律"}. */
    String[] examples();
}
