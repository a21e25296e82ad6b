package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.model.SourceText;
import org.junit.jupiter.api.Test;

class DocumentTest {
    @Test
    void indexOfIsTheBlocksOwnPosition() {
        Document doc = MarkdownParser.parse(SourceText.of("a.md", "# Title\n\nSame words.\n\nSame words.\n\n- item\n"));
        for (int i = 0; i < doc.blocks().size(); i++) assertEquals(i, doc.indexOf(doc.blocks().get(i)), "block " + i);
    }

    @Test
    void aBlockOfAnotherDocumentIsNotFoundEvenWhenEqual() {
        String text = "# Title\n\nSame words.\n";
        Document a = MarkdownParser.parse(SourceText.of("a.md", text));
        Document b = MarkdownParser.parse(SourceText.of("a.md", text));
        assertEquals(a.blocks().get(1), b.blocks().get(1), "the two parses give equal blocks");
        assertEquals(-1, a.indexOf(b.blocks().get(1)));
    }
}
