package dev.concord.check;

import dev.concord.model.Lang;
import java.util.List;

/**
 * One problem found. Positions are 1-based; columns count Unicode code points. {@code file} is
 * root-relative with '/'. Optional fields are null when they do not apply (left out of JSON).
 */
public record Finding(String rule, Severity severity, String file, int line, int column, int endLine, int endColumn,
                      Lang variant, String post, String term, String found, String expected, String message,
                      List<Location> related, Fix fix) {

    /** A location in another variant that the finding refers to. */
    public record Location(String file, int line, int column) {}

    /** A deterministic replacement of [start, end) char offsets of the file's text. */
    public record Fix(String replacement, int start, int end) {}

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, file, line, column, endLine, endColumn, variant, post, term, found, expected,
                message, related, fix);
    }
}
