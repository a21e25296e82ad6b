package dev.concord.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagBlock;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;
import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.concord.model.InputException;
import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one Markdown file into concord's {@link Document}: front matter, blocks in source order,
 * and for each block the prose spans that conversion may rewrite and the links and code that the
 * rules compare. Offsets are char offsets into {@code src.text()}. Thread-safe.
 */
public final class MarkdownParser {
    /** Built once: flexmark parsers are immutable and reusable across threads. */
    private static final Parser PARSER = parser(true, true);

    /**
     * The same parser without inline Liquid tags ({@link WithoutInlineTags#PARSER}), for the documents {@link #PARSER} throws on: the
     * jekyll-tag extension appends an inline {@code {% … %}} to its parent as a block node, and in a
     * table cell that parent is inline, so flexmark throws IllegalArgumentException ("Parent of
     * block must also be block"). ProseScanner protects {@code {% … %}} in prose either way.
     */
    private static final class WithoutInlineTags {
        /** Built on first use (class-holder idiom): few documents need it, and every run paid for building it. */
        static final Parser PARSER = parser(false, true);
    }

    /**
     * @param linearHeadings flexmark's heading parser behind {@link LinearHeadingParser} (always,
     *                       but for the test that shows both parse alike)
     */
    static Parser parser(boolean inlineTags, boolean linearHeadings) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                FootnoteExtension.create(), JekyllTagExtension.create()));
        options.set(JekyllTagExtension.ENABLE_INLINE_TAGS, inlineTags);
        // no AutolinkExtension: bare URLs are found by ProseScanner (see there why)
        // A custom inline parser (see LinearInlineParser) makes flexmark drop its core paragraph
        // pre-processor, the one that reads reference definitions: it is added back by hand.
        options.set(Parser.HEADING_PARSER, !linearHeadings);
        Parser.Builder builder = Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        if (linearHeadings) builder.customBlockParserFactory(new LinearHeadingParser());
        return builder.build();
    }

    private MarkdownParser() {}

    /**
     * Parses one file. flexmark and the walk below recurse once per level of nesting (block quotes,
     * lists, emphasis, brackets), so a few thousand levels overflow an ordinary thread's stack; such
     * a file is parsed again on a thread of its own with a far larger stack. If even that overflows,
     * the file is an input error naming it, never a crash.
     */
    public static Document parse(SourceText src) {
        try {
            return parseHere(src);
        } catch (StackOverflowError e) {
            return parseOnLargeStack(src);
        }
    }

    /** Stack of the thread for deeply nested files: reserved address space, used only as deep as the file goes. */
    static final long LARGE_STACK_BYTES = 2L << 30;

    private static Document parseOnLargeStack(SourceText src) {
        Document[] out = new Document[1];
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = parseHere(src);
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "concord-deep-parse", LARGE_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(src.path(), 0, "interrupted while parsing");
        }
        if (failed[0] instanceof StackOverflowError) {
            throw new InputException(src.path(), 0, "Markdown nested too deeply to parse (block quotes, lists, emphasis or brackets)");
        }
        if (failed[0] instanceof RuntimeException r) throw r;
        if (failed[0] instanceof Error e) throw e;
        return out[0];
    }

    private static Document parseHere(SourceText src) {
        FrontMatter fm = FrontMatterReader.read(src.text());
        String body = body(src.text(), fm);
        MarkdownBounds.Bounded bounded = MarkdownBounds.apply(body);
        Walker w = new Walker(src, bounded.text() != body);
        for (com.vladsch.flexmark.util.ast.Document piece : pieces(bounded)) w.walk(piece);
        List<Span> prose = new ArrayList<>();
        for (Block b : w.blocks) prose.addAll(b.prose());
        Document.Limit limit = bounded.applied()
                ? new Document.Limit(src.line(bounded.limit()), "Markdown " + bounded.what()) : null;
        return new Document(src, fm, List.copyOf(w.blocks), List.copyOf(prose), List.copyOf(w.directives), limit);
    }

    /**
     * flexmark's syntax tree of the file, parsed exactly as {@link #parse} parses it (front matter
     * blanked, so node offsets are offsets of {@code src.text()}; the same limits, the pieces of a
     * file past them joined under one root): for views that render the Markdown of a block (the
     * HTML report) instead of reading concord's blocks.
     */
    public static com.vladsch.flexmark.util.ast.Document syntaxTree(SourceText src) {
        List<com.vladsch.flexmark.util.ast.Document> pieces =
                pieces(MarkdownBounds.apply(body(src.text(), FrontMatterReader.read(src.text()))));
        com.vladsch.flexmark.util.ast.Document tree = pieces.get(0);
        for (com.vladsch.flexmark.util.ast.Document piece : pieces.subList(1, pieces.size())) {
            for (Node n = piece.getFirstChild(); n != null; ) {
                Node next = n.getNext();
                tree.appendChild(n);
                n = next;
            }
        }
        return tree;
    }

    /** Blank the front matter instead of cutting it: flexmark then reports offsets of the original text, CR LF included. */
    private static String body(String text, FrontMatter fm) {
        return fm.present() ? blank(text, fm.span()) : text;
    }

    /** The text as flexmark documents: one, or one per piece of a file past the limits, all with the file's offsets. */
    private static List<com.vladsch.flexmark.util.ast.Document> pieces(MarkdownBounds.Bounded bounded) {
        BasedSequence all = based(bounded.text());
        if (bounded.cuts().length == 0) return List.of(parseFlexmark(all));
        List<com.vladsch.flexmark.util.ast.Document> out = new ArrayList<>();
        int from = 0;
        for (int cut : bounded.cuts()) {
            out.add(parseFlexmark(all.subSequence(from, cut)));
            from = cut;
        }
        out.add(parseFlexmark(all.subSequence(from, all.length())));
        return out;
    }

    /**
     * The text as flexmark's base sequence, asking for its "full" segmented sequences. The content of
     * a block quote or list item (lines without their "> " or indentation) is a sequence of pieces
     * of the file; flexmark's default kind (a segment tree) creates a {@link ThreadLocal} for every
     * sub-sequence of it that is read, and each inline node, cell and temporary text of a quoted
     * paragraph or table is one: a 10 MB table in a block quote spent most of its time in the
     * thread's map of locals. The full kind keeps one array of file offsets per paragraph (4 bytes
     * a character), shared by all its sub-sequences. Same characters, same offsets, same tree.
     */
    static BasedSequence based(String text) {
        return BasedSequence.of(BasedOptionsSequence.of(text, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES));
    }

    private static com.vladsch.flexmark.util.ast.Document parseFlexmark(BasedSequence body) {
        try {
            return PARSER.parse(body);
        } catch (IllegalArgumentException inlineTagInTableCell) {
            return WithoutInlineTags.PARSER.parse(body);
        }
    }

    private static String blank(String text, Span span) {
        char[] chars = text.toCharArray();
        for (int i = span.start(); i < span.end(); i++) {
            if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
        }
        return new String(chars);
    }

    /** One walk over one document; not shared between threads. */
    private static final class Walker {
        final SourceText src;
        final String text;
        /** The piece being walked: references resolve within it. */
        com.vladsch.flexmark.util.ast.Document root;
        /** Whether flexmark read a copy with neutralised markers: code is then taken from the file. */
        final boolean bounded;
        final List<Block> blocks = new ArrayList<>();
        final List<Document.Directive> directives = new ArrayList<>();
        final ProseScanner scanner;
        final Ranges content = new Ranges();
        final Ranges protect = new Ranges();
        final Ranges linkText = new Ranges();
        List<Link> links;
        List<InlineCode> codes;
        /** The ** marks of the current block that the parser left as text. */
        List<Span> literalBold = new ArrayList<>();

        Walker(SourceText src, boolean bounded) {
            this.src = src;
            this.text = src.text();
            this.bounded = bounded;
            this.scanner = new ProseScanner(text);
        }

        void walk(com.vladsch.flexmark.util.ast.Document piece) {
            root = piece;
            children(piece, 0, false);
        }

        /** The file's characters under a sequence flexmark read (the same ones unless markers were neutralised). */
        String original(BasedSequence s) {
            if (!bounded) return s.toString();
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                int at = s.getIndexOffset(i);
                sb.append(at >= 0 ? text.charAt(at) : s.charAt(i));
            }
            return sb.toString();
        }

        void children(Node parent, int listDepth, boolean quoted) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, listDepth, quoted);
        }

        void block(Node n, int listDepth, boolean quoted) {
            if (n instanceof Paragraph p) {
                start();
                paragraphLines(p);
                finish(BlockKind.PARAGRAPH, 0, span(n.getStartOffset(), n.getEndOffset()), quoted);
            } else if (n instanceof Heading h) {
                start();
                BasedSequence t = h.getText();
                if (!t.isEmpty()) lines(t.getStartOffset(), t.getEndOffset(), quoted);
                inlines(h);
                finish(BlockKind.HEADING, h.getLevel(), span(n.getStartOffset(), n.getEndOffset()), quoted);
            } else if (n instanceof ListBlock) {
                children(n, listDepth + 1, quoted);
            } else if (n instanceof ListItem item) {
                listItem(item, listDepth, quoted);
            } else if (n instanceof BlockQuote) {
                children(n, listDepth, true);
            } else if (n instanceof FencedCodeBlock f) {
                int afterFence = FrontMatterReader.lineEnd(text, f.getStartOffset());
                codeBlock(n, f.getContentLines(), f.getInfo().toString().strip(), afterFence, quoted);
            } else if (n instanceof IndentedCodeBlock c) {
                codeBlock(n, c.getContentLines(), "", c.getStartOffset(), quoted);
            } else if (n instanceof HtmlBlockBase) {
                DirectiveReader.read(src, n.getStartOffset(), n.getEndOffset(), directives);
                // <img src>, <audio src>, <a href>: the block's targets, compared like Markdown's
                Span at = span(n.getStartOffset(), n.getEndOffset());
                blocks.add(new Block(BlockKind.HTML, 0, at, List.of(), HtmlText.targets(text, at.start(), at.end()), List.of(),
                        null, null, "", quoted));
            } else if (n instanceof JekyllTagBlock) {
                // a Liquid tag alone on its line ({% include x.html %}): markup, not prose
                Node tag = n.getFirstChild();
                int s = tag != null ? tag.getStartOffset() : n.getStartOffset();
                int e = tag != null ? Math.max(tag.getEndOffset(), n.getEndOffset()) : n.getEndOffset();
                // its src="…" is a target like an <img>'s ({% include figure.html src="/a.png" %})
                blocks.add(new Block(BlockKind.HTML, 0, span(s, e), List.of(), HtmlText.targets(text, s, e), List.of(), null, null,
                        "", quoted));
            } else if (n instanceof ThematicBreak) {
                leaf(BlockKind.THEMATIC_BREAK, n, quoted);
            } else if (n instanceof Reference) {
                leaf(BlockKind.REFERENCE, n, quoted);
            } else if (n instanceof TableBlock) {
                for (Node part = n.getFirstChild(); part != null; part = part.getNext()) {
                    if (part instanceof TableSeparator) continue;
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow) tableRow(row, quoted);
                    }
                }
            } else {
                // footnote definitions and anything else that contains blocks
                children(n, listDepth, quoted);
            }
        }

        /**
         * One LIST_ITEM per item, holding the item's leading paragraphs; nested lists, code and
         * later paragraphs (after a nested block) become blocks of their own, keeping source order.
         */
        void listItem(ListItem item, int listDepth, boolean quoted) {
            start();
            Node n = item.getFirstChild();
            int end = FrontMatterReader.lineEnd(text, item.getStartOffset());
            while (n instanceof Paragraph p) {
                paragraphLines(p);
                end = p.getEndOffset();
                n = n.getNext();
            }
            finish(BlockKind.LIST_ITEM, Math.max(1, listDepth), span(item.getStartOffset(), end), quoted);
            for (; n != null; n = n.getNext()) block(n, listDepth, quoted);
        }

        void tableRow(Node row, boolean quoted) {
            start();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (!(cell instanceof TableCell c)) continue;
                BasedSequence t = c.getText();
                if (!t.isEmpty()) content.add(t.getStartOffset(), t.getEndOffset());
                inlines(c);
            }
            finish(BlockKind.TABLE_ROW, 0, span(row.getStartOffset(), row.getEndOffset()), quoted);
        }

        /**
         * Code from its lines, not from flexmark's content sequence: that one is rebuilt segment by
         * segment with an array copied at each (flexmark 0.64), quadratic for a long quoted or
         * indented code block.
         */
        void codeBlock(Node n, List<BasedSequence> lines, String info, int emptyAt, boolean quoted) {
            StringBuilder sb = new StringBuilder();
            for (BasedSequence line : lines) sb.append(original(line));
            String code = sb.toString();
            if (code.indexOf('\r') >= 0) code = code.replace("\r\n", "\n"); // compare code, not line endings
            Span codeSpan = code.isEmpty() ? new Span(emptyAt, emptyAt)
                    : span(lines.get(0).getStartOffset(), lines.get(lines.size() - 1).getEndOffset());
            blocks.add(new Block(BlockKind.CODE_BLOCK, 0, span(n.getStartOffset(), n.getEndOffset()), List.of(),
                    List.of(), List.of(), code, codeSpan, info, quoted));
        }

        void leaf(BlockKind kind, Node n, boolean quoted) {
            blocks.add(new Block(kind, 0, span(n.getStartOffset(), n.getEndOffset()), List.of(), List.of(),
                    List.of(), null, null, "", quoted));
        }

        void start() {
            content.clear();
            protect.clear();
            linkText.clear();
            links = new ArrayList<>();
            codes = new ArrayList<>();
            literalBold = new ArrayList<>();
        }

        void finish(BlockKind kind, int level, Span span, boolean quoted) {
            List<Span> prose = new ArrayList<>();
            scanner.collect(content, protect, linkText, prose, links);
            links.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            blocks.add(new Block(kind, level, span, List.copyOf(prose), List.copyOf(links), List.copyOf(codes),
                    null, null, "", quoted, literalBold.isEmpty() ? List.of() : List.copyOf(literalBold)));
        }

        /** Content lines of a paragraph come without container prefixes ("> ", list indent). */
        void paragraphLines(Paragraph p) {
            for (BasedSequence line : p.getContentLines()) content.add(line.getStartOffset(), line.getEndOffset());
            inlines(p);
        }

        /** Splits a range at line breaks, dropping "> " prefixes of quoted continuation lines. */
        void lines(int s, int e, boolean quoted) {
            int i = s;
            while (i < e) {
                int nl = text.indexOf('\n', i);
                int lineEnd = nl < 0 || nl >= e ? e : nl;
                int ls = i;
                if (quoted && ls > s) {
                    while (ls < lineEnd && (text.charAt(ls) == '>' || text.charAt(ls) == ' ' || text.charAt(ls) == '\t')) ls++;
                }
                content.add(ls, lineEnd);
                i = lineEnd + 1;
            }
        }

        /** Protects the inline constructs below n and records its links and code. */
        void inlines(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Code c) {
                    protect.add(n.getStartOffset(), n.getEndOffset());
                    codes.add(new InlineCode(original(c.getText()), span(n.getStartOffset(), n.getEndOffset())));
                } else if (n instanceof InlineLinkNode l) {
                    // [text](dest "title"): the text (or image alt) is prose, the rest is not
                    protect.add(n.getStartOffset(), l.getTextOpeningMarker().getEndOffset());
                    protect.add(l.getTextClosingMarker().getStartOffset(), n.getEndOffset());
                    linkText.add(l.getTextOpeningMarker().getEndOffset(), l.getTextClosingMarker().getStartOffset());
                    BasedSequence url = l.getUrl();
                    int at = l.getLinkOpeningMarker().getEndOffset();
                    Span urlSpan = url.isEmpty() ? new Span(at, at) : span(url.getStartOffset(), url.getEndOffset());
                    links.add(new Link(url.toString(), n instanceof Image, urlSpan));
                    inlines(n);
                } else if (n instanceof RefNode r) {
                    refNode(r);
                } else if (n instanceof MailLink || n instanceof AutoLink) {
                    autoLink(n);
                } else if (n instanceof HtmlInlineBase) {
                    protect.add(n.getStartOffset(), n.getEndOffset());
                    links.addAll(HtmlText.targets(text, n.getStartOffset(), n.getEndOffset()));
                    DirectiveReader.read(src, n.getStartOffset(), n.getEndOffset(), directives);
                } else if (n instanceof JekyllTag) {
                    protect.add(n.getStartOffset(), n.getEndOffset());
                    links.addAll(HtmlText.targets(text, n.getStartOffset(), n.getEndOffset())); // {% include x.html src="…" %}
                } else if (n instanceof Footnote || n instanceof HardLineBreak) {
                    protect.add(n.getStartOffset(), n.getEndOffset());
                } else if (n instanceof Text) {
                    // ** left as text: a bold whose marks CommonMark's flanking rules would not open
                    // or close (a punctuation mark inside, a letter outside: 标有**“设置”**的)
                    BasedSequence t = n.getChars();
                    for (int k = t.indexOf("**"); k >= 0; k = t.indexOf("**", k + 2)) {
                        int at = t.getStartOffset() + k;
                        literalBold.add(new Span(at, at + 2));
                    }
                } else {
                    inlines(n); // text, emphasis, strikethrough, soft breaks
                }
            }
        }

        /**
         * [text][label]: the label is protected (it must still match its definition after
         * conversion). In a resolved [label] or [label][] the text IS the label, so it is protected
         * whole: converting it (发展 → 發展) would break the link to [发展]: ….
         */
        void refNode(RefNode r) {
            BasedSequence label = r.getReference();
            BasedSequence shown = r.getText();
            boolean textIsLabel = shown.isEmpty() || label.isEmpty();
            if (shown.isEmpty()) shown = label;
            int s = r.getStartOffset(), e = r.getEndOffset();
            if (shown.isEmpty() || (textIsLabel && r.getReferenceNode(root) != null)) {
                protect.add(s, e);
            } else {
                protect.add(s, shown.getStartOffset());
                protect.add(shown.getEndOffset(), e);
                linkText.add(shown.getStartOffset(), shown.getEndOffset());
            }
            Reference def = r.getReferenceNode(root);
            if (def != null) {
                BasedSequence at = label.isEmpty() ? shown : label;
                links.add(new Link(def.getUrl().toString(), r instanceof ImageRef,
                        span(at.getStartOffset(), at.getEndOffset())));
            }
            inlines(r);
        }

        /** {@code <https://…>} or {@code <a@b.example>}: bare URLs are ProseScanner's. */
        void autoLink(Node n) {
            int s = n.getStartOffset(), e = n.getEndOffset();
            protect.add(s, e);
            if (e - s >= 2 && text.charAt(s) == '<' && text.charAt(e - 1) == '>') {
                links.add(new Link(text.substring(s + 1, e - 1), false, new Span(s + 1, e - 1)));
            }
        }

        /** A span without the trailing line break or blanks that flexmark includes in block ends. */
        Span span(int s, int e) {
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            return new Span(s, e);
        }
    }
}
