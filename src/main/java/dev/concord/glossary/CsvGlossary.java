package dev.concord.glossary;

import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CSV for translators' tools (the layout terminology tools import and export): one row per concept, a
 * column per locale ({@code id,en,zh-Hans,zh-Hant,note}), {@code |} between alternatives, the first
 * one preferred. concord adds {@code keep, case, avoid en, avoid zh-Hans, avoid zh-Hant} columns so
 * that export then import gives the same glossary; tools that do not know them ignore them, and
 * import ignores columns it does not know (a tool's own "description", other languages…). A
 * term's details (source id, subject, definition, part of speech, per-variant notes) get columns
 * of their own, written only when some term has them.
 */
public final class CsvGlossary {
    static final List<String> HEADER = List.of("id", "en", "zh-Hans", "zh-Hant", "note", "keep", "case",
            "avoid en", "avoid zh-Hans", "avoid zh-Hant");
    private static final List<Lang> ORDER = List.of(Lang.EN, Lang.HANS, Lang.HANT);
    /** Column names of text kept for the whole term ("definition") or per variant ("definition zh-Hant"). */
    private static final List<String> LANG_TEXT = List.of("definition", "pos", "note");

    private CsvGlossary() {}

    /** Whether {@code name} is a column concord reads (what --columns may map a header to). */
    public static boolean isColumn(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (List.of("id", "keep", "case", "source-id", "subject").contains(n) || LANG_TEXT.contains(n)) return true;
        if (InterchangeIds.langOf(n) != null) return true;
        int space = n.indexOf(' ');
        return space > 0 && (n.startsWith("avoid ") || LANG_TEXT.contains(n.substring(0, space)))
                && InterchangeIds.langOf(n.substring(space + 1)) != null;
    }

    /** The detail columns some term uses, with the value of each for a term. */
    private static Map<String, java.util.function.Function<Term, String>> detailColumns(List<Term> terms) {
        Map<String, java.util.function.Function<Term, String>> all = new java.util.LinkedHashMap<>();
        all.put("source-id", t -> t.details().sourceId());
        all.put("subject", t -> t.details().subject());
        all.put("definition", t -> t.details().definition().all());
        for (Lang l : ORDER) all.put("definition " + l.bcp47(), t -> t.details().definition().byLang().get(l));
        all.put("pos", t -> t.details().partOfSpeech().all());
        for (Lang l : ORDER) all.put("pos " + l.bcp47(), t -> t.details().partOfSpeech().byLang().get(l));
        for (Lang l : ORDER) all.put("note " + l.bcp47(), t -> t.details().notes().get(l));
        all.values().removeIf(f -> terms.stream().allMatch(t -> f.apply(t) == null));
        return all;
    }

    public static String write(Glossary glossary) {
        StringBuilder out = new StringBuilder();
        var details = detailColumns(glossary.terms());
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(details.keySet());
        row(out, header);
        for (Term t : glossary.terms()) {
            List<String> cells = new ArrayList<>();
            cells.add(t.id());
            for (Lang l : ORDER) cells.add(join(t, t.accepted(l)));
            cells.add(t.note() == null ? "" : t.note());
            cells.add(t.isKeep() ? t.keep() : "");
            cells.add(t.caseExact() && !t.isKeep() ? "exact" : "");
            for (Lang l : ORDER) cells.add(join(t, t.avoid(l)));
            for (var f : details.values()) cells.add(f.apply(t) == null ? "" : f.apply(t));
            row(out, cells);
        }
        return out.toString();
    }

    private static String join(Term t, List<String> values) {
        for (String v : values) {
            if (v.indexOf('|') >= 0) {
                throw new InputException(t.file(), t.line(), "term '" + t.id() + "': rendering '" + v
                        + "' contains '|', which CSV uses between alternatives");
            }
        }
        return String.join("|", values);
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n"); // RFC 4180; spreadsheet tools expect CR LF
    }

    /** Terms of a CSV file; {@code file} names it in messages and in each Term. */
    public static List<Term> read(String text, String file) {
        return read(text, file, Map.of());
    }

    /**
     * @param columns concord's column name → the header of the column in this file that holds it
     *                ({@code hans → Simplified}), for files whose headers concord does not know
     */
    public static List<Term> read(String text, String file, Map<String, String> columns) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<Row> rows = parse(text, file);
        if (rows.isEmpty()) throw new InputException(file, 0, "empty CSV: expected a header row id,en,zh-Hans,zh-Hant,note");
        Map<String, Integer> col = new HashMap<>();
        List<String> header = rows.get(0).cells;
        for (var e : columns.entrySet()) {
            int at = -1;
            for (int i = 0; i < header.size() && at < 0; i++) if (header.get(i).strip().equalsIgnoreCase(e.getValue().strip())) at = i;
            if (at < 0) {
                throw new InputException(file, rows.get(0).line, "no column '" + e.getValue() + "' (given for " + e.getKey()
                        + " by --columns); the header has: " + String.join(", ", header.stream().map(String::strip).toList()));
            }
            col.put(e.getKey().strip().toLowerCase(Locale.ROOT), at);
        }
        for (int i = 0; i < header.size(); i++) {
            if (!col.containsValue(i)) col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        Map<Lang, Integer> accepted = new EnumMap<>(Lang.class);
        Map<Lang, Integer> avoid = new EnumMap<>(Lang.class);
        for (var e : col.entrySet()) {
            String name = e.getKey();
            if (LANG_TEXT.stream().anyMatch(k -> name.startsWith(k + " "))) continue; // "note en": a detail column
            if (name.startsWith("avoid ") || name.startsWith("avoid:")) {
                Lang l = InterchangeIds.langOf(name.substring(6));
                if (l != null) avoid.putIfAbsent(l, e.getValue());
            } else {
                Lang l = InterchangeIds.langOf(name);
                if (l != null) accepted.putIfAbsent(l, e.getValue());
            }
        }
        if (accepted.isEmpty() && !col.containsKey("keep")) {
            throw new InputException(file, 1, "CSV header names no en, zh-Hans or zh-Hant column (found: "
                    + String.join(",", header) + ")");
        }
        List<Term> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row r : rows.subList(1, rows.size())) {
            if (r.cells.stream().allMatch(String::isBlank)) continue;
            Map<Lang, List<String>> acc = new EnumMap<>(Lang.class);
            for (var e : accepted.entrySet()) {
                List<String> v = split(cell(r, e.getValue()));
                if (!v.isEmpty()) acc.put(e.getKey(), v);
            }
            Map<Lang, List<String>> av = new EnumMap<>(Lang.class);
            for (var e : avoid.entrySet()) {
                List<String> v = split(cell(r, e.getValue()));
                if (!v.isEmpty()) av.put(e.getKey(), v);
            }
            String keep = cell(r, col.get("keep")).strip();
            String caseValue = cell(r, col.get("case")).strip();
            if (!caseValue.isEmpty() && !caseValue.equals("exact") && !caseValue.equals("insensitive")) {
                throw new InputException(file, r.line, "case must be 'exact' or empty, not '" + caseValue + "'");
            }
            String id = cell(r, col.get("id")).strip();
            if (id.isEmpty()) id = InterchangeIds.idFor(acc.getOrDefault(Lang.EN, List.of(keep)).get(0), r.line, ids);
            if (!ids.add(id)) throw new InputException(file, r.line, "duplicate id '" + id + "'");
            if (!keep.isEmpty()) {
                for (var e : acc.entrySet()) {
                    if (!e.getValue().equals(List.of(keep))) {
                        throw new InputException(file, r.line, "term '" + id + "': keep term '" + keep + "' has another "
                                + e.getKey().bcp47() + " rendering " + e.getValue());
                    }
                }
                acc.clear();
                for (Lang l : Lang.values()) acc.put(l, List.of(keep));
            } else if (acc.isEmpty()) {
                throw new InputException(file, r.line, "term '" + id + "' has no en, zh-Hans or zh-Hant rendering");
            }
            LangText note = langText(r, col, "note", id, file, acc, av);
            String sourceId = cell(r, col.get("source-id")).strip(), subject = cell(r, col.get("subject")).strip();
            TermDetails details = new TermDetails(sourceId.isEmpty() ? null : sourceId, subject.isEmpty() ? null : subject,
                    langText(r, col, "definition", id, file, acc, av), langText(r, col, "pos", id, file, acc, av), note.byLang());
            terms.add(new Term(id, Collections.unmodifiableMap(acc), Collections.unmodifiableMap(av),
                    keep.isEmpty() ? null : keep, !keep.isEmpty() || caseValue.equals("exact"),
                    note.all(), file, r.line, details));
        }
        return terms;
    }

    /** The whole term's "definition" cell and the "definition en" … cells. */
    private static LangText langText(Row r, Map<String, Integer> col, String key, String id, String file,
                                     Map<Lang, List<String>> acc, Map<Lang, List<String>> av) {
        String all = cell(r, col.get(key)).strip();
        Map<Lang, String> byLang = new EnumMap<>(Lang.class);
        for (var e : col.entrySet()) {
            if (!e.getKey().startsWith(key + " ")) continue;
            Lang l = InterchangeIds.langOf(e.getKey().substring(key.length() + 1));
            String v = cell(r, e.getValue()).strip();
            if (l == null || v.isEmpty()) continue;
            if (!acc.containsKey(l) && !av.containsKey(l)) {
                throw new InputException(file, r.line, "term '" + id + "': '" + e.getKey() + "' is filled, but the term has no "
                        + l.bcp47() + " rendering");
            }
            byLang.putIfAbsent(l, v);
        }
        return LangText.of(all, byLang);
    }

    private static String cell(Row r, Integer index) {
        return index == null || index >= r.cells.size() ? "" : r.cells.get(index);
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            String p = part.strip();
            if (!p.isEmpty() && !out.contains(p)) out.add(p);
        }
        return out;
    }

    private record Row(int line, List<String> cells) {}

    /** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; rows end at CR LF or LF. */
    private static List<Row> parse(String text, String file) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        int quoteLine = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, cells));
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) throw new InputException(file, quoteLine, "unterminated quoted CSV field");
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }
}
