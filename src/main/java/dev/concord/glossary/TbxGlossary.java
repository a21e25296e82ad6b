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
 */
public final class TbxGlossary {
    static final String KEEP_NOTE = "concord: keep";
    static final String CASE_NOTE = "concord: case exact";
    private static final List<Lang> ORDER = List.of(Lang.EN, Lang.HANS, Lang.HANT);

    private TbxGlossary() {}

    public static String write(Glossary glossary) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n");
        out.append("  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>concord glossary</p>\n")
                .append("      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n");
        out.append("  <text>\n    <body>\n");
        for (Term t : glossary.terms()) {
            out.append("      <conceptEntry id=\"").append(esc(t.id())).append("\">\n");
            if (t.note() != null) out.append("        <note>").append(esc(t.note())).append("</note>\n");
            if (t.isKeep()) out.append("        <note>").append(KEEP_NOTE).append("</note>\n");
            else if (t.caseExact()) out.append("        <note>").append(CASE_NOTE).append("</note>\n");
            for (Lang l : ORDER) {
                List<String> acc = t.accepted(l);
                List<String> av = t.avoid(l);
                if (acc.isEmpty() && av.isEmpty()) continue;
                out.append("        <langSec xml:lang=\"").append(l.bcp47()).append("\">\n");
                for (int i = 0; i < acc.size(); i++) termSec(out, acc.get(i), i == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts");
                for (String a : av) termSec(out, a, "deprecatedTerm-admn-sts");
                out.append("        </langSec>\n");
            }
            out.append("      </conceptEntry>\n");
        }
        out.append("    </body>\n  </text>\n</tbx>\n");
        return out.toString();
    }

    private static void termSec(StringBuilder out, String term, String status) {
        out.append("          <termSec>\n            <term>").append(esc(term)).append("</term>\n")
                .append("            <termNote type=\"administrativeStatus\">").append(status).append("</termNote>\n")
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

    private static final class Handler extends DefaultHandler {
        final String file;
        final List<String> skipped;
        final List<Term> terms = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        Locator locator;
        boolean sawRoot;
        int depth;

        // the concept being read
        String conceptId;
        int conceptLine;
        int conceptDepth = -1;
        List<String> notes;
        Map<Lang, List<String>> preferred, admitted, avoid;
        // the language section and term being read
        Lang lang;
        boolean langKnown;
        String term;
        String status;
        StringBuilder text;
        String textOf; // "term", "status", "note"

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
                    preferred = new EnumMap<>(Lang.class);
                    admitted = new EnumMap<>(Lang.class);
                    avoid = new EnumMap<>(Lang.class);
                }
                case "langSec", "langSet" -> {
                    String tag = a.getValue(XMLConstants.XML_NS_URI, "lang");
                    if (tag == null) tag = a.getValue("xml:lang");
                    lang = InterchangeIds.langOf(tag);
                    langKnown = lang != null;
                }
                case "termSec", "tig", "ntig" -> {
                    term = null;
                    status = null;
                }
                case "term" -> startText("term");
                case "termNote" -> {
                    String type = a.getValue("type");
                    if ("administrativeStatus".equals(type) || "normativeAuthorization".equals(type)) startText("status");
                }
                case "note" -> {
                    if (conceptDepth > 0 && depth == conceptDepth + 1) startText("note");
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
            if (text != null && (name.equals("term") || name.equals("termNote") || name.equals("note"))) {
                String value = text.toString().strip();
                switch (textOf) {
                    case "term" -> term = value;
                    case "status" -> status = value;
                    case "note" -> notes.add(value);
                    default -> { }
                }
                text = null;
            }
            switch (name) {
                case "termSec", "tig", "ntig" -> addTerm();
                case "langSec", "langSet" -> lang = null;
                case "conceptEntry", "termEntry" -> endConcept();
                default -> { }
            }
            depth--;
        }

        private void addTerm() {
            if (!langKnown || lang == null || term == null || term.isEmpty() || preferred == null) return;
            String s = status == null ? "" : status.replace("-admn-sts", "");
            Map<Lang, List<String>> into = switch (s) {
                case "preferredTerm" -> preferred;
                case "deprecatedTerm", "supersededTerm" -> avoid;
                default -> admitted;
            };
            List<String> list = into.computeIfAbsent(lang, k -> new ArrayList<>());
            if (!list.contains(term)) list.add(term);
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
            String label = conceptId != null ? "concept '" + conceptId + "'" : "concept at line " + conceptLine;
            if (accepted.isEmpty() && !keep) {
                skipped.add(file + ":" + conceptLine + ": " + label + " has no en, zh-Hans or zh-Hant term");
                conceptDepth = -1;
                return;
            }
            String keepString = null;
            if (keep) {
                keepString = accepted.getOrDefault(Lang.EN, accepted.values().iterator().next()).get(0);
                for (Lang l : Lang.values()) accepted.put(l, List.of(keepString));
            }
            String id = conceptId == null || conceptId.isBlank()
                    ? InterchangeIds.idFor(accepted.getOrDefault(Lang.EN, List.of("")).get(0), conceptLine, ids)
                    : conceptId.strip();
            if (!ids.add(id)) throw new InputException(file, conceptLine, "duplicate id '" + id + "'");
            Map<Lang, List<String>> av = new EnumMap<>(Lang.class);
            for (var e : avoid.entrySet()) av.put(e.getKey(), List.copyOf(e.getValue()));
            String note = notes.isEmpty() ? null : String.join("\n", notes);
            terms.add(new Term(id, Collections.unmodifiableMap(accepted), Collections.unmodifiableMap(av), keepString,
                    caseExact, note, file, conceptLine));
            conceptDepth = -1;
        }
    }
}
