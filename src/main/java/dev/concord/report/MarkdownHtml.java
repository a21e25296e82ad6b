package dev.concord.report;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.SourceText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One variant's blocks as HTML: flexmark's syntax tree of the file, rendered node by node, so that
 * every character shown keeps its source offset and the highlights (finding spans, glossary
 * terms) land on the characters they cover, split at element boundaries instead of breaking the
 * nesting. Everything taken from the post is escaped; raw HTML, Liquid and reference definitions
 * are shown as source, never interpreted; images are never loaded (their alt text and address are
 * shown); only http, https, mailto and relative addresses become links.
 */
final class MarkdownHtml {
    /**
     * A range of source offsets to highlight: a finding (a mark element whose {@code data-f} lists
     * the ids of the findings covering the character, for the filter) or a glossary term (a span).
     * {@code id} tells highlights apart where they overlap; {@code title} is plain text.
     */
    record Highlight(int start, int end, boolean finding, String id, String cssClass, String title) {}

    /** Addresses that may become a link: a scheme among these, or none (relative). */
    private static final Pattern SAFE_SCHEME = Pattern.compile("(?i)(https?|mailto):.*");
    private static final Pattern ANY_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final SourceText src;
    private final String text;
    /** Block-level nodes by start offset (each kind of block starts where its node starts). */
    private final Map<Integer, List<Node>> nodesAt = new HashMap<>();

    private MarkdownHtml(SourceText src, Node root) {
        this.src = src;
        this.text = src.text();
        if (root == null) return;
        for (Node n : root.getDescendants()) {
            if (n instanceof Paragraph || n instanceof Heading || n instanceof ListItem || n instanceof TableRow) {
                nodesAt.computeIfAbsent(n.getStartOffset(), k -> new java.util.ArrayList<>(1)).add(n);
            }
        }
    }

    /**
     * The renderer of one file. A file nested so deeply that flexmark or this walk overflow the
     * stack (concord's parser re-parses such files on a thread with a large stack) is shown as
     * escaped source instead.
     */
    static MarkdownHtml of(SourceText src) {
        try {
            return new MarkdownHtml(src, MarkdownParser.syntaxTree(src));
        } catch (StackOverflowError tooDeep) {
            return new MarkdownHtml(src, null);
        }
    }

    /** The block rendered, with the highlights (sorted by start or not, any overlap) marked. */
    String block(Block b, List<Highlight> highlights) {
        Out out = new Out(highlights);
        try {
            render(b, out);
        } catch (StackOverflowError tooDeep) {
            out = new Out(highlights);
            source(b.span().start(), b.span().end(), out);
        }
        return out.sb.toString();
    }

    private void render(Block b, Out out) {
        if (b.quoted()) out.sb.append("<blockquote>");
        Node node = node(b);
        switch (b.kind()) {
            case HEADING -> {
                if (node instanceof Heading h) {
                    int level = Math.max(1, Math.min(6, h.getLevel()));
                    out.sb.append("<h").append(level).append(" class=\"md\">");
                    inlines(h, out);
                    out.sb.append("</h").append(level).append('>');
                } else {
                    source(b.span().start(), b.span().end(), out);
                }
            }
            case PARAGRAPH -> {
                if (node instanceof Paragraph p) {
                    out.sb.append("<p class=\"md\">");
                    inlines(p, out);
                    out.sb.append("</p>");
                } else {
                    source(b.span().start(), b.span().end(), out);
                }
            }
            case LIST_ITEM -> {
                if (node instanceof ListItem item) listItem(item, b.level(), out);
                else source(b.span().start(), b.span().end(), out);
            }
            case TABLE_ROW -> {
                if (node instanceof TableRow row) tableRow(row, out);
                else source(b.span().start(), b.span().end(), out);
            }
            case CODE_BLOCK -> {
                out.sb.append("<pre class=\"md\">");
                if (!b.info().isEmpty()) out.sb.append("<span class=\"info\">").append(HtmlReporter.esc(b.info())).append("</span>\n");
                out.sb.append("<code>");
                out.run(text, b.codeSpan().start(), withoutLineEnd(b.codeSpan().start(), b.codeSpan().end()), false);
                out.sb.append("</code></pre>");
            }
            case THEMATIC_BREAK -> out.sb.append("<hr>");
            default -> source(b.span().start(), b.span().end(), out); // raw HTML, Liquid, reference definitions
        }
        if (b.quoted()) out.sb.append("</blockquote>");
    }

    private Node node(Block b) {
        List<Node> at = nodesAt.get(b.span().start());
        if (at == null) return null;
        for (Node n : at) {
            boolean fits = switch (b.kind()) {
                case HEADING -> n instanceof Heading;
                case PARAGRAPH -> n instanceof Paragraph;
                case LIST_ITEM -> n instanceof ListItem;
                case TABLE_ROW -> n instanceof TableRow;
                default -> false;
            };
            if (fits) return n;
        }
        return null;
    }

    /** Markup shown as it is written: escaped source in a pre. */
    private void source(int from, int to, Out out) {
        to = withoutLineEnd(from, to);
        out.sb.append("<pre class=\"src\">");
        out.run(text, from, to, false);
        out.sb.append("</pre>");
    }

    /** {@code to}, less the line break that ends the range (a pre would show it as an empty line). */
    private int withoutLineEnd(int from, int to) {
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) to--;
        return to;
    }

    /** The item's leading paragraphs (the rest of the item are blocks of their own), in a one-item list. */
    private void listItem(ListItem item, int level, Out out) {
        boolean ordered = item instanceof OrderedListItem;
        out.sb.append(ordered ? "<ol" : "<ul").append(" class=\"md d").append(Math.max(1, Math.min(6, level))).append('"');
        if (ordered) {
            String marker = item.getOpeningMarker().toString().replaceAll("\\D", "");
            if (!marker.isEmpty() && marker.length() < 10) out.sb.append(" start=\"").append(Integer.parseInt(marker)).append('"');
        }
        out.sb.append("><li>");
        boolean first = true;
        for (Node n = item.getFirstChild(); n instanceof Paragraph p; n = n.getNext()) {
            if (!first) out.sb.append("<br><br>");
            inlines(p, out);
            first = false;
        }
        out.sb.append("</li>").append(ordered ? "</ol>" : "</ul>");
    }

    private void tableRow(TableRow row, Out out) {
        String cell = row.getParent() instanceof TableHead ? "th" : "td";
        out.sb.append("<table class=\"md\"><tr>");
        for (Node n = row.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof TableCell c)) continue;
            out.sb.append('<').append(cell).append('>');
            inlines(c, out);
            out.sb.append("</").append(cell).append('>');
        }
        out.sb.append("</tr></table>");
    }

    private void inlines(Node parent, Out out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) inline(n, out);
    }

    private void inline(Node n, Out out) {
        if (n instanceof Text) {
            out.run(text, n.getStartOffset(), n.getEndOffset(), true);
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.sb.append("<br>"); // source lines kept: a finding's line is the line shown
        } else if (n instanceof Code c) {
            out.sb.append("<code>");
            out.run(text, c.getText().getStartOffset(), c.getText().getEndOffset(), false);
            out.sb.append("</code>");
        } else if (n instanceof StrongEmphasis) {
            wrap("strong", n, out);
        } else if (n instanceof Emphasis) {
            wrap("em", n, out);
        } else if (n instanceof Strikethrough) {
            wrap("del", n, out);
        } else if (n instanceof Image || n instanceof ImageRef) {
            // never loaded: the alt text, marked as an image, with the address in a tooltip
            String url = n instanceof Image i ? i.getUrl().toString() : ((ImageRef) n).getReference().toString();
            out.sb.append("<span class=\"img\" title=\"image: ").append(HtmlReporter.esc(url)).append("\">");
            inlines(n, out);
            out.sb.append("</span>");
        } else if (n instanceof InlineLinkNode l) {
            link(l.getUrl().toString(), n, out);
        } else if (n instanceof RefNode) {
            out.sb.append("<span class=\"ref\" title=\"reference link\">");
            inlines(n, out);
            out.sb.append("</span>");
        } else if (n instanceof AutoLink || n instanceof MailLink) {
            String url = n instanceof AutoLink a ? a.getText().toString() : "mailto:" + ((MailLink) n).getText();
            out.sb.append(anchor(url));
            out.run(text, n.getStartOffset(), n.getEndOffset(), false);
            out.sb.append("</a>");
        } else if (n instanceof HtmlInlineBase) {
            out.sb.append("<code class=\"html\">");
            out.run(text, n.getStartOffset(), n.getEndOffset(), false);
            out.sb.append("</code>");
        } else if (n.hasChildren()) {
            inlines(n, out);
        } else {
            out.run(text, n.getStartOffset(), n.getEndOffset(), false); // Liquid tags, footnote refs: as written
        }
    }

    private void wrap(String tag, Node n, Out out) {
        out.sb.append('<').append(tag).append('>');
        inlines(n, out);
        out.sb.append("</").append(tag).append('>');
    }

    private void link(String url, Node n, Out out) {
        out.sb.append(anchor(url));
        inlines(n, out);
        out.sb.append("</a>");
    }

    /**
     * An anchor that leaves nothing to chance: no opener, no referrer, a new tab; an address with
     * another scheme (javascript:, data:, file:…) is no link, only a tooltip.
     */
    static String anchor(String url) {
        String u = url.strip();
        boolean safe = SAFE_SCHEME.matcher(u).matches() || !ANY_SCHEME.matcher(u).matches();
        if (!safe || u.isEmpty()) return "<a class=\"unsafe\" title=\"" + HtmlReporter.esc(u) + "\">";
        return "<a href=\"" + HtmlReporter.esc(u) + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\" title=\""
                + HtmlReporter.esc(u) + "\">";
    }

    /** The output of one block, with the highlight state of the text written so far. */
    private static final class Out {
        final StringBuilder sb = new StringBuilder();
        final List<Highlight> highlights;

        Out(List<Highlight> highlights) {
            this.highlights = highlights;
        }

        /**
         * Source characters [from, to), escaped, with the highlights that cover each character
         * opened and closed around it; everything opened here is closed here, so the elements
         * around the run (a link, emphasis) nest correctly. {@code unescape}: drop the backslash of
         * a Markdown escape (\* shows *).
         */
        void run(String text, int from, int to, boolean unescape) {
            String openKey = null;
            boolean openFinding = false, openTerm = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (unescape && c == '\\' && i + 1 < to && ASCII_PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0) continue;
                if (c == '\r') continue;
                Highlight f = null, t = null;
                StringBuilder key = new StringBuilder();
                for (Highlight h : highlights) {
                    if (h.start() > i || h.end() <= i) continue;
                    if (h.finding()) {
                        if (f == null) f = h;
                        key.append(h.id()).append(' ');
                    } else if (t == null) {
                        t = h;
                    }
                }
                String k = key + "|" + (t == null ? "" : t.id() + "@" + t.start());
                if (!k.equals(openKey)) {
                    if (openKey != null) close(openFinding, openTerm);
                    openFinding = f != null;
                    openTerm = t != null;
                    if (openFinding) openMark(key.toString().strip(), f, i);
                    if (openTerm) {
                        sb.append("<span class=\"").append(t.cssClass()).append("\" title=\"");
                        HtmlReporter.escape(t.title(), sb);
                        sb.append("\">");
                    }
                    openKey = k;
                }
                if (c == '\n') sb.append("<br>");
                else HtmlReporter.escape(c, sb);
            }
            if (openKey != null) close(openFinding, openTerm);
        }

        /** One mark element for all findings covering a character: the first one's class, every id and message. */
        private void openMark(String ids, Highlight first, int at) {
            sb.append("<mark class=\"").append(first.cssClass()).append("\" data-f=\"").append(ids).append("\" title=\"");
            boolean more = false;
            for (Highlight h : highlights) {
                if (!h.finding() || h.start() > at || h.end() <= at) continue;
                if (more) sb.append("&#10;");
                HtmlReporter.escape(h.title(), sb);
                more = true;
            }
            sb.append("\">");
        }

        private void close(boolean finding, boolean term) {
            if (term) sb.append("</span>");
            if (finding) sb.append("</mark>");
        }
    }
}
