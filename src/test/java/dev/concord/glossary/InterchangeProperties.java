package dev.concord.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.model.Lang;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Glossary interchange loses nothing: any glossary (renderings, avoid lists, keep, case, notes,
 * definitions, parts of speech, subject, source id, for the whole term or per variant, with text
 * that needs quoting in YAML, XML and CSV) written as TBX, CSV or a glossary file reads back as the
 * same terms, and a TBX export imported again exports the same TBX.
 */
class InterchangeProperties {
    private static final List<Lang> LANGS = List.of(Lang.EN, Lang.HANS, Lang.HANT);

    /** Text with the characters each format has to escape or quote: & < > " ' , : # and line breaks inside. */
    private static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.of("scaling", "law", "模型", "規模法則", "规模法则", "R&D", "<b>", "\"q\"", "it's",
                "a, b", "key: v", "#1", "2023", "null", "x|y", "line\nbreak", "  ", "-", "café");
        return word.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l).strip()).filter(s -> !s.isEmpty());
    }

    private static Arbitrary<String> rendering() {
        return text().map(s -> s.replace("\n", " ").replace("|", "/").replaceAll(" +", " ").strip()).filter(s -> !s.isEmpty());
    }

    private static Arbitrary<LangText> langText(Arbitrary<String> values) {
        return langText(values, true);
    }

    private static Arbitrary<LangText> langText(Arbitrary<String> values, boolean bothLevels) {
        Arbitrary<LangText> perLang = Combinators.combine(values.injectNull(0.5), values.injectNull(0.5), values.injectNull(0.5))
                .as((en, hans, hant) -> {
                    Map<Lang, String> m = new EnumMap<>(Lang.class);
                    if (en != null) m.put(Lang.EN, en);
                    if (hans != null) m.put(Lang.HANS, hans);
                    if (hant != null) m.put(Lang.HANT, hant);
                    return LangText.of(m);
                });
        Arbitrary<LangText> both = Combinators.combine(values, perLang).as((all, per) -> LangText.of(all, per.byLang()));
        if (!bothLevels) return Arbitraries.oneOf(Arbitraries.just(LangText.NONE), values.map(LangText::of), perLang);
        return Arbitraries.oneOf(Arbitraries.just(LangText.NONE), values.map(LangText::of), perLang, both);
    }

    private static Arbitrary<TermDetails> details() {
        Arbitrary<String> oneLine = text().map(s -> s.replace("\n", " ").strip());
        Arbitrary<String> pos = Arbitraries.of("noun", "verb", "properNoun", "adjective");
        return Combinators.combine(Arbitraries.of("c101", "TB-7", "x").injectNull(0.5), oneLine.injectNull(0.5),
                        langText(text()), langText(pos, false), langText(text()))
                .as((source, subject, definition, p, notes) -> new TermDetails(source, subject, definition, p, notes.byLang()));
    }

    @Provide
    Arbitrary<List<Term>> glossaries() {
        Arbitrary<List<String>> renderings = rendering().list().ofMinSize(0).ofMaxSize(3).uniqueElements();
        Arbitrary<Term> term = Combinators.combine(renderings, renderings, renderings, renderings,
                        Arbitraries.of(false, false, true), Arbitraries.of(false, true), text().injectNull(0.5), details())
                .as((en, hans, hant, avoidHans, keep, caseExact, note, details) -> {
                    Map<Lang, List<String>> accepted = new EnumMap<>(Lang.class);
                    String keepString = null;
                    if (keep || (en.isEmpty() && hans.isEmpty() && hant.isEmpty())) {
                        keepString = en.isEmpty() ? "Keep-" + avoidHans.size() : en.get(0);
                        for (Lang l : LANGS) accepted.put(l, List.of(keepString));
                    } else {
                        if (!en.isEmpty()) accepted.put(Lang.EN, en);
                        if (!hans.isEmpty()) accepted.put(Lang.HANS, hans);
                        if (!hant.isEmpty()) accepted.put(Lang.HANT, hant);
                    }
                    Map<Lang, List<String>> avoid = new EnumMap<>(Lang.class);
                    List<String> av = avoidHans.stream().filter(a -> !accepted.getOrDefault(Lang.HANS, List.of()).contains(a)).toList();
                    if (!av.isEmpty()) avoid.put(Lang.HANS, av);
                    // Text per variant only for variants the term has renderings in (the formats attach it to them).
                    Set<Lang> present = new HashSet<>(accepted.keySet());
                    present.addAll(avoid.keySet());
                    TermDetails d = new TermDetails(details.sourceId(), details.subject(), only(details.definition(), present),
                            only(details.partOfSpeech(), present), only(LangText.of(null, details.notes()), present).byLang());
                    return new Term("?", accepted, avoid, keepString, keepString != null || caseExact, note, "g.yaml", 1, d);
                });
        return term.list().ofMinSize(1).ofMaxSize(6).map(InterchangeProperties::withIds);
    }

    private static LangText only(LangText text, Set<Lang> langs) {
        Map<Lang, String> kept = new EnumMap<>(Lang.class);
        text.byLang().forEach((l, v) -> {
            if (langs.contains(l)) kept.put(l, v);
        });
        return LangText.of(text.all(), kept);
    }

    /** Ids as a writer picks them: some the English slug, some not, all unique. */
    private static List<Term> withIds(List<Term> terms) {
        List<Term> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String en = t.isKeep() ? t.keep() : t.preferred(Lang.EN);
            String id = i % 2 == 0 ? InterchangeIds.idFor(en, i + 1, taken) : "own-" + i;
            taken.add(id);
            // A source id equal to the term's own id says nothing; the glossary would not write it.
            // Source ids are the keys of one termbase: unique, and saying nothing when equal to the term's own id.
            TermDetails d = t.details();
            String source = d.sourceId() == null ? null : d.sourceId() + "-" + i;
            d = new TermDetails(id.equals(source) ? null : source, d.subject(), d.definition(), d.partOfSpeech(), d.notes());
            out.add(new Term(id, t.accepted(), t.avoid(), t.keep(), t.caseExact(), t.note(), t.file(), t.line(), d));
        }
        return out;
    }

    @Property(tries = 200)
    void tbxKeepsEverything(@ForAll("glossaries") List<Term> terms) {
        String tbx = TbxGlossary.write(new Glossary(terms));
        List<String> skipped = new ArrayList<>();
        List<Term> back = TbxGlossary.read(tbx.getBytes(StandardCharsets.UTF_8), "g.tbx", skipped);
        assertEquals(List.of(), skipped);
        assertEquals(InterchangeTest.content(terms), InterchangeTest.content(back), tbx);
        assertEquals(tbx, TbxGlossary.write(new Glossary(back)));
    }

    @Property(tries = 200)
    void csvKeepsEverything(@ForAll("glossaries") List<Term> terms) {
        String csv = CsvGlossary.write(new Glossary(terms));
        assertEquals(InterchangeTest.content(terms), InterchangeTest.content(CsvGlossary.read(csv, "g.csv")), csv);
    }

    @Property(tries = 200)
    void glossaryFileKeepsEverything(@ForAll("glossaries") List<Term> terms) {
        String yaml = GlossaryYamlWriter.write(terms);
        assertEquals(InterchangeTest.content(terms), InterchangeTest.content(GlossaryLoader.parse(yaml, "g.yaml")), yaml);
    }
}
