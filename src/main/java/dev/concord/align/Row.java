package dev.concord.align;

import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import java.util.Map;

/** The blocks of each variant that translate one another (a variant absent from the map has none). */
public record Row(Map<Lang, Block> blocks) {
    public int size() {
        return blocks.size();
    }
}
