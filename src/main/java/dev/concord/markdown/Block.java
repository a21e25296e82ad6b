package dev.concord.markdown;

import dev.concord.model.Span;
import java.util.List;

/**
 * One block of a document: its kind, its whole source span, and what rules look at.
 *
 * @param level     heading level (1–6), list nesting depth (1-based) for list items, else 0
 * @param prose     the spans of translatable prose inside the block, in order, never overlapping a
 *                  protected construct (code, URL, HTML, Liquid, math, kramdown attributes,
 *                  reference labels). Empty for code blocks and HTML blocks.
 * @param links     link and image targets inside the block
 * @param codes     inline code inside the block
 * @param code      for CODE_BLOCK: the literal content (without fences), else null
 * @param codeSpan  for CODE_BLOCK: the span of the content lines, else null
 * @param info      for CODE_BLOCK: the fence info string (language), else ""
 * @param quoted    true inside a block quote
 * @param literalBold the {@code **} marks the parser left as text (bold that never opened or
 *                  closed: 标有**“设置”**的), in order; empty for most blocks
 */
public record Block(BlockKind kind, int level, Span span, List<Span> prose, List<Link> links,
                    List<InlineCode> codes, String code, Span codeSpan, String info, boolean quoted, List<Span> literalBold) {

    /** A block with no literal bold marks. */
    public Block(BlockKind kind, int level, Span span, List<Span> prose, List<Link> links,
                 List<InlineCode> codes, String code, Span codeSpan, String info, boolean quoted) {
        this(kind, level, span, prose, links, codes, code, codeSpan, info, quoted, List.of());
    }
}
