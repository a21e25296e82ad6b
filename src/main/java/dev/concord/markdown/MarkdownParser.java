package dev.concord.markdown;

import dev.concord.model.SourceText;
import java.util.List;

/** TEMPORARY stub until the markdown branch lands. */
public final class MarkdownParser {
    public static Document parse(SourceText src) {
        return new Document(src, FrontMatter.none(), List.of(), List.of(), List.of());
    }
}
