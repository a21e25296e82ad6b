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
import java.util.stream.Stream;
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
    static final List<String> TERM_KEYS = List.of("id", "en", "hans", "hant", "avoid", "keep", "case", "note");
    static final List<String> LANG_KEYS = List.of("hant", "hans", "en");

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
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString();
                        return n.endsWith(".yaml") || n.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
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

        String note = null;
        if (m.containsKey("note")) {
            note = yaml.scalar(m.get("note").getValueNode(), where + ": note");
            if (note != null) note = note.strip();
            if (note != null && note.isEmpty()) note = null;
        }
        return new Term(id, Collections.unmodifiableMap(accepted), Collections.unmodifiableMap(avoid), keep,
                caseExact, note, yaml.file(), YamlNodes.line(node));
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
