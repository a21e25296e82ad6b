package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequenceFull;
import com.vladsch.flexmark.util.sequence.SegmentedSequenceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownParser#based} asks flexmark for its "full" segmented sequences (one offset array
 * per paragraph, shared by its sub-sequences) instead of segment trees (a thread-local per
 * sub-sequence read). The tree, every node's characters and every character's file offset are
 * the same; no node of a quoted or indented paragraph is a segment tree any more.
 */
class FullSegmentedSequencesTest {
    private static final Parser PARSER = MarkdownParser.parser(true, true);

    @Provide
    Arbitrary<String> markdownUnderTheLimits() {
        return new MarkdownBoundsTest().markdownUnderTheLimits();
    }

    @Property(tries = 300)
    void fullSegmentedSequencesParseToTheSameTreeCharactersAndOffsets(@ForAll("markdownUnderTheLimits") String md) {
        assertSameParse(md, md);
    }

    @Test
    void theRealPostsAndEveryFixtureParseAlike() throws IOException {
        for (Path f : MarkdownBoundsTest.postsAndFixtures()) assertSameParse(Files.readString(f), f.toString());
    }

    @Test
    void aQuotedTableAndAListItemsParagraphAreReadThroughFullSequences() {
        String md = "> | a | b |\n> |---|---|\n> | x [l](u) | `y` |\n> | z | w |\n\n- item with *emphasis*\n  and `code` on\n  a [second](v) line\n";
        Node root = PARSER.parse(MarkdownParser.based(md));
        int[] full = {0};
        walk(root, n -> {
            assertFalse(n.getChars() instanceof SegmentedSequenceTree, n + " is a segment tree");
            if (n.getChars() instanceof SegmentedSequenceFull) full[0]++;
        });
        assertTrue(full[0] > 0, "no node read through a full segmented sequence: the test no longer covers them");
        // and with flexmark's default, the same text does make segment trees (what this guards against)
        boolean[] tree = {false};
        walk(PARSER.parse(BasedSequence.of(md)), n -> tree[0] |= n.getChars() instanceof SegmentedSequenceTree);
        assertTrue(tree[0], "flexmark's default no longer makes segment trees here");
    }

    private static void assertSameParse(String md, String name) {
        String expected, actual;
        try {
            expected = dump(PARSER.parse(BasedSequence.of(md)));
        } catch (IllegalArgumentException inlineTagInTableCell) {
            return; // parsed again without inline tags by MarkdownParser, either way
        }
        actual = dump(PARSER.parse(MarkdownParser.based(md)));
        assertEquals(expected, actual, name);
    }

    /** Each node: its class, offsets, characters, and the file offset of each of its characters. */
    private static String dump(Node root) {
        StringBuilder sb = new StringBuilder();
        walk(root, n -> {
            BasedSequence c = n.getChars();
            sb.append(n.getClass().getSimpleName()).append(' ').append(n.getStartOffset()).append('-')
                    .append(n.getEndOffset()).append(' ').append(c.toString().replace("\n", "\\n")).append(" @");
            for (int i = 0; i < c.length(); i++) sb.append(' ').append(c.getIndexOffset(i));
            sb.append('\n');
        });
        return sb.toString();
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) walk(c, visit);
    }
}
