package dev.concord.check;

import dev.concord.catalogue.Severity;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.util.ArrayList;
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

    /**
     * A deterministic replacement of [start, end) char offsets of the file's text; {@code basis} is
     * the {@link SourceText#checksum()} of the text those offsets refer to.
     */
    public record Fix(String replacement, int start, int end, long basis) {
        /** A basis that matches any text: for fixes whose offsets the caller vouches for (tests, tools). */
        public static final long ANY_BASIS = -1;

        public Fix(String replacement, int start, int end) {
            this(replacement, start, end, ANY_BASIS);
        }
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, file, line, column, endLine, endColumn, variant, post, term, found, expected,
                message, related, fix);
    }

    /** Builds a finding from char offsets, computing lines and code-point columns. */
    public static final class Builder {
        private final Rule rule;
        private final Variant variant;
        private final String post;
        private final int start, end;
        private String term, found, expected, message;
        private final List<Location> related = new ArrayList<>();
        private Fix fix;

        Builder(Rule rule, Variant variant, String post, int start, int end) {
            this.rule = rule;
            this.variant = variant;
            this.post = post;
            this.start = start;
            this.end = end;
        }

        public Builder term(String id) { this.term = id; return this; }
        public Builder found(String s) { this.found = s; return this; }
        public Builder expected(String s) { this.expected = s; return this; }
        public Builder message(String s) { this.message = s; return this; }
        public Builder related(Location l) { if (l != null) related.add(l); return this; }
        public Builder fix(String replacement) { return fix(replacement, start, end); }
        public Builder fix(String replacement, int s, int e) {
            this.fix = new Fix(replacement, s, e, variant.doc().source().checksum());
            return this;
        }

        public Finding build() {
            SourceText src = variant.doc().source();
            int endOffset = Math.max(start, end);
            return new Finding(rule.id(), rule.defaultSeverity(), variant.path(), src.line(start), src.column(start),
                    src.line(endOffset), src.column(endOffset), variant.lang(), post, term, found, expected, message,
                    List.copyOf(related), fix);
        }
    }
}
