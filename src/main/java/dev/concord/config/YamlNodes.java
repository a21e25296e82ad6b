package dev.concord.config;

import dev.concord.model.InputException;
import dev.concord.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML as a node tree (snakeyaml-engine's Composer) instead of plain Java objects, because
 * every node keeps its line: each error in concord.yaml or a glossary file can name file:line.
 * All methods report bad shapes as {@link InputException} for the file given.
 */
public final class YamlNodes {
    private final String file;

    /** @param file the name used in messages (root-relative with '/') */
    public YamlNodes(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Reads and parses a file: strict UTF-8, BOM dropped. Null for an empty document. */
    public static Node read(Path path, String file) {
        return parse(bytes(path, file), file);
    }

    /** A file's bytes; a file that cannot be read is an input error naming it. */
    public static byte[] bytes(Path path, String file) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses a file's bytes: strict UTF-8, BOM dropped. Null for an empty document. */
    public static Node parse(byte[] bytes, String file) {
        return new YamlNodes(file).parse(SourceText.decode(file, bytes).text());
    }

    /**
     * The single document's root node, or null when the text holds no document (empty file).
     * Refused, naming the line: nesting deeper than {@link #MAX_DEPTH} (the composer recurses once
     * per level, so thousands of levels would overflow the stack), explicit tags ({@code !custom},
     * {@code !!binary}: concord reads plain strings, a tag would be silently ignored) and lone
     * UTF-16 surrogates from escapes such as {@code "\uD800"} (not text; written into a post they
     * become '?').
     */
    public Node parse(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true).build();
        try {
            Parser events = new CheckedEvents(new ParserImpl(settings, new StreamReader(settings, text)));
            Composer composer = new Composer(settings, events);
            return composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String what = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new InputException(file, line, "malformed YAML: " + oneLine(what), e);
        } catch (YamlEngineException e) {
            throw new InputException(file, 0, "malformed YAML: " + oneLine(e.getMessage()), e);
        }
    }

    /** Deepest nesting of mappings and lists accepted: a glossary needs 4, a config 3. */
    public static final int MAX_DEPTH = 64;

    /** The parser's events as the composer pulls them, each checked before the composer sees it. */
    private final class CheckedEvents implements Parser {
        private final Parser in;
        private int depth;

        CheckedEvents(Parser in) {
            this.in = in;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return in.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return in.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public Event next() {
            Event e = in.next();
            int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
            if (e instanceof CollectionStartEvent c) {
                if (++depth > MAX_DEPTH) throw new InputException(file, line, "nested more than " + MAX_DEPTH + " levels deep");
                if (c.getTag().isPresent() && !c.isImplicit()) throw tag(line, c.getTag().get());
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            } else if (e instanceof ScalarEvent s) {
                if (s.getTag().isPresent() && !s.getImplicit().canOmitTagInPlainScalar() && !s.getImplicit().canOmitTagInNonPlainScalar()) {
                    throw tag(line, s.getTag().get());
                }
                String v = s.getValue();
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        throw new InputException(file, line, String.format("lone surrogate U+%04X in a string: not a character", (int) c));
                    }
                }
            }
            return e;
        }

        private InputException tag(int line, String tag) {
            return new InputException(file, line, "YAML tag '" + tag.replace("tag:yaml.org,2002:", "!!") + "' is not supported; write a plain value");
        }
    }

    private static String oneLine(String s) {
        return s == null ? "syntax error" : s.replaceAll("\\s+", " ").trim();
    }

    /** 1-based line of a node (0 if unknown). */
    public static int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    public InputException error(Node at, String what) {
        return new InputException(file, line(at), what);
    }

    public static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode && Tag.NULL.equals(node.getTag()));
    }

    /**
     * A mapping's entries by key, in order. Keys must be scalars and unique (YAML forbids duplicate
     * keys, but parsers disagree on which value wins; we name the line instead of guessing).
     */
    public Map<String, NodeTuple> mapping(Node node, String what) {
        if (!(node instanceof MappingNode m)) throw error(node, what + " must be a mapping (key: value)");
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw error(t.getKeyNode(), "keys in " + what + " must be plain strings");
            NodeTuple previous = out.putIfAbsent(k.getValue(), t);
            if (previous != null) {
                throw error(k, "duplicate key '" + k.getValue() + "' in " + what + " (first at line "
                        + line(previous.getKeyNode()) + ")");
            }
        }
        return out;
    }

    /** Throws for the first key not in {@code allowed}, naming the allowed keys. */
    public void onlyKeys(Map<String, NodeTuple> entries, String what, List<String> allowed) {
        for (var e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw error(e.getValue().getKeyNode(), "unknown key '" + e.getKey() + "' in " + what
                        + " (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** A scalar's text (numbers and booleans as written), or null for a YAML null. */
    public String scalar(Node node, String what) {
        if (isNull(node)) return null;
        if (!(node instanceof ScalarNode s)) throw error(node, what + " must be a single value, not a list or mapping");
        return s.getValue();
    }

    /** A string or a list of strings, each with its node (for lines); a YAML null gives an empty list. */
    public List<ScalarNode> scalarOrList(Node node, String what) {
        List<ScalarNode> out = new ArrayList<>();
        if (isNull(node)) return out;
        if (node instanceof ScalarNode s) {
            out.add(s);
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) throw error(item, what + ": each item must be a string");
                out.add(s);
            }
        } else {
            throw error(node, what + " must be a string or a list of strings");
        }
        return out;
    }
}
