package dev.concord.cli;

import dev.concord.convert.Ambiguity;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import dev.concord.report.Json;
import java.util.List;

/** The ambiguous characters of one converted file, as {@code convert --explain} prints them. */
record Explanation(SourceText source, List<Ambiguity> ambiguities) {
    /** Characters of context on each side of an ambiguous character. */
    private static final int CONTEXT = 4;

    /** One line per ambiguity: {@code file:line:col: 发 → 發 (candidates 發 髮) in 经理发现后}; a count per file. */
    static String text(List<Explanation> files) {
        StringBuilder out = new StringBuilder();
        for (Explanation e : files) {
            SourceText src = e.source();
            for (Ambiguity a : e.ambiguities()) {
                out.append(src.path()).append(':').append(src.line(a.start())).append(':').append(src.column(a.start()))
                        .append(": ").append(a.source()).append(" → ").append(a.chosen())
                        .append(" (candidates ").append(String.join(" ", a.candidates())).append(") in ")
                        .append(context(src.text(), a)).append('\n');
            }
            out.append(src.path()).append(": ").append(e.ambiguities().size())
                    .append(e.ambiguities().size() == 1 ? " ambiguous character" : " ambiguous characters").append('\n');
        }
        return out.toString();
    }

    static String json(List<Explanation> files, Lang target) {
        StringBuilder out = new StringBuilder("{\"to\": ").append(Json.quote(target.key())).append(", \"files\": [");
        for (int f = 0; f < files.size(); f++) {
            SourceText src = files.get(f).source();
            out.append(f == 0 ? "\n  " : ",\n  ").append("{\"file\": ").append(Json.quote(src.path())).append(", \"ambiguities\": [");
            List<Ambiguity> list = files.get(f).ambiguities();
            for (int i = 0; i < list.size(); i++) {
                Ambiguity a = list.get(i);
                out.append(i == 0 ? "\n    " : ",\n    ")
                        .append("{\"line\": ").append(src.line(a.start()))
                        .append(", \"column\": ").append(src.column(a.start()))
                        .append(", \"source\": ").append(Json.quote(a.source()))
                        .append(", \"candidates\": [");
                for (int c = 0; c < a.candidates().size(); c++) out.append(c == 0 ? "" : ", ").append(Json.quote(a.candidates().get(c)));
                out.append("], \"chosen\": ").append(Json.quote(a.chosen()))
                        .append(", \"context\": ").append(Json.quote(context(src.text(), a))).append('}');
            }
            out.append(list.isEmpty() ? "]}" : "\n  ]}");
        }
        return out.append(files.isEmpty() ? "]}\n" : "\n]}\n").toString();
    }

    /** The source line around the character, up to {@link #CONTEXT} code points each side, without line breaks. */
    static String context(String text, Ambiguity a) {
        int from = a.start(), to = a.end();
        for (int k = 0; k < CONTEXT && from > 0 && text.charAt(from - 1) != '\n'; k++) from = text.offsetByCodePoints(from, -1);
        for (int k = 0; k < CONTEXT && to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r'; k++) {
            to = text.offsetByCodePoints(to, 1);
        }
        return text.substring(from, to);
    }
}
