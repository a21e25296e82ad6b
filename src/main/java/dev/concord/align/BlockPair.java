package dev.concord.align;

import dev.concord.markdown.Block;

/** One row of an alignment: blocks of two variants paired, or one side missing (null). */
public record BlockPair(Block left, Block right) {
    public boolean matched() {
        return left != null && right != null;
    }
}
