package dev.concord.markdown;

/** The units that alignment pairs across variants. */
public enum BlockKind {
    HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, CODE_BLOCK, HTML, THEMATIC_BREAK, REFERENCE;

    /** Kinds whose count must agree across variants (structure-mismatch). */
    public boolean structural() {
        return this == HEADING || this == PARAGRAPH || this == LIST_ITEM || this == TABLE_ROW || this == CODE_BLOCK;
    }
}
