package dev.concord.check;

import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Glossary term occurrences in prose, per variant. Offsets of the returned matches are absolute
 * char offsets in the file's text. Matchers are built once per run and shared by all threads.
 */
public final class Terms {
    private final Map<Lang, Function<CharSequence, List<TermMatch>>> matchers;
    /** Per-post memo of {@link #in(Lang, String, Block)}: several rules ask for the same blocks. Null when shared. */
    private final Map<Block, List<TermMatch>> perBlock;

    public Terms(Map<Lang, Function<CharSequence, List<TermMatch>>> matchers) {
        this(matchers, null);
    }

    private Terms(Map<Lang, Function<CharSequence, List<TermMatch>>> matchers, Map<Block, List<TermMatch>> perBlock) {
        this.matchers = new EnumMap<>(Lang.class);
        this.matchers.putAll(matchers);
        this.perBlock = perBlock;
    }

    /**
     * A view for one post, used by one thread, that remembers the matches of each block: the term,
     * number, divergence and report code all ask for them (profiled: the matcher ran 4–5 times per block).
     */
    public Terms forOnePost() {
        return new Terms(matchers, new java.util.IdentityHashMap<>());
    }

    public static Terms none() {
        return new Terms(Map.of());
    }

    /** Term occurrences in the prose of a block, with absolute offsets. */
    public List<TermMatch> in(Lang lang, String text, Block block) {
        if (perBlock != null) {
            List<TermMatch> known = perBlock.get(block);
            if (known != null) return known;
            List<TermMatch> found = List.copyOf(match(lang, text, block));
            perBlock.put(block, found);
            return found;
        }
        return match(lang, text, block);
    }

    private List<TermMatch> match(Lang lang, String text, Block block) {
        var m = matchers.get(lang);
        List<TermMatch> out = new ArrayList<>();
        if (m == null) return out;
        for (Span s : block.prose()) {
            for (TermMatch t : m.apply(text.subSequence(s.start(), s.end()))) {
                out.add(new TermMatch(t.term(), t.kind(), t.found(), t.start() + s.start(), t.end() + s.start()));
            }
        }
        return out;
    }

    /** Term occurrences in arbitrary text (offsets relative to it). */
    public List<TermMatch> in(Lang lang, CharSequence text) {
        var m = matchers.get(lang);
        return m == null ? List.of() : m.apply(text);
    }
}
