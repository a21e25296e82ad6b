package dev.concord.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The visible text of HTML blocks, on real parses. */
class HtmlTextTest {
    private static List<String> text(String markdown) {
        Document d = MarkdownParser.parse(SourceText.of("post.md", markdown));
        List<String> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            for (Span s : HtmlText.spans(d.text(), b)) out.add(d.text().substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void textBetweenTagsIsRead() {
        assertEquals(List.of("申請人：王小明", "2020年3月1日"), text("<div align=\"right\">\n申請人：王小明<br>\n2020年3月1日\n</div>\n"));
    }

    @Test
    void commentsEntitiesScriptsAndLiquidAreNotText() {
        assertEquals(List.of("a", "b"), text("<div><!-- note -->a&nbsp;b<script>var x = 1;</script>{% include x.html %}</div>\n"));
    }

    @Test
    void otherBlocksHaveNoHtmlText() {
        assertEquals(List.of(), text("A paragraph with <b>inline</b> HTML.\n\n<img src=\"a.png\">\n"));
    }
}
