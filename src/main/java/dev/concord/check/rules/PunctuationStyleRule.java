package dev.concord.check.rules;

import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.markdown.Block;
import dev.concord.model.Span;
import dev.concord.script.ScriptChars;
import java.util.List;

/**
 * Prose uses another variant's quotation marks (“” in hant when 「」 is configured, and the
 * reverse). A pair inside one prose span is one finding whose fix swaps both marks; a lone mark
 * is reported alone. A quotation with no Han character in it (an English headline or UI label
 * quoted inside Chinese prose: “Open Settings (JSON)”) keeps the quotation marks of the language it
 * quotes, and is left alone, by the check and by its fix.
 */
@RuleInfo(id = "punctuation-style", severity = Severity.WARNING,
        summary = "Prose uses the other variant's quotation marks (“” in hant when 「」 is configured, and vice versa).",
        details = "Prose uses the other variant's quotation marks (“” in hant when 「」 is configured, and vice versa).",
        fix = "the marks swapped",
        examples = {"hant “引號” where 「」 is configured"})
public final class PunctuationStyleRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        for (Variant v : post.variants().values()) {
            String want = post.config().quotes().get(v.lang());
            if (want == null || want.codePointCount(0, want.length()) != 2) continue;
            for (var e : post.config().quotes().entrySet()) {
                String wrong = e.getValue();
                if (e.getKey() == v.lang() || wrong.equals(want) || wrong.codePointCount(0, wrong.length()) != 2) continue;
                scan(post, v, wrong, want, out);
            }
        }
    }

    private void scan(PostContext post, Variant v, String wrong, String want, List<Finding> out) {
        char open = wrong.charAt(0), close = wrong.charAt(1);
        String text = v.doc().text();
        for (Block b : v.doc().blocks()) {
            for (Span s : b.prose()) {
                int i = s.start();
                while (i < s.end()) {
                    char c = text.charAt(i);
                    if (c == open) {
                        int j = text.indexOf(close, i + 1);
                        if (j >= 0 && j < s.end()) {
                            String inner = text.substring(i + 1, j);
                            if (quotesLatin(inner)) {
                                i = j + 1;
                                continue;
                            }
                            out.add(post.at(this, v.lang(), i, j + 1)
                                    .message("quotation marks " + wrong + " in " + v.lang().key() + " prose; expected " + want)
                                    .found(text.substring(i, j + 1)).expected(want.charAt(0) + inner + want.charAt(1))
                                    .fix(want.charAt(0) + inner + want.charAt(1)).build());
                            i = j + 1;
                            continue;
                        }
                        out.add(single(post, v, i, c, want.charAt(0)));
                    } else if (c == close) {
                        out.add(single(post, v, i, c, want.charAt(1)));
                    }
                    i++;
                }
            }
        }
    }

    /** Quoted text with Latin letters and no Han character: a quotation from English, not Chinese prose. */
    static boolean quotesLatin(String inner) {
        boolean latin = false;
        for (int k = 0; k < inner.length(); ) {
            int cp = inner.codePointAt(k);
            if (ScriptChars.isHan(cp)) return false;
            // ASCII answered here: Character.UnicodeScript is a binary search, and its class's
            // initialisation costs every check ~1 ms in the interpreter.
            latin |= cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'
                    : Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            k += Character.charCount(cp);
        }
        return latin;
    }

    private Finding single(PostContext post, Variant v, int at, char found, char expected) {
        return post.at(this, v.lang(), at, at + 1)
                .message("quotation mark " + found + " in " + v.lang().key() + " prose; expected " + expected)
                .found(String.valueOf(found)).expected(String.valueOf(expected))
                .fix(String.valueOf(expected)).build();
    }
}
