package dev.concord.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Every rule, found by its {@link RuleInfo} annotation on the classes of one package: the single
 * source of what rules exist. The package is read from every class path root that has it (the jar,
 * or target/classes and target/test-classes in a build), so a rule class dropped into the package
 * is checked, configurable and reported with no list to update. Entries are sorted by id.
 */
public final class RuleCatalogue {
    /** The package whose annotated classes are the rules. */
    public static final String RULES_PACKAGE = "dev.concord.check.rules";

    /**
     * One rule as declared.
     *
     * @param type the rule's class (instantiated by the check package, which knows the Rule interface)
     */
    public record Entry(String id, Severity severity, String summary, String details, String fix, List<String> examples,
                        Class<?> type) {
        public boolean fixable() {
            return !fix.isEmpty();
        }
    }

    private static volatile List<Entry> entries;

    private RuleCatalogue() {}

    /** Every rule on the class path, sorted by id. */
    public static List<Entry> entries() {
        List<Entry> e = entries;
        if (e == null) entries = e = scan(RuleCatalogue.class.getClassLoader());
        return e;
    }

    /** The ids accepted in config {@code rules:} and suppression comments. */
    public static Set<String> ids() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries()) out.add(e.id());
        return Set.copyOf(out);
    }

    /** The entry of a rule id, or null. */
    public static Entry get(String id) {
        for (Entry e : entries()) if (e.id().equals(id)) return e;
        return null;
    }

    static List<Entry> scan(ClassLoader loader) {
        String dir = RULES_PACKAGE.replace('.', '/');
        Set<String> classNames = new LinkedHashSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(dir);
            while (roots.hasMoreElements()) listClasses(roots.nextElement(), dir, classNames);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rules in " + dir, e);
        }
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String name : classNames) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // a stale class file: not a rule
            }
            RuleInfo info = type.getAnnotation(RuleInfo.class);
            if (info == null) continue;
            if (!ids.add(info.id())) throw new IllegalStateException("two rules with the id " + info.id());
            out.add(new Entry(info.id(), info.severity(), info.summary(), info.details(), info.fix(),
                    List.of(info.examples()), type));
        }
        out.sort(Comparator.comparing(Entry::id));
        return List.copyOf(out);
    }

    /** Top-level class names directly in the package at {@code root} (a directory or a jar). */
    private static void listClasses(URL root, String dir, Set<String> out) throws IOException {
        String pkg = dir.replace('/', '.');
        if (root.getProtocol().equals("jar")) {
            JarURLConnection c = (JarURLConnection) root.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                    String n = en.nextElement().getName();
                    if (n.startsWith(dir + "/") && n.endsWith(".class") && n.indexOf('/', dir.length() + 1) < 0 && !n.contains("$")) {
                        out.add(pkg + "." + n.substring(dir.length() + 1, n.length() - ".class".length()));
                    }
                }
            }
        } else if (root.getProtocol().equals("file")) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(root.toURI()), "*.class")) {
                for (Path p : s) {
                    String n = p.getFileName().toString();
                    if (!n.contains("$")) out.add(pkg + "." + n.substring(0, n.length() - ".class".length()));
                }
            } catch (URISyntaxException e) {
                throw new IOException("bad class path entry " + root, e);
            }
        }
    }
}
