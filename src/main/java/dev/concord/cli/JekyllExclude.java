package dev.concord.cli;

import dev.concord.model.AtomicFiles;
import dev.concord.config.ConfigLoader;
import dev.concord.config.YamlNodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Adds concord's own files to a Jekyll site's {@code exclude:} list, which Jekyll would otherwise
 * publish as static files. Only lines are inserted; every other byte of {@code _config.yml} stays.
 */
final class JekyllExclude {
    /**
     * Jekyll's own default exclusions. A new {@code exclude:} replaces them in Jekyll 3, so a list
     * we create repeats them.
     */
    static final List<String> JEKYLL_DEFAULTS = List.of(".sass-cache/", ".jekyll-cache/", "gemfiles/", "Gemfile",
            "Gemfile.lock", "node_modules/", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/");

    private JekyllExclude() {}

    /** Adds the entries that are missing; returns what was done, for the user. */
    static String add(Path root, List<String> entries) throws IOException {
        String name = ConfigLoader.JEKYLL_CONFIG;
        Path file = root.resolve(name);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        Node doc = YamlNodes.read(file, name);
        Node exclude = null;
        if (doc instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("exclude")) exclude = t.getValueNode();
            }
        } else if (doc != null) {
            return howTo(name, entries, "it is not a mapping");
        }
        List<String> missing = new ArrayList<>(entries);
        String updated;
        if (exclude == null) {
            StringBuilder sb = new StringBuilder(text);
            if (!text.isEmpty() && !text.endsWith("\n")) sb.append(nl);
            sb.append("# concord's configuration and glossary are not part of the site (added by concord init)").append(nl);
            sb.append("exclude:").append(nl);
            for (String e : missing) sb.append("  - ").append(e).append(nl);
            for (String e : JEKYLL_DEFAULTS) sb.append("  - ").append(e).append(nl);
            updated = sb.toString();
        } else if (exclude instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) missing.removeIf(e -> same(e, s.getValue()));
            }
            if (missing.isEmpty()) return name + " already excludes " + String.join(" and ", entries);
            if (seq.getValue().isEmpty()) return howTo(name, missing, "its exclude: is empty");
            updated = seq.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW
                    ? intoFlow(text, seq, missing) : intoBlock(text, seq, missing, nl);
            if (updated == null) return howTo(name, missing, "its exclude: list has an unusual shape");
        } else {
            return howTo(name, missing, "its exclude: is not a list");
        }
        AtomicFiles.write(file, updated.getBytes(StandardCharsets.UTF_8));
        return "added " + String.join(" and ", missing) + " to exclude: in " + name + " (Jekyll would publish them)";
    }

    private static boolean same(String entry, String listed) {
        String a = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        String b = listed.strip();
        if (b.endsWith("/")) b = b.substring(0, b.length() - 1);
        return a.equals(b);
    }

    private static String howTo(String name, List<String> entries, String why) {
        return "did not change " + name + " (" + why + "): add " + String.join(" and ", entries)
                + " to its exclude: list so Jekyll does not publish them";
    }

    /** Offset in {@code text} of a mark's line and column (columns count code points). */
    private static int offset(String text, Mark m) {
        int at = 0;
        for (int line = 0; line < m.getLine(); line++) {
            int nlAt = text.indexOf('\n', at);
            if (nlAt < 0) return -1;
            at = nlAt + 1;
        }
        return text.offsetByCodePoints(at, m.getColumn());
    }

    private static String intoFlow(String text, SequenceNode seq, List<String> missing) {
        int end = seq.getEndMark().map(m -> offset(text, m)).orElse(-1);
        if (end <= 0 || text.charAt(end - 1) != ']') return null;
        int close = end - 1;
        return text.substring(0, close) + ", " + String.join(", ", missing) + text.substring(close);
    }

    private static String intoBlock(String text, SequenceNode seq, List<String> missing, String nl) {
        Node last = seq.getValue().get(seq.getValue().size() - 1);
        int dashColumn = seq.getStartMark().map(Mark::getColumn).orElse(-1);
        int lastEnd = last.getEndMark().map(m -> offset(text, m)).orElse(-1);
        if (dashColumn < 0 || lastEnd < 0) return null;
        int lineEnd = text.indexOf('\n', lastEnd);
        int insertAt = lineEnd < 0 ? text.length() : lineEnd + 1;
        StringBuilder sb = new StringBuilder();
        if (lineEnd < 0) sb.append(nl);
        for (String e : missing) sb.append(" ".repeat(dashColumn)).append("- ").append(e).append(nl);
        return text.substring(0, insertAt) + sb + text.substring(insertAt);
    }
}
