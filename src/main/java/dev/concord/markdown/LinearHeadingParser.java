package dev.concord.markdown;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.List;
import java.util.Set;

/**
 * flexmark's heading parser without its quadratic step. flexmark 0.64's heading factory asks, on
 * every line that may start a block, for the content of the open paragraph — a sequence rebuilt
 * from all the paragraph's lines so far — and only tests it against null (the setext branch
 * reads the lines again itself). A paragraph or table of n lines thus cost n² (a 500,000-row
 * table did not finish). This factory hands the core one a view of the matched parser that
 * answers that question without building anything; everything else is flexmark's own, in the
 * same place among the block parsers (it declares the core factory's dependencies).
 */
final class LinearHeadingParser implements CustomBlockParserFactory {
    private final HeadingParser.Factory core = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = core.apply(options);
        return (state, matched) -> headings.tryStart(state, new ParagraphPresence(matched));
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return core.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return core.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    /** The matched parser, whose paragraph content is non-null exactly when flexmark's is, and never built. */
    private record ParagraphPresence(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
