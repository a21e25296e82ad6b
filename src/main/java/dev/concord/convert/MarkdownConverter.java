package dev.concord.convert;

import dev.concord.config.Config;
import dev.concord.glossary.TermMatch;
import dev.concord.markdown.Document;
import dev.concord.markdown.FrontMatter;
import dev.concord.model.Lang;
import dev.concord.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Converts a parsed Markdown document into the other script ({@code concord convert}, docs/conversion.md).
 *
 * <p>Only prose spans and the front matter's {@code lang:} and {@code title:} values are
 * rewritten; every other character (code, URLs, HTML, Liquid, markup, line endings) is copied
 * as it was, so the output is the concatenation of untouched source slices and converted pieces.
 * The BOM is not part of {@link dev.concord.model.SourceText#text()}: the caller writes it back.
 *
 * <p>Glossary terms win over the dictionaries: inside prose, term occurrences (from the
 * {@link TermSource}, in the source variant) are replaced by their rendering for the target
 * ({@link TermRendering}), and the text between terms is converted piece by piece. Pieces rather
 * than masking: segmentation is greedy longest match from the left, so converting the pieces
 * separately gives exactly the whole-span result except where a dictionary phrase would straddle
 * a term edge, and that is precisely what must not happen (the glossary says a word ends there).
 * A mask character would itself be looked up and could join or split phrases.
 *
 * <p>Adjacent prose spans separated only by emphasis markers ({@code *}, {@code _}, {@code ~}) are
 * converted as one run, so {@code **头**发} still finds the phrase 头发 → 頭髮; each output
 * character goes back to the span its source character came from ({@link ScriptConverter#trace}),
 * so the markup stays where it was even when a phrase changes length (算法 → 演算法).
 *
 * <p>{@link #convertExplained} also returns the {@link Ambiguity ambiguous characters}, with
 * offsets into the document's text: only those the dictionaries left open, never a glossary term.
 */
public final class MarkdownConverter {
    private static final String JOINING_MARKUP = "*_~";

    private final HantStandard standard;
    private final TermSource terms;
    private final Map<Lang, String> langCodes;
    private final Map<Lang, String> quotes;

    /**
     * @param standard  the hant standard (what to produce for hant, what hant input is written in)
     * @param terms     glossary term occurrences; {@link TermSource#none()} for plain conversion
     * @param langCodes variant → code written into the front matter's {@code lang:}
     */
    public MarkdownConverter(HantStandard standard, TermSource terms, Map<Lang, String> langCodes) {
        this(standard, terms, langCodes, Map.of());
    }

    /**
     * @param quotes variant → its quotation marks (config {@code quotes}, e.g. 「」 and “”): prose
     *               quotes of the source variant become the target's, so a converted post passes
     *               punctuation-style. Pairs of two characters only (the swap keeps lengths).
     */
    public MarkdownConverter(HantStandard standard, TermSource terms, Map<Lang, String> langCodes, Map<Lang, String> quotes) {
        this.standard = standard;
        this.terms = terms;
        this.langCodes = Map.copyOf(langCodes);
        this.quotes = Map.copyOf(quotes);
    }

    /** From the project's config: its {@code hant} standard (already validated) and its lang codes. */
    public static MarkdownConverter of(Config config, TermSource terms) {
        return new MarkdownConverter(HantStandard.parse(config.hant()), terms, config.langs(), config.quotes());
    }

    /** The source variant of a conversion into {@code to}. */
    public static Lang sourceOf(Lang to) {
        return switch (to) {
            case HANT -> Lang.HANS;
            case HANS -> Lang.HANT;
            case EN -> throw new IllegalArgumentException("no script conversion into en");
        };
    }

    /** A converted document and the characters that the dictionaries left ambiguous (offsets into the source text). */
    public record Converted(String text, List<Ambiguity> ambiguities) {}

    /** The whole document converted into {@code to}: prose, front matter {@code lang:} and {@code title:}. */
    public String convert(Document doc, Lang to) {
        return convert(doc, to, null).text();
    }

    /** {@link #convert} with the ambiguous characters, in document order. */
    public Converted convertExplained(Document doc, Lang to) {
        return convert(doc, to, new ArrayList<>());
    }

    /** @param ambiguities where to collect the ambiguous characters, or null to skip that work */
    private Converted convert(Document doc, Lang to, List<Ambiguity> ambiguities) {
        String text = doc.text();
        List<Edit> edits = new ArrayList<>(proseEdits(text, doc.prose(), to, ambiguities));
        FrontMatter fm = doc.frontMatter();
        if (fm != null && fm.present()) {
            FrontMatter.Field lang = fm.fields().get("lang");
            if (lang != null && lang.valueSpan() != null && langCodes.containsKey(to)) {
                edits.add(new Edit(lang.valueSpan(), requote(text.substring(lang.valueSpan().start(), lang.valueSpan().end()),
                        langCodes.get(to))));
            }
            FrontMatter.Field title = fm.fields().get("title");
            if (title != null && title.valueSpan() != null) {
                edits.addAll(proseEdits(text, List.of(title.valueSpan()), to, ambiguities));
            }
        }
        if (ambiguities == null) return new Converted(apply(text, edits), List.of());
        ambiguities.sort(Comparator.comparingInt(Ambiguity::start));
        return new Converted(apply(text, edits), List.copyOf(ambiguities));
    }

    /** {@code text} with only the {@code prose} spans converted into {@code to}. */
    public String convertProse(String text, List<Span> prose, Lang to) {
        return apply(text, proseEdits(text, prose, to, null));
    }

    /** Plain text (not Markdown) converted whole, glossary included, with its ambiguous characters. */
    public Converted convertPlain(String text, Lang to) {
        List<Ambiguity> ambiguities = new ArrayList<>();
        String out = apply(text, proseEdits(text, List.of(new Span(0, text.length())), to, ambiguities));
        ambiguities.sort(Comparator.comparingInt(Ambiguity::start));
        return new Converted(out, List.copyOf(ambiguities));
    }

    /** {@code text} converted as one piece of prose (a title, a run flagged by script-mixed). */
    public String convertText(String text, Lang to) {
        return convertProse(text, List.of(new Span(0, text.length())), to);
    }

    private record Edit(Span span, String replacement) {}

    private List<Edit> proseEdits(String text, List<Span> prose, Lang to, List<Ambiguity> ambiguities) {
        ScriptConverter script = ScriptConverter.get(to, standard);
        List<Span> spans = new ArrayList<>(prose);
        spans.removeIf(s -> s.length() == 0);
        spans.sort(Comparator.naturalOrder());
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            int j = i + 1;
            while (j < spans.size() && joinable(text, spans.get(j - 1), spans.get(j))) j++;
            convertRun(text, spans.subList(i, j), to, script, edits, ambiguities);
            i = j;
        }
        return edits;
    }

    private static boolean joinable(String text, Span a, Span b) {
        if (b.start() < a.end()) return false; // overlapping spans are rejected later, in apply
        for (int k = a.end(); k < b.start(); k++) {
            if (JOINING_MARKUP.indexOf(text.charAt(k)) < 0) return false;
        }
        return true;
    }

    /** Converts consecutive spans as one run of prose; adds one edit per span. */
    private void convertRun(String text, List<Span> run, Lang to, ScriptConverter script, List<Edit> edits,
                            List<Ambiguity> ambiguities) {
        int[] starts = new int[run.size() + 1]; // start of each span in the joined run
        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < run.size(); k++) {
            Span s = run.get(k);
            if (s.end() > text.length()) throw new IllegalArgumentException("prose span " + s + " beyond the text");
            starts[k] = joined.length();
            joined.append(text, s.start(), s.end());
        }
        starts[run.size()] = joined.length();
        String src = joined.toString();
        StringBuilder[] out = new StringBuilder[run.size()];
        for (int k = 0; k < out.length; k++) out[k] = new StringBuilder(run.get(k).length());

        List<Ambiguity> found = ambiguities == null ? null : new ArrayList<>();
        int pos = 0;
        for (Replacement r : termReplacements(src, starts, to, script)) {
            convertPiece(src, pos, r.start, starts, script, out, found);
            out[spanAt(starts, r.start)].append(r.text);
            pos = r.end;
        }
        convertPiece(src, pos, src.length(), starts, script, out, found);
        if (found != null) for (Ambiguity a : found) { // joined-run offsets → document offsets
            int k = spanAt(starts, a.start());
            ambiguities.add(a.shifted(run.get(k).start() - starts[k]));
        }
        for (int k = 0; k < run.size(); k++) {
            String before = text.substring(run.get(k).start(), run.get(k).end());
            String after = out[k].toString();
            if (!after.equals(before)) edits.add(new Edit(run.get(k), after));
        }
    }

    private record Replacement(int start, int end, String text) {}

    /** Leftmost-longest, non-overlapping term occurrences that lie inside one span and have a rendering. */
    private List<Replacement> termReplacements(String src, int[] starts, Lang to, ScriptConverter script) {
        List<TermMatch> found = new ArrayList<>(terms.find(src, sourceOf(to)));
        found.sort(Comparator.comparingInt(TermMatch::start).thenComparing(m -> -(m.end() - m.start())));
        List<Replacement> out = new ArrayList<>();
        int end = 0;
        for (TermMatch m : found) {
            if (m.start() < end || m.end() <= m.start() || m.end() > src.length()) continue;
            if (spanAt(starts, m.start()) != spanAt(starts, m.end() - 1)) continue; // crosses markup
            String rendering = TermRendering.render(m, to, script);
            if (rendering == null) continue;
            out.add(new Replacement(m.start(), m.end(), rendering));
            end = m.end();
        }
        return out;
    }

    /** Converts src[from, to) and gives each output character to the span its source character is in. */
    private void convertPiece(String src, int from, int to, int[] starts, ScriptConverter script, StringBuilder[] out,
                              List<Ambiguity> ambiguities) {
        if (from >= to) return;
        int first = spanAt(starts, from);
        if (ambiguities == null && starts[first + 1] >= to) { // one span: where each character came from does not matter
            out[first].append(swapQuotes(script.convert(src.substring(from, to)), script.target()));
            return;
        }
        ConversionChain.Traced traced = script.trace(src.substring(from, to), ambiguities != null);
        String converted = swapQuotes(traced.text(), script.target());
        int[] origin = traced.origin();
        int k = first;
        for (int j = 0; j < converted.length(); j++) {
            while (k + 1 < out.length && starts[k + 1] <= from + origin[j]) k++; // origins never decrease
            out[k].append(converted.charAt(j));
        }
        if (ambiguities != null) for (Ambiguity a : traced.ambiguities()) ambiguities.add(a.shifted(from));
    }

    /** The source variant's quotation marks replaced by the target's (same length). */
    private String swapQuotes(String s, Lang to) {
        String from = quotes.get(sourceOf(to)), into = quotes.get(to);
        if (from == null || into == null || from.length() != 2 || into.length() != 2 || from.equals(into)) return s;
        if (s.indexOf(from.charAt(0)) < 0 && s.indexOf(from.charAt(1)) < 0) return s;
        return s.replace(from.charAt(0), into.charAt(0)).replace(from.charAt(1), into.charAt(1));
    }

    /** Index of the span holding joined offset {@code offset}. */
    private static int spanAt(int[] starts, int offset) {
        int k = 0;
        while (k + 1 < starts.length - 1 && starts[k + 1] <= offset) k++;
        return k;
    }

    /** Keeps the quoting of a YAML scalar as written: {@code "hant"} → {@code "hans"}. */
    private static String requote(String raw, String value) {
        if (raw.length() >= 2) {
            char q = raw.charAt(0);
            if ((q == '"' || q == '\'') && raw.charAt(raw.length() - 1) == q) return q + value + q;
        }
        return value;
    }

    private static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing(Edit::span));
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (Edit e : sorted) {
            if (e.span().start() < pos) throw new IllegalArgumentException("overlapping spans at " + e.span());
            if (e.span().end() > text.length()) throw new IllegalArgumentException("span " + e.span() + " beyond the text");
            out.append(text, pos, e.span().start()).append(e.replacement());
            pos = e.span().end();
        }
        return out.append(text, pos, text.length()).toString();
    }
}
