package dev.concord.glossary;

import dev.concord.config.YamlNodes;
import dev.concord.model.YamlText;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Adds or removes one rendering of one term in a glossary file by editing its text, not by
 * loading and dumping it: comments, key order, quoting and the layout of every other line stay
 * as the author wrote them. The node tree only says where things are (snakeyaml-engine marks);
 * the edit is a splice at those places: a scalar becomes a flow list, a flow list gets an item
 * before its ']', a block list a line after its last item, a missing key a line after the term's
 * last one.
 */
public final class GlossaryFileEditor {
    private final String file;
    private final String text;
    private final String eol;

    /** @param text the file's text (BOM removed); @param file its name for messages */
    public GlossaryFileEditor(String file, String text) {
        this.file = file;
        this.text = text;
        this.eol = new SourceText(file, text, false).lineEnding();
    }

    /** The text with {@code rendering} added to the term's accepted renderings (avoid=false) or avoid list. */
    public String add(String termId, Lang lang, boolean avoid, String rendering) {
        Map<String, NodeTuple> term = term(termId);
        YamlNodes yaml = new YamlNodes(file);
        String item = YamlText.flowScalar(rendering);
        if (!avoid) {
            if (term.containsKey("keep")) throw new InputException(file, YamlNodes.line(term.get("keep").getKeyNode()),
                    "term '" + termId + "' is a keep term: it has no per-variant renderings");
            return addTo(term, lang.key(), item, item, keyColumn(term));
        }
        NodeTuple avoidEntry = term.get("avoid");
        if (avoidEntry == null || YamlNodes.isNull(avoidEntry.getValueNode())) {
            String indent = " ".repeat(keyColumn(term));
            String lines = indent + "avoid:" + eol + indent + "  " + lang.key() + ": [" + item + "]" + eol;
            if (avoidEntry != null) return replaceLines(avoidEntry, lines);
            return insertAt(afterLineOf(lastContent(term)), lines);
        }
        Map<String, NodeTuple> am = yaml.mapping(avoidEntry.getValueNode(), "avoid of term '" + termId + "'");
        if (avoidEntry.getValueNode() instanceof MappingNode m && m.getFlowStyle() == FlowStyle.FLOW) {
            throw new InputException(file, YamlNodes.line(m), "the avoid list of term '" + termId
                    + "' is written {…} on one line; edit it by hand");
        }
        NodeTuple first = am.values().iterator().next();
        return addTo(am, lang.key(), item, "[" + item + "]", column(first.getKeyNode()));
    }

    /** The text with {@code rendering} taken out of the term's accepted renderings or avoid list (unchanged if absent). */
    public String remove(String termId, Lang lang, boolean avoid, String rendering) {
        Map<String, NodeTuple> term = term(termId);
        Map<String, NodeTuple> where = term;
        if (avoid) {
            NodeTuple a = term.get("avoid");
            if (a == null || !(a.getValueNode() instanceof MappingNode)) return text;
            where = new YamlNodes(file).mapping(a.getValueNode(), "avoid");
        }
        NodeTuple entry = where.get(lang.key());
        if (entry == null) return text;
        Node v = entry.getValueNode();
        if (v instanceof ScalarNode s) return s.getValue().strip().equals(rendering) ? replaceLines(entry, "") : text;
        if (!(v instanceof SequenceNode seq)) return text;
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof ScalarNode s) || !s.getValue().strip().equals(rendering)) continue;
            // The last rendering goes with its key: an empty list is an error in a glossary.
            if (items.size() == 1) return replaceLines(entry, "");
            if (seq.getFlowStyle() == FlowStyle.FLOW) {
                int from = i + 1 < items.size() ? start(items.get(i)) : end(items.get(i - 1));
                int to = i + 1 < items.size() ? start(items.get(i + 1)) : end(items.get(i));
                return text.substring(0, from) + text.substring(to);
            }
            int from = lineStart(start(s)), to = afterLineOf(s);
            return text.substring(0, from) + text.substring(to);
        }
        return text;
    }

    /** Adds an item to the list under {@code key} of a mapping; an absent key is written as {@code newValue} after the mapping's last line. */
    private String addTo(Map<String, NodeTuple> mapping, String key, String item, String newValue, int keyColumn) {
        NodeTuple entry = mapping.get(key);
        if (entry == null) {
            return insertAt(afterLineOf(lastContent(mapping)), " ".repeat(keyColumn) + key + ": " + newValue + eol);
        }
        Node v = entry.getValueNode();
        if (YamlNodes.isNull(v)) return replaceLines(entry, " ".repeat(keyColumn) + key + ": " + newValue + eol);
        if (v instanceof ScalarNode s) {
            // Quoted as written; a plain scalar re-quoted if a list would read it differently (a comma).
            String old = s.getScalarStyle() == ScalarStyle.PLAIN ? YamlText.flowScalar(s.getValue().strip()) : text.substring(start(s), end(s));
            return splice(start(s), end(s), "[" + old + ", " + item + "]");
        }
        if (v instanceof SequenceNode seq) {
            if (seq.getFlowStyle() == FlowStyle.FLOW) {
                int close = text.lastIndexOf(']', end(seq));
                return splice(close, close, seq.getValue().isEmpty() ? item : ", " + item);
            }
            Node lastItem = seq.getValue().get(seq.getValue().size() - 1);
            int ls = lineStart(start(lastItem));
            String indent = text.substring(ls, text.indexOf('-', ls));
            return insertAt(afterLineOf(lastItem), indent + "- " + item + eol);
        }
        throw new InputException(file, YamlNodes.line(v), "'" + key + "' is not a string or a list; edit it by hand");
    }

    private Map<String, NodeTuple> term(String termId) {
        YamlNodes yaml = new YamlNodes(file);
        Node doc = yaml.parse(text);
        if (doc != null) {
            NodeTuple terms = yaml.mapping(doc, "a glossary file").get("terms");
            if (terms != null && terms.getValueNode() instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (!(item instanceof MappingNode m)) continue;
                    Map<String, NodeTuple> t = yaml.mapping(m, "a term");
                    NodeTuple id = t.get("id");
                    if (id != null && id.getValueNode() instanceof ScalarNode s && s.getValue().strip().equals(termId)) {
                        if (m.getFlowStyle() == FlowStyle.FLOW) {
                            throw new InputException(file, YamlNodes.line(m), "term '" + termId + "' is written {…} on one line; edit it by hand");
                        }
                        return t;
                    }
                }
            }
        }
        throw new InputException(file, 0, "no term '" + termId + "' in this file");
    }

    /** The last written node of a mapping: its last value, or its last key when that value is empty. */
    private static Node lastContent(Map<String, NodeTuple> m) {
        NodeTuple last = null;
        for (NodeTuple t : m.values()) last = t;
        return YamlNodes.isNull(last.getValueNode()) ? last.getKeyNode() : last.getValueNode();
    }

    private int keyColumn(Map<String, NodeTuple> term) {
        return column(term.values().iterator().next().getKeyNode());
    }

    /** Replaces the whole lines of a key and its value (from the key's line to the value's last line). */
    private String replaceLines(NodeTuple entry, String lines) {
        int from = lineStart(start(entry.getKeyNode()));
        Node v = entry.getValueNode();
        int to = afterLineOf(YamlNodes.isNull(v) ? entry.getKeyNode() : v);
        return text.substring(0, from) + lines + text.substring(to);
    }

    private String splice(int from, int to, String with) {
        return text.substring(0, from) + with + text.substring(to);
    }

    private String insertAt(int at, String lines) {
        if (at > 0 && text.charAt(at - 1) != '\n') lines = eol + lines; // a file without a final newline
        return text.substring(0, at) + lines + text.substring(at);
    }

    /** The offset after the line where a node's content ends. */
    private int afterLineOf(Node n) {
        int nl = text.indexOf('\n', contentEnd(n));
        return nl < 0 ? text.length() : nl + 1;
    }

    /**
     * Where a node's last written character ends. A block collection's own end mark lies at the
     * next token, which may be the next term's '- id:' after comment lines; its last scalar does not.
     */
    private int contentEnd(Node n) {
        if (n instanceof SequenceNode seq && seq.getFlowStyle() == FlowStyle.BLOCK && !seq.getValue().isEmpty()) {
            return contentEnd(seq.getValue().get(seq.getValue().size() - 1));
        }
        if (n instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK && !m.getValue().isEmpty()) {
            NodeTuple last = m.getValue().get(m.getValue().size() - 1);
            return YamlNodes.isNull(last.getValueNode()) ? end(last.getKeyNode()) : contentEnd(last.getValueNode());
        }
        return end(n);
    }

    private int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private int start(Node n) {
        return offset(n.getStartMark().orElseThrow());
    }

    private int end(Node n) {
        return offset(n.getEndMark().orElseThrow());
    }

    private static int column(Node n) {
        return n.getStartMark().map(Mark::getColumn).orElse(0);
    }

    /** Marks count lines and code points; the text is indexed in UTF-16 units. */
    private int offset(Mark m) {
        int at = 0;
        for (int l = 0; l < m.getLine(); l++) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) return text.length();
            at = nl + 1;
        }
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) lineEnd = text.length();
        for (int c = 0; c < m.getColumn() && at < lineEnd; c++) at += Character.charCount(text.codePointAt(at));
        return at;
    }
}
