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
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One self-contained page for a translator: a summary of rules and posts, then each post's
 * variants in aligned columns, row by row (a block only some variants have is a row of its own,
 * with a gap in the others), the Markdown rendered ({@link MarkdownHtml}) with each block's source
 * lines beside it, glossary terms marked and each finding marked over the whole span it covers,
 * its message under the row. Each column carries its language (zh-Hant, zh-Hans, en) and a font
 * list for it, so Traditional text is drawn with Traditional glyph shapes. Only posts with findings
 * are shown unless {@code all}: a clean run over thousands of posts stays a small page.
 *
 * <p>Nothing leaves the page: a Content-Security-Policy allows no load at all (no image, font,
 * style sheet or script from anywhere) and only the one inline script, by its hash; that script
 * filters the findings by rule and severity (also from the address: {@code #rule=…&severity=…}).
 */
public final class HtmlReporter implements Reporter {
    /**
     * Font lists per language: the Traditional face first for zh-Hant and the Simplified one for
     * zh-Hans (the same code point, e.g. 骨 or 誤, has different shapes in the two), then the
     * faces of common systems.
     */
    private static final String CSS = """
            body{font:14px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em;color:#222}
            :lang(zh-Hant){font-family:"Noto Sans CJK TC","Noto Sans TC","Source Han Sans TC","PingFang TC","Microsoft JhengHei",sans-serif}
            :lang(zh-Hans){font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
            code,pre{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.92em}
            :lang(zh-Hant) code,:lang(zh-Hant) pre{font-family:ui-monospace,"Noto Sans Mono CJK TC",monospace}
            :lang(zh-Hans) code,:lang(zh-Hans) pre{font-family:ui-monospace,"Noto Sans Mono CJK SC",monospace}
            [hidden]{display:none!important}
            h1{font-size:1.4em}section.post>h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse}table.rows{width:100%;table-layout:fixed}
            td,th{border:1px solid #ddd;padding:.4em .6em;vertical-align:top;text-align:left;overflow-wrap:anywhere}
            th{background:#f4f4f4}td.n{text-align:right}
            .ln{float:left;color:#999;font-size:.8em;margin-right:.6em;user-select:none}
            td.missing{background:#fdecea;color:#a33;font-style:italic}
            .term{border-bottom:2px solid #2a7}.term.bad{border-bottom-color:#d33;background:#fdecea}
            mark.error{background:#f8c7c3}mark.warning{background:#fff1b8}mark.off{background:none}
            ul.findings{margin:.2em 0 0 0;padding-left:1.2em;font-size:.9em}li.error{color:#a33}li.warning{color:#8a6d00}
            tr.flagged>td{background:#fffaf5}code{background:#f2f2f2;padding:0 .2em}
            .md{margin:0}h1.md{font-size:1.3em}h2.md{font-size:1.2em}h3.md,h4.md,h5.md,h6.md{font-size:1.05em}
            ul.md,ol.md{padding-left:0;list-style-position:inside}.d2{margin-left:1.5em}.d3{margin-left:3em}.d4{margin-left:4.5em}.d5,.d6{margin-left:6em}
            table.md td,table.md th{border-color:#eee}pre{white-space:pre-wrap;margin:0}pre.src{color:#555}
            .info{color:#888;font-size:.85em}blockquote{margin:0;padding-left:.8em;border-left:3px solid #ddd}
            .img{border:1px dashed #aaa;padding:0 .2em}.img::before{content:"image: ";color:#888}a.unsafe{color:#a33}
            .filter{margin:1em 0;padding:.5em;background:#f4f4f4}.filter label{margin-right:1em}
            """;

    /**
     * The filter: hides the findings, marks, rows and posts that do not match the rule and
     * severity chosen (all rows show when nothing is chosen), and keeps the choice in the address.
     */
    private static final String SCRIPT = """
            (function(){
            var rule=document.getElementById('rule'),sev=document.getElementById('severity'),shown=document.getElementById('shown');
            function read(){location.hash.slice(1).split('&').forEach(function(kv){var i=kv.indexOf('=');if(i<0)return;
            var k=decodeURIComponent(kv.slice(0,i)),v=decodeURIComponent(kv.slice(i+1)),s=k==='rule'?rule:k==='severity'?sev:null;
            if(s&&Array.prototype.some.call(s.options,function(o){return o.value===v;}))s.value=v;});}
            function apply(){var r=rule.value,s=sev.value,active=r!==''||s!=='',on={},n=0;
            document.querySelectorAll('li[data-rule]').forEach(function(li){var v=(r===''||li.dataset.rule===r)&&(s===''||li.dataset.sev===s);
            li.hidden=!v;if(v){on[li.id]=1;n++;}});
            function any(e){return (e.dataset.f||'').split(' ').some(function(id){return on[id]===1;});}
            document.querySelectorAll('mark[data-f]').forEach(function(m){m.classList.toggle('off',!any(m));});
            document.querySelectorAll('section.post,table.rows>tbody>tr,table.posts tr[data-f]').forEach(function(e){e.hidden=active&&!any(e);});
            shown.textContent=n+' findings shown';}
            function change(){var h=[];if(rule.value)h.push('rule='+encodeURIComponent(rule.value));
            if(sev.value)h.push('severity='+encodeURIComponent(sev.value));history.replaceState(null,'',h.length?'#'+h.join('&'):location.pathname);apply();}
            rule.addEventListener('change',change);sev.addEventListener('change',change);
            window.addEventListener('hashchange',function(){read();apply();});read();apply();})();
            """;

    /** No load of any kind; styles and the one script inline (the script by its hash). */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + sha256(SCRIPT)
            + "'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

    private final boolean all;

    /** @param all show every post; otherwise only the posts with findings */
    public HtmlReporter(boolean all) {
        this.all = all;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        List<Inspection> posts = new ArrayList<>();
        for (Inspection in : result.inspections()) if (all || !in.findings().isEmpty()) posts.add(in);
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<meta name=\"referrer\" content=\"no-referrer\"><title>concord report</title><style>")
                .append(CSS).append("</style></head><body>\n<h1>concord report</h1>\n");
        // Each finding shown gets an id: its list item's, named by the marks, rows and posts it is in (the filter).
        Map<Finding, String> ids = new IdentityHashMap<>();
        for (Inspection in : posts) for (Finding f : in.findings()) ids.put(f, "f" + (ids.size() + 1));
        summary(result, posts, ids, sb);
        for (Inspection in : posts) post(in, ids, sb);
        sb.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        out.print(sb);
        out.flush();
    }

    private void summary(CheckResult result, List<Inspection> posts, Map<Finding, String> ids, StringBuilder sb) {
        Map<String, int[]> byRule = new TreeMap<>(); // errors, warnings, posts
        int errors = 0, warnings = 0;
        for (Inspection in : result.inspections()) {
            TreeSet<String> rules = new TreeSet<>();
            for (Finding f : in.findings()) {
                int[] n = byRule.computeIfAbsent(f.rule(), k -> new int[3]);
                if (f.severity() == Severity.ERROR) { n[0]++; errors++; } else { n[1]++; warnings++; }
                if (rules.add(f.rule())) n[2]++;
            }
        }
        int checked = result.inspections().size(), hidden = checked - posts.size();
        sb.append("<p>").append(errors).append(" errors, ").append(warnings).append(" warnings in ").append(checked)
                .append(" posts.");
        if (hidden > 0) sb.append(" ").append(hidden).append(hidden == 1 ? " post" : " posts")
                .append(" without findings not shown (<code>--all</code> shows every post).");
        sb.append("</p>\n<div class=\"filter\"><label>rule <select id=\"rule\"><option value=\"\">all rules</option>");
        for (String rule : byRule.keySet()) sb.append("<option value=\"").append(esc(rule)).append("\">").append(esc(rule)).append("</option>");
        sb.append("</select></label><label>severity <select id=\"severity\"><option value=\"\">all</option>")
                .append("<option value=\"error\">error</option><option value=\"warning\">warning</option></select></label><span id=\"shown\"></span></div>\n");
        if (!byRule.isEmpty()) {
            sb.append("<table class=\"summary\"><tr><th>rule</th><th>errors</th><th>warnings</th><th>posts</th></tr>\n");
            for (var e : byRule.entrySet()) {
                int[] n = e.getValue();
                sb.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">").append(n[0])
                        .append("</td><td class=\"n\">").append(n[1]).append("</td><td class=\"n\">").append(n[2]).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        if (posts.isEmpty()) return;
        sb.append("<table class=\"posts\"><tr><th>post</th><th>errors</th><th>warnings</th></tr>\n");
        for (Inspection in : posts) {
            long e = in.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
            String slug = in.context().slug();
            sb.append("<tr data-f=\"").append(ids(in.findings(), ids)).append("\"><td><a href=\"#").append(esc(slug)).append("\">").append(esc(slug)).append("</a></td><td class=\"n\">")
                    .append(e).append("</td><td class=\"n\">").append(in.findings().size() - e).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void post(Inspection in, Map<Finding, String> id, StringBuilder sb) {
        PostContext ctx = in.context();
        List<Lang> langs = new ArrayList<>(ctx.variants().keySet());
        Map<Lang, MarkdownHtml> markdown = new EnumMap<>(Lang.class);
        for (Lang l : langs) markdown.put(l, MarkdownHtml.of(ctx.variant(l).doc().source()));
        sb.append("<section class=\"post\" id=\"").append(esc(ctx.slug())).append("\" data-f=\"").append(ids(in.findings(), id))
                .append("\">\n<h2>").append(esc(ctx.slug())).append("</h2>\n<table class=\"rows\"><thead><tr>");
        for (Lang l : langs) {
            sb.append("<th>").append(l.key()).append(" · ").append(esc(ctx.variant(l).path())).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        List<Finding> placed = new ArrayList<>();
        for (Row row : shownRows(ctx, langs)) {
            List<Finding> rowFindings = new ArrayList<>();
            StringBuilder cells = new StringBuilder();
            boolean unaligned = row.size() == 1 && !row.blocks().values().iterator().next().kind().structural();
            for (Lang l : langs) {
                Block b = row.blocks().get(l);
                if (b == null) {
                    // a structural block missing here is a gap; markup that is never aligned is no one's gap
                    cells.append(unaligned ? "<td class=\"blank\"></td>" : "<td class=\"missing\" lang=\"en\">no block here</td>");
                    continue;
                }
                List<Finding> inBlock = in.in(l, b);
                SourceText src = ctx.variant(l).doc().source();
                int first = src.line(b.span().start()), last = src.line(Math.max(b.span().start(), b.span().end() - 1));
                rowFindings.addAll(inBlock);
                cells.append("<td lang=\"").append(l.bcp47()).append("\"><span class=\"ln\" title=\"source lines\">").append(first);
                if (last > first) cells.append('–').append(last);
                cells.append("</span>").append(markdown.get(l).block(b, highlights(ctx, l, b, inBlock, id))).append("</td>");
            }
            placed.addAll(rowFindings);
            String f = ids(rowFindings, id);
            sb.append("<tr").append(rowFindings.isEmpty() ? "" : " class=\"flagged\"").append(" data-f=\"").append(f).append("\">")
                    .append(cells).append("</tr>\n");
            if (!rowFindings.isEmpty()) findings(ctx, rowFindings, id, langs.size(), sb);
        }
        List<Finding> rest = new ArrayList<>(in.findings());
        rest.removeAll(placed);
        if (!rest.isEmpty()) findings(ctx, rest, id, langs.size(), sb); // front matter, missing variants
        sb.append("</tbody></table>\n");
        converterAmbiguities(in, sb);
        sb.append("</section>\n");
    }

    /**
     * The aligned rows, with the blocks alignment leaves out (raw HTML, Liquid, reference
     * definitions, rules) as rows of their own, each after the row of the block that precedes it
     * in its variant: the page shows every block of every variant.
     */
    private static List<Row> shownRows(PostContext ctx, List<Lang> langs) {
        List<Row> rows = ctx.rows();
        Map<Block, Integer> rowOf = new IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) for (Block b : rows.get(i).blocks().values()) rowOf.put(b, i);
        Map<Integer, List<Row>> after = new TreeMap<>(); // -1: before the first row
        for (Lang l : langs) {
            int last = -1;
            for (Block b : ctx.variant(l).doc().blocks()) {
                Integer at = rowOf.get(b);
                if (at != null) {
                    last = at;
                    continue;
                }
                Map<Lang, Block> lone = new EnumMap<>(Lang.class);
                lone.put(l, b);
                after.computeIfAbsent(last, k -> new ArrayList<>()).add(new Row(lone));
            }
        }
        if (after.isEmpty()) return rows;
        List<Row> out = new ArrayList<>(after.getOrDefault(-1, List.of()));
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i));
            out.addAll(after.getOrDefault(i, List.of()));
        }
        return out;
    }

    private static String ids(List<Finding> fs, Map<Finding, String> id) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : fs) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(id.get(f));
        }
        return sb.toString();
    }

    /**
     * The block's findings, each over the whole span it covers (at least one character: a
     * finding that points at a place), and its glossary terms.
     */
    private static List<MarkdownHtml.Highlight> highlights(PostContext ctx, Lang l, Block b, List<Finding> findings,
                                                          Map<Finding, String> id) {
        SourceText src = ctx.variant(l).doc().source();
        int from = b.span().start(), to = b.span().end();
        List<MarkdownHtml.Highlight> out = new ArrayList<>();
        for (Finding f : findings) {
            int s = Math.max(from, offset(src, f.line(), f.column()));
            int e = Math.min(to, offset(src, f.endLine(), f.endColumn()));
            if (e <= s) e = Math.min(to, s + Character.charCount(src.text().codePointAt(Math.min(s, src.text().length() - 1))));
            out.add(new MarkdownHtml.Highlight(s, e, true, id.get(f), f.severity().key(), f.rule() + ": " + f.message()));
        }
        for (TermMatch m : ctx.terms().in(l, src.text(), b)) {
            out.add(new MarkdownHtml.Highlight(m.start(), m.end(), false, m.term().id(),
                    m.kind() == TermMatch.Kind.ACCEPTED ? "term" : "term bad", m.term().id()));
        }
        return out;
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
            sb.append("<li>").append(src.line(a.start())).append(':').append(src.column(a.start())).append(" <b lang=\"zh-Hans\">")
                    .append(esc(a.source())).append("</b> → <span lang=\"zh-Hant\">").append(esc(a.chosen()))
                    .append(" (candidates ").append(esc(String.join(" ", a.candidates()))).append(")</span></li>");
        }
        sb.append("</ul></details>\n");
    }

    private static void findings(PostContext ctx, List<Finding> fs, Map<Finding, String> id, int span, StringBuilder sb) {
        sb.append("<tr class=\"findings\" data-f=\"").append(ids(fs, id)).append("\"><td colspan=\"").append(span)
                .append("\"><ul class=\"findings\">");
        for (Finding f : fs) {
            // the message quotes the variant's text: drawn in its script
            String lang = f.variant() == null ? "en" : f.variant().bcp47();
            sb.append("<li id=\"").append(id.get(f)).append("\" class=\"").append(f.severity().key()).append("\" data-rule=\"")
                    .append(esc(f.rule())).append("\" data-sev=\"").append(f.severity().key()).append("\" lang=\"").append(lang)
                    .append("\">").append(esc(f.file())).append(':').append(f.line()).append(':').append(f.column()).append(' ')
                    .append(esc(f.message())).append(" <code>").append(esc(f.rule())).append("</code></li>");
        }
        sb.append("</ul></td></tr>\n");
    }

    /** Char offset of a 1-based line and code-point column. */
    private static int offset(SourceText src, int line, int column) {
        int start = src.lineStart(Math.min(line, src.lineCount()));
        return src.text().offsetByCodePoints(start, Math.min(column - 1, src.text().codePointCount(start, src.text().length())));
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, sb);
        return sb.toString();
    }

    static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) escape(s.charAt(i), sb);
    }

    /** Text and attribute values alike (attributes are always double-quoted). */
    static void escape(char c, StringBuilder sb) {
        switch (c) {
            case '<' -> sb.append("&lt;");
            case '>' -> sb.append("&gt;");
            case '&' -> sb.append("&amp;");
            case '"' -> sb.append("&quot;");
            case '\'' -> sb.append("&#39;");
            default -> sb.append(c);
        }
    }

    private static String sha256(String s) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
