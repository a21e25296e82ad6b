package dev.concord.glossary;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * TBX (ISO 30042) for terminology tools. Export writes TBX v3 TBX-Basic ({@code conceptEntry /
 * langSec / termSec}); import reads v3 and v2 ({@code martif}, {@code termEntry / langSet / tig|ntig}).
 * {@code administrativeStatus}: preferred → first accepted, admitted → accepted, deprecated or
 * superseded → avoid. TBX-Basic has no data category for "never translate" or case-sensitivity, so
 * concord writes them as concept notes {@code concord: keep} and {@code concord: case exact}, which
 * other tools show as ordinary notes and import turns back into keep / case.
 *
 * <p>Definitions ({@code descrip type="definition"}, for the concept or in a language section),
 * the subject field, part of speech ({@code termNote type="partOfSpeech"}) and notes at every level
 * are kept as the term's details, and written back at the same level, so that TBX → glossary →
 * TBX loses none of them (a note on one term comes back on its language section).
 *
 * <p>Ids: a concept's id in a tool's file ({@code c101}) is a database key, not a name a writer can
 * use, so a term's id comes from its English term ({@code scaling law} → {@code scaling-law}, then
 * {@code -2}, {@code -3} on collisions) and the concept id is kept as {@code source-id} (written back
 * as the concept's id). concord's own export writes a concept note {@code concord: id X} for ids that
 * are not the English term's slug, so its glossaries come back with the same ids.
 */
public final class TbxGlossary {
    static final String KEEP_NOTE = "concord: keep";
    static final String CASE_NOTE = "concord: case exact";
    static final String ID_NOTE = "concord: id ";
    private static final List<Lang> ORDER = List.of(Lang.EN, Lang.HANS, Lang.HANT);

    private TbxGlossary() {}

    public static String write(Glossary glossary) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n");
        out.append("  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>concord glossary</p>\n")
                .append("      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n");
        out.append("  <text>\n    <body>\n");
        Set<String> conceptIds = new HashSet<>();
        for (Term t : glossary.terms()) {
            TermDetails d = t.details();
            // The source file's concept id goes back where it came from (unless two terms claim it).
            String conceptId = d.sourceId() != null && conceptIds.add(d.sourceId()) ? d.sourceId() : t.id();
            conceptIds.add(conceptId);
            out.append("      <conceptEntry id=\"").append(esc(conceptId)).append("\">\n");
            if (d.subject() != null) out.append("        <descrip type=\"subjectField\">").append(esc(d.subject())).append("</descrip>\n");
            if (d.definition().all() != null) out.append("        <descrip type=\"definition\">").append(esc(d.definition().all())).append("</descrip>\n");
            if (t.note() != null) out.append("        <note>").append(esc(t.note())).append("</note>\n");
            if (t.isKeep()) out.append("        <note>").append(KEEP_NOTE).append("</note>\n");
            else if (t.caseExact()) out.append("        <note>").append(CASE_NOTE).append("</note>\n");
            if (!t.id().equals(InterchangeIds.slug(englishOf(t)))) out.append("        <note>").append(ID_NOTE).append(esc(t.id())).append("</note>\n");
            for (Lang l : ORDER) {
                List<String> acc = t.accepted(l);
                List<String> av = t.avoid(l);
                if (acc.isEmpty() && av.isEmpty()) continue;
                out.append("        <langSec xml:lang=\"").append(l.bcp47()).append("\">\n");
                String definition = d.definition().byLang().get(l);
                if (definition != null) out.append("          <descrip type=\"definition\">").append(esc(definition)).append("</descrip>\n");
                String note = d.notes().get(l);
                if (note != null) out.append("          <note>").append(esc(note)).append("</note>\n");
                String pos = d.partOfSpeech().in(l);
                for (int i = 0; i < acc.size(); i++) termSec(out, acc.get(i), i == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts", pos);
                for (String a : av) termSec(out, a, "deprecatedTerm-admn-sts", pos);
                out.append("        </langSec>\n");
            }
            out.append("      </conceptEntry>\n");
        }
        out.append("    </body>\n  </text>\n</tbx>\n");
        return out.toString();
    }

    /** The rendering a term's id is derived from: its preferred English one, else its keep string. */
    private static String englishOf(Term t) {
        String en = t.preferred(Lang.EN);
        return en != null ? en : t.keep();
    }

    private static void termSec(StringBuilder out, String term, String status, String partOfSpeech) {
        out.append("          <termSec>\n            <term>").append(esc(term)).append("</term>\n");
        if (partOfSpeech != null) out.append("            <termNote type=\"partOfSpeech\">").append(esc(partOfSpeech)).append("</termNote>\n");
        out.append("            <termNote type=\"administrativeStatus\">").append(status).append("</termNote>\n")
                .append("          </termSec>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Terms of a TBX v2 or v3 document. Concepts with no en / zh rendering are skipped and named in {@code skipped}. */
    public static List<Term> read(byte[] xml, String file, List<String> skipped) {
        Handler h = new Handler(file, skipped);
        try {
            parser().parse(new ByteArrayInputStream(xml), h);
        } catch (SAXParseException e) {
            throw new InputException(file, Math.max(e.getLineNumber(), 0), "malformed TBX/XML: " + e.getMessage(), e);
        } catch (SAXException e) {
            if (e.getCause() instanceof InputException ie) throw ie;
            throw new InputException(file, 0, "malformed TBX/XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (!h.sawRoot) throw new InputException(file, 1, "not a TBX file: the root element must be <tbx> (v3) or <martif> (v2)");
        h.assignIds();
        return h.terms;
    }

    /** No external DTDs or entities (TBX v2 files declare a DOCTYPE; loading it would reach the network). */
    private static SAXParser parser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser setup failed", e);
        }
    }

    /** A concept read, before ids are given: explicit ids ({@code concord: id}) are taken first, then derived ones avoid them. */
    private record Pending(String explicitId, String conceptId, int line, Map<Lang, List<String>> accepted,
                           Map<Lang, List<String>> avoid, String keep, boolean caseExact, String note, TermDetails details) {}

    private static final class Handler extends DefaultHandler {
        final String file;
        final List<String> skipped;
        final List<Pending> pending = new ArrayList<>();
        final List<Term> terms = new ArrayList<>();
        Locator locator;
        boolean sawRoot;
        int depth;

        // the concept being read
        String conceptId;
        int conceptLine;
        int conceptDepth = -1;
        List<String> notes, definitions, subjects;
        Map<Lang, List<String>> preferred, admitted, avoid, langNotes, langDefinitions;
        /** Per language, the part of speech of each of its terms (null where a term has none). */
        Map<Lang, List<String>> partsOfSpeech;
        // the language section and term being read
        Lang lang;
        boolean inLang, inTerm;
        String term;
        String status;
        String partOfSpeech;
        StringBuilder text;
        String textOf; // "term", "status", "pos", "note", "definition", "subject"

        Handler(String file, List<String> skipped) {
            this.file = file;
            this.skipped = skipped;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            String name = localName.isEmpty() ? qName : localName;
            depth++;
            if (depth == 1) {
                sawRoot = name.equals("tbx") || name.equals("martif");
                if (!sawRoot) throw new InputException(file, line(), "not a TBX file: root element <" + name + ">");
                return;
            }
            switch (name) {
                case "conceptEntry", "termEntry" -> {
                    conceptId = a.getValue("id");
                    conceptLine = line();
                    conceptDepth = depth;
                    notes = new ArrayList<>();
                    definitions = new ArrayList<>();
                    subjects = new ArrayList<>();
                    preferred = new EnumMap<>(Lang.class);
                    admitted = new EnumMap<>(Lang.class);
                    avoid = new EnumMap<>(Lang.class);
                    langNotes = new EnumMap<>(Lang.class);
                    langDefinitions = new EnumMap<>(Lang.class);
                    partsOfSpeech = new EnumMap<>(Lang.class);
                }
                case "langSec", "langSet" -> {
                    String tag = a.getValue(XMLConstants.XML_NS_URI, "lang");
                    if (tag == null) tag = a.getValue("xml:lang");
                    lang = InterchangeIds.langOf(tag);
                    inLang = true;
                }
                case "termSec", "tig", "ntig" -> {
                    term = null;
                    status = null;
                    partOfSpeech = null;
                    inTerm = true;
                }
                case "term" -> startText("term");
                case "termNote" -> {
                    String type = a.getValue("type");
                    if ("administrativeStatus".equals(type) || "normativeAuthorization".equals(type)) startText("status");
                    else if ("partOfSpeech".equals(type)) startText("pos");
                }
                case "descrip" -> {
                    String type = a.getValue("type");
                    if ("definition".equals(type)) startText("definition");
                    else if ("subjectField".equals(type)) startText("subject");
                }
                case "note" -> {
                    if (conceptDepth > 0) startText("note");
                }
                default -> { }
            }
        }

        private void startText(String what) {
            text = new StringBuilder();
            textOf = what;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.isEmpty() ? qName : localName;
            if (text != null && (name.equals("term") || name.equals("termNote") || name.equals("note") || name.equals("descrip"))) {
                String value = text.toString().strip();
                text = null;
                if (!value.isEmpty() && conceptDepth > 0) {
                    switch (textOf) {
                        case "term" -> term = value;
                        case "status" -> status = value;
                        case "pos" -> partOfSpeech = value;
                        // A note or definition inside a language section (or on one of its terms) belongs to that language.
                        case "note" -> addText(notes, langNotes, value);
                        case "definition" -> addText(definitions, langDefinitions, value);
                        case "subject" -> subjects.add(value);
                        default -> { }
                    }
                }
            }
            switch (name) {
                case "termSec", "tig", "ntig" -> {
                    addTerm();
                    inTerm = false;
                }
                case "langSec", "langSet" -> {
                    lang = null;
                    inLang = false;
                }
                case "conceptEntry", "termEntry" -> endConcept();
                default -> { }
            }
            depth--;
        }

        private void addText(List<String> concept, Map<Lang, List<String>> perLang, String value) {
            if (!inLang) concept.add(value);
            else if (lang != null) perLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(value);
        }

        private void addTerm() {
            if (lang == null || term == null || term.isEmpty() || preferred == null) return;
            String s = status == null ? "" : status.replace("-admn-sts", "");
            Map<Lang, List<String>> into = switch (s) {
                case "preferredTerm" -> preferred;
                case "deprecatedTerm", "supersededTerm" -> avoid;
                default -> admitted;
            };
            List<String> list = into.computeIfAbsent(lang, k -> new ArrayList<>());
            if (!list.contains(term)) list.add(term);
            partsOfSpeech.computeIfAbsent(lang, k -> new ArrayList<>()).add(partOfSpeech);
        }

        private void endConcept() {
            Map<Lang, List<String>> accepted = new EnumMap<>(Lang.class);
            for (Lang l : Lang.values()) {
                List<String> all = new ArrayList<>(preferred.getOrDefault(l, List.of()));
                for (String s : admitted.getOrDefault(l, List.of())) if (!all.contains(s)) all.add(s);
                if (!all.isEmpty()) accepted.put(l, List.copyOf(all));
            }
            boolean keep = notes.remove(KEEP_NOTE);
            boolean caseExact = notes.remove(CASE_NOTE) || keep;
            String explicitId = null;
            for (String n : List.copyOf(notes)) {
                if (n.startsWith(ID_NOTE)) {
                    explicitId = n.substring(ID_NOTE.length()).strip();
                    notes.remove(n);
                }
            }
            String label = conceptId != null ? "concept '" + conceptId + "'" : "concept at line " + conceptLine;
            conceptDepth = -1;
            if (accepted.isEmpty() && !keep) {
                skipped.add(file + ":" + conceptLine + ": " + label + " has no en, zh-Hans or zh-Hant term");
                return;
            }
            String keepString = null;
            if (keep) {
                keepString = accepted.getOrDefault(Lang.EN, accepted.values().iterator().next()).get(0);
                for (Lang l : Lang.values()) accepted.put(l, List.of(keepString));
            }
            Map<Lang, List<String>> av = new EnumMap<>(Lang.class);
            for (var e : avoid.entrySet()) av.put(e.getKey(), List.copyOf(e.getValue()));
            String where = file + ":" + conceptLine + ": " + label;
            LangText note = levels(notes, langNotes, where, "note");
            TermDetails details = new TermDetails(conceptId == null || conceptId.isBlank() ? null : conceptId.strip(),
                    subjects.isEmpty() ? null : String.join("; ", subjects),
                    levels(definitions, langDefinitions, where, "definition"), partOfSpeech(where), note.byLang());
            pending.add(new Pending(explicitId, conceptId, conceptLine, Collections.unmodifiableMap(accepted),
                    Collections.unmodifiableMap(av), keepString, caseExact, note.all(), details));
        }

        /** The concept's text and its languages' (several of one level joined by line breaks). */
        private LangText levels(List<String> concept, Map<Lang, List<String>> perLang, String where, String what) {
            Map<Lang, String> byLang = new EnumMap<>(Lang.class);
            for (var e : perLang.entrySet()) {
                if (preferred.containsKey(e.getKey()) || admitted.containsKey(e.getKey()) || avoid.containsKey(e.getKey())) {
                    byLang.put(e.getKey(), String.join("\n", e.getValue()));
                } else {
                    // A language section whose terms were all empty: no term of the glossary to hang the text on.
                    skipped.add(where + ": its " + e.getKey().bcp47() + " " + what + ", which has no " + e.getKey().bcp47() + " term");
                }
            }
            return LangText.of(concept.isEmpty() ? null : String.join("\n", concept), byLang);
        }

        /** One part of speech for the concept when all its terms agree, else one per language. */
        private LangText partOfSpeech(String where) {
            Set<String> all = new java.util.LinkedHashSet<>();
            boolean everyTerm = true;
            Map<Lang, String> byLang = new EnumMap<>(Lang.class);
            for (var e : partsOfSpeech.entrySet()) {
                Set<String> values = new java.util.LinkedHashSet<>();
                for (String p : e.getValue()) {
                    if (p == null) everyTerm = false;
                    else values.add(p);
                }
                if (values.isEmpty()) continue;
                if (values.size() > 1) skipped.add(where + ": " + e.getKey().bcp47() + " part of speech " + values
                        + " beyond the first (a term keeps one per language)");
                byLang.put(e.getKey(), values.iterator().next());
                all.addAll(values);
            }
            if (byLang.isEmpty()) return LangText.NONE;
            if (everyTerm && all.size() == 1) return LangText.of(all.iterator().next());
            return LangText.of(byLang);
        }

        /** Ids for the concepts read: {@code concord: id} notes first, then slugs of the English terms that avoid those. */
        void assignIds() {
            Set<String> ids = new HashSet<>();
            for (Pending p : pending) {
                if (p.explicitId() != null && !ids.add(p.explicitId())) {
                    throw new InputException(file, p.line(), "duplicate id '" + p.explicitId() + "'");
                }
            }
            for (Pending p : pending) {
                String id = p.explicitId();
                if (id == null) {
                    String en = p.keep() != null ? p.keep() : p.accepted().getOrDefault(Lang.EN, List.of("")).get(0);
                    id = InterchangeIds.idFor(en, p.line(), ids);
                    ids.add(id);
                }
                TermDetails d = p.details();
                if (id.equals(d.sourceId())) d = new TermDetails(null, d.subject(), d.definition(), d.partOfSpeech(), d.notes());
                terms.add(new Term(id, p.accepted(), p.avoid(), p.keep(), p.caseExact(), p.note(), file, p.line(), d));
            }
        }
    }
}
