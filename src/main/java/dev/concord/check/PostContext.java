package dev.concord.check;

import dev.concord.align.Aligner;
import dev.concord.align.BlockPair;
import dev.concord.align.Row;
import dev.concord.align.Rows;
import dev.concord.check.numbers.ChineseNumbers;
import dev.concord.check.numbers.EnglishNumbers;
import dev.concord.check.numbers.Quantity;
import dev.concord.config.Config;
import dev.concord.convert.HantStandard;
import dev.concord.convert.ScriptConverter;
import dev.concord.glossary.TermMatch;
import dev.concord.glossary.Glossary;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything rules see about one post: its variants, their pairwise alignments (computed once,
 * on first use) and the project's glossary and config. One instance per post, used by one thread.
 */
public final class PostContext {
    private final String slug;
    private final Map<Lang, Variant> variants;
    private final Config config;
    private final Glossary glossary;
    private final Terms terms;
    private final Map<String, List<BlockPair>> alignments = new HashMap<>();
    private List<Row> rows;
    private final Map<Lang, Aligner.Side> sides = new EnumMap<>(Lang.class);
    private final Map<Lang, Map<Block, List<Quantity>>> quantities = new EnumMap<>(Lang.class);

    private final ScriptFixes scriptFixes;
    private ScriptConverter toHans;
    private ScriptConverter toHansRegional;
    private ScriptConverter toHantRegional;

    public PostContext(String slug, Map<Lang, Variant> variants, Config config, Glossary glossary, Terms terms,
                       ScriptFixes scriptFixes) {
        this.scriptFixes = scriptFixes;
        this.slug = slug;
        this.variants = new EnumMap<>(Lang.class);
        this.variants.putAll(variants);
        this.config = config;
        this.glossary = glossary;
        this.terms = terms.forOnePost();
    }

    public String slug() {
        return slug;
    }

    public Map<Lang, Variant> variants() {
        return variants;
    }

    public Variant variant(Lang l) {
        return variants.get(l);
    }

    public Config config() {
        return config;
    }

    public Glossary glossary() {
        return glossary;
    }

    public Terms terms() {
        return terms;
    }

    /** The converter for script fixes, or null when this run computes no fixes. */
    public ScriptFixes scriptFixes() {
        return scriptFixes;
    }

    /**
     * hant text converted to hans with the configured standard, to compare the two Chinese variants
     * (the converter loads its tables on first use).
     */
    public String toHans(String hant) {
        if (toHans == null) toHans = ScriptConverter.toHans(HantStandard.parse(config.hant()));
        return toHans.convert(hant);
    }

    /**
     * Chinese text in hans script with each region's vocabulary read as one: hant through OpenCC's
     * {@code tw2sp} (連結 → 链接, 軟體 → 软件), hans through {@code s2twp} and back, so a word the
     * phrase tables map in one direction only (资料 / 資料 / 数据) meets itself. Whatever standard
     * the blog converts with, a variant that writes its region's word for a thing says the same thing.
     */
    public String toHansRegional(String text, Lang from) {
        if (toHansRegional == null) {
            toHansRegional = ScriptConverter.toHans(HantStandard.TWP);
            toHantRegional = ScriptConverter.toHant(HantStandard.TWP);
        }
        return toHansRegional.convert(from == Lang.HANS ? toHantRegional.convert(text) : text);
    }

    /** The ordered pairs of present variants: (hant, hans), (hant, en), (hans, en). */
    public List<Lang[]> pairs() {
        List<Lang[]> out = new ArrayList<>();
        Lang[] all = Lang.values();
        for (int i = 0; i < all.length; i++)
            for (int j = i + 1; j < all.length; j++)
                if (variants.containsKey(all[i]) && variants.containsKey(all[j])) out.add(new Lang[] {all[i], all[j]});
        return out;
    }

    /** Blocks of {@code a} (left) paired with blocks of {@code b} (right). */
    public List<BlockPair> alignment(Lang a, Lang b) {
        return alignments.computeIfAbsent(a.key() + "/" + b.key(), k -> Aligner.align(side(a), side(b)));
    }

    /** A variant's side of its alignments, made once: each variant is aligned with every other. */
    private Aligner.Side side(Lang lang) {
        Aligner.Side s = sides.get(lang);
        if (s == null) sides.put(lang, s = Aligner.side(variants.get(lang).doc(), termIds(lang)));
        return s;
    }

    /** The glossary terms a block of {@code lang} names, in any rendering (anchors for the aligner). */
    private java.util.function.Function<Block, java.util.Set<String>> termIds(Lang lang) {
        String text = variants.get(lang).doc().text();
        return b -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (TermMatch m : terms().in(lang, text, b)) ids.add(m.term().id());
            return ids;
        };
    }

    /**
     * The blocks of {@code lang} that no block of {@code hostLang} took because {@code host}, a
     * paragraph of {@code hostLang}, carries their text as well (it merges them with its pair).
     * What such a block has is not missing from the host's row.
     */
    public List<Block> mergedInto(Lang lang, Lang hostLang, Block host) {
        boolean left = lang.ordinal() < hostLang.ordinal();
        List<Block> out = new ArrayList<>();
        for (BlockPair p : left ? alignment(lang, hostLang) : alignment(hostLang, lang)) {
            Block own = left ? p.left() : p.right();
            if (own != null && p.mergedInto() == host) out.add(own);
        }
        return out;
    }

    /** The block of {@code hostLang} that {@code b}, a block of {@code lang}, was merged into, or null. */
    public Block mergedHost(Lang lang, Block b, Lang hostLang) {
        if (lang == hostLang || !variants.containsKey(hostLang)) return null;
        boolean left = lang.ordinal() < hostLang.ordinal();
        for (BlockPair p : left ? alignment(lang, hostLang) : alignment(hostLang, lang)) {
            if ((left ? p.left() : p.right()) == b) return p.mergedInto();
        }
        return null;
    }

    /** Rows of blocks that translate one another across all present variants (computed once). */
    public List<Row> rows() {
        if (rows == null) rows = Rows.join(new ArrayList<>(variants.keySet()), this::alignment);
        return rows;
    }

    /**
     * The block's prose with everything else blanked (so offsets stay block-relative and a number
     * cannot join across code), glossary terms blanked too.
     */
    public List<Quantity> quantities(Lang lang, Block b) {
        // Kept per block: the number rule reads each block's quantities again as a neighbour of
        // the rows before and after it, and variant-divergence reads them too.
        Map<Block, List<Quantity>> known = quantities.get(lang);
        if (known == null) quantities.put(lang, known = new java.util.IdentityHashMap<>());
        List<Quantity> q = known.get(b);
        if (q == null) {
            q = java.util.Collections.unmodifiableList(extractQuantities(lang, b));
            known.put(b, q);
        }
        return q;
    }

    /**
     * The blocks just before and after {@code b} in its variant's document: a paragraph or list item
     * merged or split differently moves a number or a code span across a block boundary.
     */
    public List<Block> neighbours(Lang lang, Block b) {
        dev.concord.markdown.Document doc = variant(lang).doc();
        List<Block> all = doc.blocks();
        int at = doc.indexOf(b);
        List<Block> out = new ArrayList<>(2);
        if (at > 0) out.add(all.get(at - 1));
        if (at >= 0 && at + 1 < all.size()) out.add(all.get(at + 1));
        return out;
    }

    /**
     * The quantities of a variant's front matter {@code title:}, glossary terms masked as in a block,
     * with the offset of the title's value in the document as the key, or null without a title.
     */
    public java.util.Map.Entry<Integer, List<Quantity>> titleQuantities(Lang lang) {
        Variant v = variant(lang);
        dev.concord.markdown.FrontMatter fm = v == null ? null : v.doc().frontMatter();
        if (fm == null || !fm.present() || fm.fields() == null) return null;
        dev.concord.markdown.FrontMatter.Field title = fm.fields().get("title");
        if (title == null || title.valueSpan() == null) return null;
        int base = title.valueSpan().start();
        char[] masked = v.doc().text().substring(base, title.valueSpan().end()).toCharArray();
        for (TermMatch m : terms().inTitle(v)) {
            for (int i = m.start(); i < m.end(); i++) masked[i - base] = ' ';
        }
        // a title's capitals say nothing ("Three Weeks with …" is three weeks): read in lower case
        if (lang == Lang.EN) for (int i = 0; i < masked.length; i++) masked[i] = Character.toLowerCase(masked[i]);
        String s = new String(masked);
        return java.util.Map.entry(base, lang == Lang.EN ? EnglishNumbers.extract(s) : ChineseNumbers.extract(s));
    }

    private List<Quantity> extractQuantities(Lang lang, Block b) {
        String text = variant(lang).doc().text();
        int base = b.span().start();
        char[] masked = new char[b.span().length()];
        java.util.Arrays.fill(masked, ' ');
        // The text of an HTML block holds numbers too (a signature's date in <div align="right">).
        for (Span s : dev.concord.markdown.HtmlText.readable(text, b)) {
            for (int i = s.start(); i < s.end(); i++) masked[i - base] = text.charAt(i);
        }
        for (TermMatch m : terms().in(lang, text, b)) {
            for (int i = m.start(); i < m.end(); i++) masked[i - base] = ' ';
        }
        if (b.kind() == dev.concord.markdown.BlockKind.TABLE_ROW) {
            // The pipes between cells stay: "| March | 6 h |" is not the date March 6.
            for (int i = 0; i < masked.length; i++) if (masked[i] == ' ' && text.charAt(base + i) == '|') masked[i] = '|';
        }
        String s = new String(masked);
        return lang == Lang.EN ? EnglishNumbers.extract(s) : ChineseNumbers.extract(s);
    }

    /** Prose text of a block's spans joined by newlines (for rules that need whole-block text). */
    public static String proseText(SourceText src, Block b) {
        StringBuilder sb = new StringBuilder();
        for (Span s : b.prose()) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(src.text(), s.start(), s.end());
        }
        return sb.toString();
    }

    /** A finding located at [start, end) of a variant's text. */
    public Finding.Builder at(Rule rule, Lang lang, int start, int end) {
        Variant v = variants.get(lang);
        return new Finding.Builder(rule, v, slug, start, end);
    }

    /** A location in another variant, for {@code related}. */
    public Finding.Location location(Lang lang, int offset) {
        Variant v = variants.get(lang);
        SourceText s = v.doc().source();
        return new Finding.Location(v.path(), s.line(offset), s.column(offset));
    }
}
