package dev.concord.report;

import dev.concord.align.Row;
import dev.concord.check.CheckResult;
import dev.concord.check.Inspection;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.catalogue.Severity;
import dev.concord.convert.Ambiguity;
import dev.concord.convert.MarkdownConverter;
import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One self-contained page (no script, no network): a summary table of rules × posts, then each
 * post's variants in aligned columns, row by row, with glossary terms marked and findings
 * highlighted on the text they point at (the message in a tooltip and under the row).
 */
public final class HtmlReporter implements Reporter {
    private static final String CSS = """
            body{font:14px/1.6 system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            td,th{border:1px solid #ddd;padding:.4em .6em;vertical-align:top;text-align:left;word-wrap:break-word}
            th{background:#f4f4f4}.summary td.n{text-align:right}.summary{width:auto}
            .ln{color:#999;font-size:.8em;margin-right:.5em}.missing{background:#fdecea;color:#a33;font-style:italic}
            .term{border-bottom:2px solid #2a7;}.term.bad{border-bottom-color:#d33;background:#fdecea}
            mark.error{background:#f8c7c3}mark.warning{background:#fff1b8}
            ul.findings{margin:.2em 0 0 0;padding-left:1.2em;font-size:.9em}li.error{color:#a33}li.warning{color:#8a6d00}
            tr.flagged>td{background:#fffaf5}code{background:#f2f2f2;padding:0 .2em}
            """;

    @Override
    public void write(CheckResult result, PrintWriter out) {
        List<Inspection> posts = result.inspections();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>concord report</title><style>")
                .append(CSS).append("</style></head><body>\n<h1>concord report</h1>\n");
        summary(posts, sb);
        for (Inspection in : posts) post(in, sb);
        sb.append("</body></html>\n");
        out.print(sb);
        out.flush();
    }

    private static void summary(List<Inspection> posts, StringBuilder sb) {
        Map<String, Map<String, Integer>> byRule = new TreeMap<>();
        TreeSet<String> slugs = new TreeSet<>();
        int errors = 0, warnings = 0;
        for (Inspection in : posts) {
            slugs.add(in.context().slug());
            for (Finding f : in.findings()) {
                byRule.computeIfAbsent(f.rule(), k -> new TreeMap<>()).merge(in.context().slug(), 1, Integer::sum);
                if (f.severity() == Severity.ERROR) errors++; else warnings++;
            }
        }
        sb.append("<p>").append(errors).append(" errors, ").append(warnings).append(" warnings in ").append(posts.size())
                .append(" posts.</p>\n<table class=\"summary\"><tr><th>rule</th>");
        for (String s : slugs) sb.append("<th><a href=\"#").append(esc(s)).append("\">").append(esc(s)).append("</a></th>");
        sb.append("<th>total</th></tr>\n");
        for (var e : byRule.entrySet()) {
            sb.append("<tr><td>").append(esc(e.getKey())).append("</td>");
            int total = 0;
            for (String s : slugs) {
                int n = e.getValue().getOrDefault(s, 0);
                total += n;
                sb.append("<td class=\"n\">").append(n == 0 ? "" : n).append("</td>");
            }
            sb.append("<td class=\"n\">").append(total).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void post(Inspection in, StringBuilder sb) {
        PostContext ctx = in.context();
        List<Lang> langs = new ArrayList<>(ctx.variants().keySet());
        sb.append("<h2 id=\"").append(esc(ctx.slug())).append("\">").append(esc(ctx.slug())).append("</h2>\n<table><tr>");
        for (Lang l : langs) sb.append("<th>").append(l.key()).append(" · ").append(esc(ctx.variant(l).path())).append("</th>");
        sb.append("</tr>\n");
        List<Finding> placed = new ArrayList<>();
        for (Row row : ctx.rows()) {
            List<Finding> rowFindings = new ArrayList<>();
            StringBuilder cells = new StringBuilder();
            for (Lang l : langs) {
                Block b = row.blocks().get(l);
                if (b == null) {
                    cells.append("<td class=\"missing\">no block here</td>");
                    continue;
                }
                List<Finding> inBlock = in.in(l, b);
                int first = ctx.variant(l).doc().source().line(b.span().start());
                rowFindings.addAll(inBlock);
                cells.append("<td><span class=\"ln\">").append(first).append("</span>").append(block(ctx, l, b, inBlock)).append("</td>");
            }
            placed.addAll(rowFindings);
            sb.append(rowFindings.isEmpty() ? "<tr>" : "<tr class=\"flagged\">").append(cells).append("</tr>\n");
            if (!rowFindings.isEmpty()) findings(rowFindings, langs.size(), sb);
        }
        List<Finding> rest = new ArrayList<>(in.findings());
        rest.removeAll(placed);
        if (!rest.isEmpty()) findings(rest, langs.size(), sb); // front matter, missing variants
        sb.append("</table>\n");
        converterAmbiguities(in, sb);
    }

    /**
     * For a post with variant-divergence findings: the characters of its hans variant that the
     * converter could not decide (several candidates, no phrase or glossary term around them),
     * the places where a hant that differs from the converted hans may well be right.
     */
    private static void converterAmbiguities(Inspection in, StringBuilder sb) {
        PostContext ctx = in.context();
        if (ctx.variant(Lang.HANS) == null || ctx.variant(Lang.HANT) == null) return;
        if (in.findings().stream().noneMatch(f -> f.rule().equals("variant-divergence"))) return;
        SourceText src = ctx.variant(Lang.HANS).doc().source();
        MarkdownConverter converter = MarkdownConverter.of(ctx.config(), (text, lang) -> ctx.terms().in(lang, text));
        List<Ambiguity> list = converter.convertExplained(ctx.variant(Lang.HANS).doc(), Lang.HANT).ambiguities();
        if (list.isEmpty()) return;
        sb.append("<details class=\"ambiguities\"><summary>").append(list.size())
                .append(" characters the converter could not decide in ").append(esc(src.path()))
                .append(" (hans → hant)</summary><ul>");
        for (Ambiguity a : list) {
            sb.append("<li>").append(src.line(a.start())).append(':').append(src.column(a.start())).append(" <b>")
                    .append(esc(a.source())).append("</b> → ").append(esc(a.chosen())).append(" (candidates ")
                    .append(esc(String.join(" ", a.candidates()))).append(")</li>");
        }
        sb.append("</ul></details>\n");
    }

    private static void findings(List<Finding> fs, int span, StringBuilder sb) {
        sb.append("<tr><td colspan=\"").append(span).append("\"><ul class=\"findings\">");
        for (Finding f : fs) {
            sb.append("<li class=\"").append(f.severity().key()).append("\">").append(esc(f.file())).append(':').append(f.line())
                    .append(':').append(f.column()).append(" ").append(esc(f.message())).append(" <code>").append(esc(f.rule()))
                    .append("</code></li>");
        }
        sb.append("</ul></td></tr>\n");
    }

    /** The block's source text with terms and finding ranges marked. */
    private static String block(PostContext ctx, Lang l, Block b, List<Finding> findings) {
        SourceText src = ctx.variant(l).doc().source();
        String text = src.text();
        int from = b.span().start(), to = b.span().end();
        int[] markEnd = new int[to - from + 1];
        String[] markOpen = new String[to - from + 1];
        for (Finding f : findings) {
            int s = Math.max(from, offset(src, f.line(), f.column()));
            int e = Math.min(to, Math.max(s + 1, offset(src, f.endLine(), f.endColumn())));
            if (s >= to || markOpen[s - from] != null) continue;
            markOpen[s - from] = "<mark class=\"" + f.severity().key() + "\" title=\"" + esc(f.rule() + ": " + f.message()) + "\">";
            markEnd[s - from] = e;
        }
        List<TermMatch> terms = ctx.terms().in(l, text, b);
        StringBuilder sb = new StringBuilder();
        int t = 0, closeMarkAt = -1;
        for (int i = from; i < to; i++) {
            if (i == closeMarkAt) { sb.append("</mark>"); closeMarkAt = -1; }
            while (t < terms.size() && terms.get(t).end() <= i) t++;
            boolean termStart = t < terms.size() && terms.get(t).start() == i;
            if (closeMarkAt < 0 && markOpen[i - from] != null) { sb.append(markOpen[i - from]); closeMarkAt = markEnd[i - from]; }
            if (termStart) {
                TermMatch m = terms.get(t);
                sb.append("<span class=\"term").append(m.kind() == TermMatch.Kind.ACCEPTED ? "" : " bad").append("\" title=\"")
                        .append(esc(m.term().id())).append("\">");
            }
            char c = text.charAt(i);
            sb.append(c == '\n' ? "<br>" : c == '\r' ? "" : esc(String.valueOf(c)));
            if (t < terms.size() && terms.get(t).end() == i + 1 && terms.get(t).start() <= i) sb.append("</span>");
        }
        if (closeMarkAt >= 0) sb.append("</mark>");
        return sb.toString();
    }

    /** Char offset of a 1-based line and code-point column. */
    private static int offset(SourceText src, int line, int column) {
        int start = src.lineStart(Math.min(line, src.lineCount()));
        return src.text().offsetByCodePoints(start, Math.min(column - 1, src.text().codePointCount(start, src.text().length())));
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
