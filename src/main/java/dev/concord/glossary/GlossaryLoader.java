package dev.concord.glossary;

import dev.concord.config.YamlNodes;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the glossary files (docs/glossary.md) into one {@link Glossary}. Structural mistakes (malformed YAML,
 * unknown keys, empty renderings, duplicate ids) stop loading with an {@link InputException} naming
 * file:line; consistency between terms (a rendering claimed twice, wrong script…) is
 * {@link GlossaryLinter}'s job, so that {@code glossary lint} can list all of those at once.
 */
public final class GlossaryLoader {
    static final List<String> TERM_KEYS = List.of("id", "en", "hans", "hant", "avoid", "keep", "case", "note",
            "definition", "pos", "subject", "source-id");
    static final List<String> LANG_KEYS = List.of("hant", "hans", "en");
    /** In a per-variant text (note, definition, pos): the text for the whole term. */
    static final String ALL = "all";
    static final List<String> LANG_TEXT_KEYS = List.of("all", "hant", "hans", "en");

    private GlossaryLoader() {}

    /**
     * @param root    the project root; files are reported relative to it with '/'
     * @param entries files or folders relative to root; a folder contributes every *.yaml / *.yml
     *                below it, sorted by relative path
     */
    public static Glossary load(Path root, List<String> entries) {
        return load(root, entries, (file, bytes) -> { });
    }

    /**
     * {@link #load(Path, List)}, telling {@code read} each file and the bytes its terms were parsed
     * from (each file is read once: a compiled glossary is keyed by exactly the bytes it came from).
     */
    public static Glossary load(Path root, List<String> entries, java.util.function.BiConsumer<Path, byte[]> read) {
        List<Term> terms = new ArrayList<>();
        Map<String, Term> byId = new HashMap<>();
        for (String entry : entries) {
            for (Path file : files(root, entry)) {
                String name = display(root, file);
                byte[] bytes = YamlNodes.bytes(file, name);
                read.accept(file, bytes);
                for (Term t : parse(YamlNodes.parse(bytes, name), name)) {
                    Term first = byId.putIfAbsent(t.id(), t);
                    if (first != null) {
                        throw new InputException(t.file(), t.line(), "duplicate id '" + t.id() + "' (first defined at "
                                + first.file() + ":" + first.line() + ")");
                    }
                    terms.add(t);
                }
            }
        }
        return new Glossary(terms);
    }

    /** The glossary files of one config entry (a file, or a folder's *.yaml / *.yml sorted by path). */
    public static List<Path> files(Path root, String entry) {
        Path p = root.resolve(entry).normalize();
        if (Files.isRegularFile(p)) return List.of(p);
        if (!Files.isDirectory(p)) throw new InputException(entry, 0, "glossary not found (looked for " + p + ")");
        // A file tree walk, not Files.walk: its stream's lambdas inside the JDK are linked at run
        // time, on the path of every check (docs/performance.md).
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(p, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                    String n = f.getFileName().toString();
                    // Files.isRegularFile follows a symbolic link, as the walk it replaces did.
                    if ((n.endsWith(".yaml") || n.endsWith(".yml")) && Files.isRegularFile(f)) found.add(f);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            java.util.Collections.sort(found);
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list glossary folder " + entry + ": " + e.getMessage(), e);
        }
    }

    static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        Path shown = abs.startsWith(r) ? r.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** Terms of one file; {@code file} is the name used in messages and kept in each Term. */
    public static List<Term> loadFile(Path path, String file) {
        return parse(YamlNodes.read(path, file), file);
    }

    /** Terms of YAML text (for tests and {@code glossary import}'s self-check). */
    public static List<Term> parse(String yamlText, String file) {
        return parse(new YamlNodes(file).parse(yamlText), file);
    }

    private static List<Term> parse(Node doc, String file) {
        List<Term> out = new ArrayList<>();
        if (YamlNodes.isNull(doc)) return out;
        YamlNodes yaml = new YamlNodes(file);
        Map<String, NodeTuple> top = yaml.mapping(doc, "a glossary file");
        yaml.onlyKeys(top, "a glossary file", List.of("terms"));
        NodeTuple termsEntry = top.get("terms");
        if (termsEntry == null) throw yaml.error(doc, "a glossary file needs a 'terms:' list");
        Node list = termsEntry.getValueNode();
        if (YamlNodes.isNull(list)) return out;
        if (!(list instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq)) {
            throw yaml.error(list, "'terms' must be a list of terms (each item starts with '- id:')");
        }
        for (Node item : seq.getValue()) out.add(term(yaml, item));
        return out;
    }

    private static Term term(YamlNodes yaml, Node node) {
        Map<String, NodeTuple> m = yaml.mapping(node, "a term");
        yaml.onlyKeys(m, "a term", TERM_KEYS);
        NodeTuple idEntry = m.get("id");
        if (idEntry == null) throw yaml.error(node, "term without 'id'");
        String id = yaml.scalar(idEntry.getValueNode(), "id");
        if (id == null || id.isBlank()) throw yaml.error(idEntry.getValueNode(), "empty id");
        id = id.trim();
        if (!id.codePoints().noneMatch(Character::isWhitespace) || id.contains(",")) {
            throw yaml.error(idEntry.getValueNode(), "id '" + id + "' must not contain spaces or commas");
        }
        String where = "term '" + id + "'";

        String keep = null;
        if (m.containsKey("keep")) {
            Node v = m.get("keep").getValueNode();
            keep = yaml.scalar(v, where + ": keep");
            if (keep == null || keep.isBlank()) throw yaml.error(v, where + ": empty keep string");
            keep = keep.trim();
            for (String k : LANG_KEYS) {
                if (m.containsKey(k)) {
                    throw yaml.error(m.get(k).getKeyNode(), where + ": a keep term is the same in every variant; "
                            + "remove '" + k + "' (or remove 'keep')");
                }
            }
        }

        boolean caseExact = keep != null;
        if (m.containsKey("case")) {
            Node v = m.get("case").getValueNode();
            String c = yaml.scalar(v, where + ": case");
            if ("exact".equals(c)) caseExact = true;
            else if ("insensitive".equals(c) && keep == null) caseExact = false;
            else throw yaml.error(v, where + ": case must be 'exact'" + (keep == null ? " or 'insensitive'" : " (keep terms are always exact)"));
        }

        Map<Lang, List<String>> accepted = new EnumMap<>(Lang.class);
        if (keep != null) {
            for (Lang l : Lang.values()) accepted.put(l, List.of(keep));
        } else {
            for (String k : LANG_KEYS) {
                if (m.containsKey(k)) {
                    List<String> r = renderings(yaml, m.get(k).getValueNode(), where + ": " + k);
                    if (!r.isEmpty()) accepted.put(Lang.parse(k), r);
                }
            }
            if (accepted.isEmpty()) throw yaml.error(node, where + " has no rendering: give en, hans or hant (or keep)");
        }

        Map<Lang, List<String>> avoid = new EnumMap<>(Lang.class);
        if (m.containsKey("avoid")) {
            Node v = m.get("avoid").getValueNode();
            if (!YamlNodes.isNull(v)) {
                Map<String, NodeTuple> am = yaml.mapping(v, where + ": avoid");
                yaml.onlyKeys(am, where + ": avoid", LANG_KEYS);
                for (var e : am.entrySet()) {
                    List<String> r = renderings(yaml, e.getValue().getValueNode(), where + ": avoid." + e.getKey());
                    if (!r.isEmpty()) avoid.put(Lang.parse(e.getKey()), r);
                }
            }
        }

        LangText note = langText(yaml, m, "note", where, accepted, avoid);
        TermDetails details = new TermDetails(text(yaml, m, "source-id", where), text(yaml, m, "subject", where),
                langText(yaml, m, "definition", where, accepted, avoid), langText(yaml, m, "pos", where, accepted, avoid), note.byLang());
        return new Term(id, Collections.unmodifiableMap(accepted), Collections.unmodifiableMap(avoid), keep,
                caseExact, note.all(), yaml.file(), YamlNodes.line(node), details);
    }

    /** A free-text key's value, stripped; null when absent or empty. */
    private static String text(YamlNodes yaml, Map<String, NodeTuple> m, String key, String where) {
        if (!m.containsKey(key)) return null;
        String v = yaml.scalar(m.get(key).getValueNode(), where + ": " + key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A key that holds text for the whole term, or a map with {@code all:} (the whole term) and hant: / hans: / en:. */
    private static LangText langText(YamlNodes yaml, Map<String, NodeTuple> m, String key, String where,
                                     Map<Lang, List<String>> accepted, Map<Lang, List<String>> avoid) {
        if (!m.containsKey(key)) return LangText.NONE;
        Node v = m.get(key).getValueNode();
        if (!(v instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) return LangText.of(text(yaml, m, key, where));
        Map<String, NodeTuple> per = yaml.mapping(v, where + ": " + key);
        // A part of speech is said of each term (TBX), so "for the whole term and also per variant" means nothing there.
        yaml.onlyKeys(per, where + ": " + key, key.equals("pos") ? LANG_KEYS : LANG_TEXT_KEYS);
        Map<Lang, String> byLang = new EnumMap<>(Lang.class);
        for (var e : per.entrySet()) {
            if (e.getKey().equals(ALL)) continue;
            String t = text(yaml, per, e.getKey(), where + ": " + key);
            if (t == null) continue;
            Lang lang = Lang.parse(e.getKey());
            if (!accepted.containsKey(lang) && !avoid.containsKey(lang)) {
                // Interchange formats attach such text to a language's terms; with none it could not be written.
                throw yaml.error(e.getValue().getKeyNode(), where + ": " + key + " for " + e.getKey() + ", which has no "
                        + e.getKey() + " rendering");
            }
            byLang.put(lang, t);
        }
        return LangText.of(text(yaml, per, ALL, where + ": " + key), byLang);
    }

    private static List<String> renderings(YamlNodes yaml, Node node, String what) {
        List<String> out = new ArrayList<>();
        for (ScalarNode s : yaml.scalarOrList(node, what)) {
            String v = YamlNodes.isNull(s) ? "" : s.getValue().strip();
            if (v.isEmpty()) throw yaml.error(s, what + ": empty rendering");
            if (v.indexOf('\n') >= 0) throw yaml.error(s, what + ": a rendering must be on one line");
            out.add(v);
        }
        if (out.isEmpty() && !YamlNodes.isNull(node)) throw yaml.error(node, what + ": empty list");
        if (YamlNodes.isNull(node)) throw yaml.error(node, what + ": empty rendering");
        return List.copyOf(out);
    }
}
