package dev.concord.check;

import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Block;
import dev.concord.markdown.FrontMatter;
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
        // An HTML block has no prose to convert or fix, but its visible text names terms all the same.
        List<Span> read = dev.concord.markdown.HtmlText.readable(text, block);
        for (Span s : read) {
            for (TermMatch t : m.apply(text.subSequence(s.start(), s.end()))) {
                out.add(new TermMatch(t.term(), t.kind(), t.found(), t.start() + s.start(), t.end() + s.start()));
            }
        }
        return out;
    }

    /** Every term occurrence a reader sees in a variant: the title, then the prose of every block. */
    public List<TermMatch> everywhere(Variant v) {
        List<TermMatch> out = inTitle(v);
        for (Block b : v.doc().blocks()) out.addAll(in(v.lang(), v.doc().text(), b));
        return out;
    }

    /**
     * Glossary terms in a variant's front matter {@code title:}, with absolute offsets. The title is
     * prose a reader sees first, and it is where real posts translated a brand (a hant title
     * rendering a product name in Chinese) while the body kept it.
     */
    public List<TermMatch> inTitle(Variant v) {
        List<TermMatch> out = new ArrayList<>();
        FrontMatter fm = v.doc().frontMatter();
        if (fm == null || !fm.present() || fm.fields() == null) return out;
        FrontMatter.Field title = fm.fields().get("title");
        if (title == null || title.valueSpan() == null) return out;
        int start = title.valueSpan().start();
        CharSequence value = v.doc().text().subSequence(start, title.valueSpan().end());
        for (TermMatch m : in(v.lang(), value)) {
            out.add(new TermMatch(m.term(), m.kind(), m.found(), m.start() + start, m.end() + start));
        }
        return out;
    }

    /** Term occurrences in arbitrary text (offsets relative to it). */
    public List<TermMatch> in(Lang lang, CharSequence text) {
        var m = matchers.get(lang);
        return m == null ? List.of() : m.apply(text);
    }
}
