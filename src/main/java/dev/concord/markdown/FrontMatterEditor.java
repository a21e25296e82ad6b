package dev.concord.markdown;

import dev.concord.model.InputException;
import dev.concord.model.YamlText;

/**
 * Rewrites one front matter scalar in place, so that everything else in the file stays
 * byte-for-byte as it was. Used by the converter for {@code lang:} and {@code title:}
 * and by the {@code lang:} fix.
 */
public final class FrontMatterEditor {
    /** Plain scalars YAML would read as something other than a string (title: 2023, lang: no). */
    private FrontMatterEditor() {}

    /**
     * Returns {@code text} with {@code key} set to {@code newValue}: an existing value is replaced
     * keeping its quoting style ('…', "…" or plain; plain becomes "…" when the new value needs
     * quotes); an absent key is appended before the closing {@code ---}; a file without front
     * matter gets one. {@code fm} must be the front matter parsed from this same {@code text}.
     *
     * @throws InputException when the front matter is malformed (editing it could lose data)
     */
    public static String setField(String text, FrontMatter fm, String key, String newValue) {
        if (fm.error() != null) {
            throw new InputException(null, fm.errorLine(), "cannot set '" + key + "': " + fm.error());
        }
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        if (!fm.present()) {
            return "---" + eol + key + ": " + YamlText.scalar(newValue) + eol + "---" + eol + text;
        }
        FrontMatter.Field f = fm.fields().get(key);
        if (f != null) {
            int s = f.valueSpan().start(), e = f.valueSpan().end();
            String written;
            if (e > s && text.charAt(s) == '\'') written = YamlText.singleQuoted(newValue);
            else if (e > s && text.charAt(s) == '"') written = YamlText.doubleQuoted(newValue);
            else written = YamlText.scalar(newValue);
            // "key:" with no value: the span sits right after the colon
            if (e == s && s > 0 && text.charAt(s - 1) == ':') written = " " + written;
            return text.substring(0, s) + written + text.substring(e);
        }
        int closingLine = text.lastIndexOf('\n', fm.span().end() - 1) + 1;
        return text.substring(0, closingLine) + key + ": " + YamlText.scalar(newValue) + eol
                + text.substring(closingLine);
    }
}
