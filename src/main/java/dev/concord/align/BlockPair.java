package dev.concord.align;

import dev.concord.markdown.Block;

/**
 * One row of an alignment: blocks of two variants paired, or one side missing (null).
 *
 * @param mergedInto for a block the other variant has no block of its own for: the other
 *                   variant's block that carries its text as well (a paragraph that merges two of
 *                   this variant's, whose length and anchors show it), else null
 */
public record BlockPair(Block left, Block right, Block mergedInto) {
    public BlockPair(Block left, Block right) {
        this(left, right, null);
    }

    public boolean matched() {
        return left != null && right != null;
    }
}
