package dev.concord.markdown;

import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads concord's HTML-comment directives ({@code <!-- concord-disable term-missing -->}) and the
 * test fixtures' {@code <!-- expect: RULE -->} marks out of HTML nodes only, so that a directive
 * shown inside a code sample is not obeyed.
 */
final class DirectiveReader {
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*(concord-disable-next-line|concord-disable|concord-enable|expect:)(.*?)-->", Pattern.DOTALL);
    private static final Pattern RULE_SEPARATOR = Pattern.compile("[,\\s]+");

    private DirectiveReader() {}

    static void read(SourceText src, int from, int to, List<Document.Directive> out) {
        String text = src.text();
        if (text.indexOf("<!--", from) < 0) return;
        Matcher m = COMMENT.matcher(text).region(from, to);
        while (m.find()) {
            String word = m.group(1);
            String command = switch (word) {
                case "concord-disable-next-line" -> Document.Directive.DISABLE_NEXT_LINE;
                case "concord-disable" -> Document.Directive.DISABLE;
                case "concord-enable" -> Document.Directive.ENABLE;
                default -> Document.Directive.EXPECT;
            };
            String args = m.group(2).strip();
            // "concord-disabled" is not "concord-disable" followed by "d"
            if (!args.isEmpty() && !command.equals(Document.Directive.EXPECT)
                    && !Character.isWhitespace(text.charAt(m.start(2)))) continue;
            List<String> rules = new ArrayList<>();
            if (!args.isEmpty()) {
                for (String r : RULE_SEPARATOR.split(args)) if (!r.isEmpty()) rules.add(r);
            }
            out.add(new Document.Directive(command, List.copyOf(rules), new Span(m.start(), m.end()),
                    src.line(m.start())));
        }
    }
}
