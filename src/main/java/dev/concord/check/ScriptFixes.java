package dev.concord.check;

import dev.concord.model.Lang;

/**
 * Converts a run of text to a variant's script, for script-mixed fixes. Supplied only when fixes
 * are wanted (--fix, JSON, SARIF): plain checking must not load the converter's dictionaries.
 */
@FunctionalInterface
public interface ScriptFixes {
    String convert(String run, Lang to);
}
