package dev.concord.markdown;

import dev.concord.model.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The YAML front matter between the leading {@code ---} lines. Only flat {@code key: value}
 * pairs are modelled (what blog front matter uses); {@code fields} keeps source order.
 *
 * @param span  the whole block including both {@code ---} lines, or null when the file has none
 * @param error a description of why it is malformed (with {@code errorLine}), or null
 */
public record FrontMatter(Span span, Map<String, Field> fields, String error, int errorLine) {
    /** One {@code key: value}; {@code valueSpan} covers the scalar as written (quotes included). */
    public record Field(String key, String value, Span valueSpan, int line) {}

    public static FrontMatter none() {
        return new FrontMatter(null, new LinkedHashMap<>(), null, 0);
    }

    public boolean present() {
        return span != null;
    }

    public String get(String key) {
        Field f = fields.get(key);
        return f == null ? null : f.value();
    }
}
