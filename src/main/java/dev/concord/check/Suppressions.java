package dev.concord.check;

import dev.concord.markdown.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code <!-- concord-disable … -->} comments of one file, as line ranges per rule (empty
 * rule list = every rule). Like textlint's filter comments: disable…enable is a region,
 * disable-next-line covers the next non-blank line.
 */
final class Suppressions {
    private record Region(int fromLine, int toLine, Set<String> rules) {}

    private final List<Region> regions = new ArrayList<>();

    Suppressions(Document doc) {
        List<Region> open = new ArrayList<>();
        for (Document.Directive d : doc.directives()) {
            switch (d.command()) {
                case Document.Directive.DISABLE -> open.add(new Region(d.line(), Integer.MAX_VALUE, Set.copyOf(d.rules())));
                case Document.Directive.ENABLE -> {
                    for (var it = open.iterator(); it.hasNext(); ) {
                        Region r = it.next();
                        if (d.rules().isEmpty() || r.rules().isEmpty() || d.rules().containsAll(r.rules())) {
                            regions.add(new Region(r.fromLine(), d.line(), r.rules()));
                            it.remove();
                        }
                    }
                }
                case Document.Directive.DISABLE_NEXT_LINE -> {
                    // the line table only for a file that has such a comment (most files have none)
                    int next = nextContentLine(doc, d.span().end(), doc.source().lineCount());
                    regions.add(new Region(d.line(), next, Set.copyOf(d.rules())));
                }
                default -> { }
            }
        }
        regions.addAll(open);
    }

    private static int nextContentLine(Document doc, int offset, int lines) {
        String text = doc.text();
        int line = doc.source().line(offset) + 1;
        while (line <= lines) {
            int s = doc.source().lineStart(line);
            int e = text.indexOf('\n', s);
            if (!text.substring(s, e < 0 ? text.length() : e).isBlank()) return line;
            line++;
        }
        return lines;
    }

    boolean suppresses(Finding f) {
        for (Region r : regions) {
            if (f.line() >= r.fromLine() && f.line() <= r.toLine() && (r.rules().isEmpty() || r.rules().contains(f.rule()))) {
                return true;
            }
        }
        return false;
    }
}
