package dev.concord.config;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.catalogue.Severity;
import dev.concord.model.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code concord.yaml} (docs/config.md). A missing file means all defaults; a present file only
 * overrides what it names, and partial maps ({@code langs}, {@code quotes}) merge key by key with
 * the defaults. Every mistake is an {@link dev.concord.model.InputException} naming concord.yaml:line.
 */
public final class ConfigLoader {
    static final List<String> KEYS = List.of("glossary", "layout", "langs", "hant", "quotes", "rules", "links", "frontmatter", "exclude");
    static final List<String> LINK_KEYS = List.of("lang-segment", "patterns");
    /** Jekyll's site configuration, whose {@code defaults:} may give posts their {@code lang}. */
    public static final String JEKYLL_CONFIG = "_config.yml";
    static final List<String> LANG_KEYS = List.of("hant", "hans", "en");
    static final List<String> HANT_STANDARDS = List.of("tw", "opencc", "twp");

    private ConfigLoader() {}

    public static Config load(Path root) {
        // The catalogue is read only for a config that names rules: it is the first resource a run
        // reads from the jar, and opening the jar's index of ~3,000 entries is ~5 ms of a one-post
        // check that other threads pay anyway while this one goes on.
        return load(root, RuleCatalogue::ids);
    }

    /** @param knownRules rule ids accepted under {@code rules:} */
    public static Config load(Path root, Set<String> knownRules) {
        return load(root, () -> knownRules);
    }

    /** @param knownRules rule ids accepted under {@code rules:}, asked for only when the config has that key */
    public static Config load(Path root, java.util.function.Supplier<Set<String>> knownRules) {
        Path file = root.resolve(Config.FILE);
        Config defaults = Config.defaults(root);
        List<Config.LangDefault> langDefaults = jekyllLangDefaults(root);
        if (!Files.isRegularFile(file)) return withLangDefaults(defaults, langDefaults);
        Node doc = YamlNodes.read(file, Config.FILE);
        if (YamlNodes.isNull(doc)) return withLangDefaults(defaults, langDefaults);
        YamlNodes yaml = new YamlNodes(Config.FILE);
        Map<String, NodeTuple> top = yaml.mapping(doc, Config.FILE);
        yaml.onlyKeys(top, Config.FILE, KEYS);

        List<String> glossary = defaults.glossary();
        String layout = defaults.layout();
        Map<Lang, String> langs = new EnumMap<>(defaults.langs());
        String hant = defaults.hant();
        Map<Lang, String> quotes = new EnumMap<>(defaults.quotes());
        Map<String, Severity> rules = new LinkedHashMap<>();
        Map<Lang, String> layouts = new EnumMap<>(Lang.class);
        Config.LinkRules links = Config.LinkRules.EXACT;
        FrontMatterKeys frontMatter = defaults.frontMatter();
        List<String> exclude = defaults.exclude();

        for (var e : top.entrySet()) {
            Node value = e.getValue().getValueNode();
            switch (e.getKey()) {
                case "glossary" -> glossary = glossary(yaml, value);
                case "layout" -> {
                    if (value instanceof MappingNode) layout = layouts(yaml, value, layouts);
                    else layout = layout(yaml, value);
                }
                case "links" -> links = links(yaml, value);
                case "langs" -> langs(yaml, value, langs);
                case "hant" -> {
                    String v = yaml.scalar(value, "hant");
                    if (v == null || !HANT_STANDARDS.contains(v)) {
                        throw yaml.error(value, "hant must be tw, opencc or twp, not '" + v + "'");
                    }
                    hant = v;
                }
                case "quotes" -> quotes(yaml, value, quotes);
                case "rules" -> rules(yaml, value, rules, knownRules.get());
                case "frontmatter" -> frontMatter = frontMatter(yaml, value);
                case "exclude" -> exclude = exclude(yaml, value);
                default -> throw new IllegalStateException(e.getKey());
            }
        }
        return new Config(root, List.copyOf(glossary), layout, Collections.unmodifiableMap(langs), hant,
                Collections.unmodifiableMap(quotes), Collections.unmodifiableMap(rules),
                Collections.unmodifiableMap(layouts), links, langDefaults, frontMatter, List.copyOf(exclude));
    }

    private static Config withLangDefaults(Config c, List<Config.LangDefault> langDefaults) {
        return new Config(c.root(), c.glossary(), c.layout(), c.langs(), c.hant(), c.quotes(), c.rules(), c.layouts(),
                c.links(), langDefaults, c.frontMatter(), c.exclude());
    }

    /**
     * One pattern per variant ({@code layout: {en: "blog/{slug}.md", hans: "i18n/zh-Hans/…/{slug}.md"}}).
     * Returns the en pattern, which messages show as the layout.
     */
    private static String layouts(YamlNodes yaml, Node value, Map<Lang, String> layouts) {
        perVariant(yaml, value, "layout", layouts, (name, p) -> p == null || !p.contains("{slug}")
                ? name + " must contain {slug}, e.g. \"blog/{slug}.md\""
                : p.startsWith("/") || p.contains("..") ? "layout must be relative to the root" : null);
        if (layouts.size() < LANG_KEYS.size()) {
            throw yaml.error(value, "layout: name a pattern for each of hant, hans and en (or give one pattern with {lang})");
        }
        return layouts.get(Lang.EN);
    }

    private static Config.LinkRules links(YamlNodes yaml, Node value) {
        if (YamlNodes.isNull(value)) return Config.LinkRules.EXACT;
        Map<String, NodeTuple> m = yaml.mapping(value, "links");
        yaml.onlyKeys(m, "links", LINK_KEYS);
        boolean langSegment = false;
        List<String> patterns = new ArrayList<>();
        for (var e : m.entrySet()) {
            Node v = e.getValue().getValueNode();
            if (e.getKey().equals("lang-segment")) {
                String b = yaml.scalar(v, "links.lang-segment");
                if (!"true".equals(b) && !"false".equals(b)) throw yaml.error(v, "links.lang-segment must be true or false");
                langSegment = b.equals("true");
            } else {
                for (ScalarNode s : yaml.scalarOrList(v, "links.patterns")) {
                    if (!s.getValue().contains("{lang}")) {
                        throw yaml.error(s, "links.patterns: '" + s.getValue() + "' must contain {lang}, e.g. \"-{lang}/\"");
                    }
                    patterns.add(s.getValue());
                }
            }
        }
        return new Config.LinkRules(langSegment, List.copyOf(patterns));
    }

    /**
     * The {@code lang} values of Jekyll's {@code defaults:} in {@code _config.yml}, e.g.
     * {@code - scope: {path: _posts/zh}  values: {lang: zh}}. Other keys of the file are Jekyll's
     * business and are not checked.
     */
    static List<Config.LangDefault> jekyllLangDefaults(Path root) {
        Path file = root.resolve(JEKYLL_CONFIG);
        if (!Files.isRegularFile(file)) return List.of();
        Node doc = YamlNodes.read(file, JEKYLL_CONFIG);
        if (!(doc instanceof MappingNode top)) return List.of();
        List<Config.LangDefault> out = new ArrayList<>();
        for (NodeTuple t : top.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !k.getValue().equals("defaults")) continue;
            if (!(t.getValueNode() instanceof SequenceNode seq)) continue;
            for (Node item : seq.getValue()) {
                Node scope = child(item, "scope"), values = child(item, "values");
                Node lang = child(values, "lang");
                if (!(lang instanceof ScalarNode l) || l.getValue().isBlank()) continue;
                Node path = child(scope, "path");
                String p = path instanceof ScalarNode ps ? ps.getValue().strip() : "";
                while (p.startsWith("./")) p = p.substring(2);
                while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
                out.add(new Config.LangDefault(p, l.getValue().strip(), JEKYLL_CONFIG + ":" + YamlNodes.line(l)));
            }
        }
        return List.copyOf(out);
    }

    private static Node child(Node map, String key) {
        if (!(map instanceof MappingNode m)) return null;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
        }
        return null;
    }

    private static List<String> glossary(YamlNodes yaml, Node value) {
        List<String> out = paths(yaml, value, "glossary");
        if (out.isEmpty()) throw yaml.error(value, "glossary: name at least one file or folder");
        return out;
    }

    private static String layout(YamlNodes yaml, Node value) {
        String v = yaml.scalar(value, "layout");
        if (v == null || !v.contains("{lang}") || !v.contains("{slug}")) {
            throw yaml.error(value, "layout must contain {lang} and {slug}, e.g. \"posts/{lang}/{slug}.md\"");
        }
        if (v.startsWith("/") || v.contains("..")) throw yaml.error(value, "layout must be relative to the root");
        return v;
    }

    /** Folders the walk for posts skips, besides target/, node_modules/, _site/… at the root. */
    private static List<String> exclude(YamlNodes yaml, Node value) {
        return paths(yaml, value, "exclude");
    }

    /** A path or a list of paths under {@code key}, each inside the root. */
    private static List<String> paths(YamlNodes yaml, Node value, String key) {
        List<String> out = new ArrayList<>();
        for (ScalarNode s : yaml.scalarOrList(value, key)) {
            String v = s.getValue().trim();
            if (v.isEmpty()) throw yaml.error(s, key + ": empty path");
            out.add(insideRoot(yaml, s, key, v));
        }
        return out;
    }

    /**
     * A root-relative path from the config, normalised ('/' separators, no trailing '/'); refused
     * when absolute or when it leaves the root ({@code ../elsewhere}): concord reads and writes only
     * under its root.
     */
    private static String insideRoot(YamlNodes yaml, Node at, String key, String path) {
        Path p = Path.of(path.replace('\\', '/'));
        Path n = p.normalize();
        if (p.isAbsolute() || n.startsWith("..")) {
            throw yaml.error(at, key + ": '" + path + "' is outside the root; give a path inside it");
        }
        String s = n.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static void langs(YamlNodes yaml, Node value, Map<Lang, String> langs) {
        // A code is a path segment of every post: a language tag (zh, zh-Hant, zh_TW), never '.', '..' or '/'.
        perVariant(yaml, value, "langs", langs, (name, code) -> code == null || !code.matches("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*")
                ? name + " must be a language code such as zh, zh-Hant or zh_TW, not '" + code + "'" : null);
        // Two variants with one code would make every path ambiguous.
        Map<String, Lang> seen = new HashMap<>();
        for (var e : langs.entrySet()) {
            Lang other = seen.putIfAbsent(e.getValue(), e.getKey());
            if (other != null) {
                throw yaml.error(value, "langs: " + other.key() + " and " + e.getKey().key() + " both use the code '"
                        + e.getValue() + "'");
            }
        }
    }

    private static void quotes(YamlNodes yaml, Node value, Map<Lang, String> quotes) {
        perVariant(yaml, value, "quotes", quotes, (name, pair) -> pair == null || pair.codePointCount(0, pair.length()) != 2
                ? name + " must be two characters, opening then closing (e.g. 「」)" : null);
    }

    /** What is wrong with the value of {@code name} (e.g. {@code langs.hans}), or null when it is fine. */
    private interface ValueCheck {
        String problem(String name, String value);
    }

    /** A map from variant (hant, hans, en) to one string each, every value checked; merged into {@code into}. */
    private static void perVariant(YamlNodes yaml, Node value, String key, Map<Lang, String> into, ValueCheck check) {
        Map<String, NodeTuple> m = yaml.mapping(value, key);
        yaml.onlyKeys(m, key, LANG_KEYS);
        for (var e : m.entrySet()) {
            Node v = e.getValue().getValueNode();
            String name = key + "." + e.getKey();
            String s = yaml.scalar(v, name);
            String problem = check.problem(name, s);
            if (problem != null) throw yaml.error(v, problem);
            into.put(Lang.parse(e.getKey()), s);
        }
    }

    private static FrontMatterKeys frontMatter(YamlNodes yaml, Node value) {
        Map<String, NodeTuple> m = yaml.mapping(value, "frontmatter");
        yaml.onlyKeys(m, "frontmatter", List.of("per-variant", "must-agree"));
        List<String> perVariant = new ArrayList<>(), mustAgree = new ArrayList<>();
        for (var e : m.entrySet()) {
            List<String> into = e.getKey().equals("per-variant") ? perVariant : mustAgree;
            for (ScalarNode s : yaml.scalarOrList(e.getValue().getValueNode(), "frontmatter." + e.getKey())) {
                String key = s.getValue().trim();
                if (key.isEmpty()) throw yaml.error(s, "frontmatter." + e.getKey() + ": empty key");
                into.add(key);
            }
        }
        for (String key : perVariant) {
            if (mustAgree.contains(key)) {
                throw yaml.error(value, "frontmatter: '" + key + "' is both per-variant and must-agree");
            }
        }
        return FrontMatterKeys.of(perVariant, mustAgree);
    }

    private static void rules(YamlNodes yaml, Node value, Map<String, Severity> rules, Set<String> knownRules) {
        if (YamlNodes.isNull(value)) return;
        Map<String, NodeTuple> m = yaml.mapping(value, "rules");
        for (var e : m.entrySet()) {
            if (!knownRules.contains(e.getKey())) {
                throw yaml.error(e.getValue().getKeyNode(), "unknown rule id '" + e.getKey() + "' (known: "
                        + String.join(", ", knownRules.stream().sorted().toList()) + ")");
            }
            Node v = e.getValue().getValueNode();
            String s = yaml.scalar(v, "rules." + e.getKey());
            try {
                rules.put(e.getKey(), Severity.parse(s));
            } catch (IllegalArgumentException ex) {
                throw yaml.error(v, "rules." + e.getKey() + ": " + ex.getMessage());
            }
        }
    }
}
