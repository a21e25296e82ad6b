package dev.concord.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule: the classes carrying {@link RuleInfo}, the single source of what rules exist. The
 * build lists them (src/build/processor, an annotation processor run by javac on main and test
 * sources alike) in {@value #INDEX} of each class path root, so a rule class added anywhere is
 * checked, configurable and reported with no list to update; reading those few lines keeps start-up
 * free of class scanning, and a rule's annotation is only read when its description is wanted
 * ({@code concord rules}, SARIF, docs). Entries are sorted by id.
 */
public final class RuleCatalogue {
    /** One line per rule: {@code id TAB default-severity TAB class name}. */
    public static final String INDEX = "META-INF/concord/rules.index";

    /** One rule as declared: id and default severity from the index, the rest from its annotation on demand. */
    public static final class Entry {
        private final String id;
        private final Severity severity;
        private final String className;
        private volatile Class<?> type;

        Entry(String id, Severity severity, String className) {
            this.id = id;
            this.severity = severity;
            this.className = className;
        }

        public String id() { return id; }
        public Severity severity() { return severity; }
        public String summary() { return info().summary(); }
        public String details() { return info().details(); }
        public String fix() { return info().fix(); }
        public List<String> examples() { return List.of(info().examples()); }
        public boolean fixable() { return !fix().isEmpty(); }

        /** The rule's class (instantiated by the check package, which knows the Rule interface). */
        public Class<?> type() {
            Class<?> t = type;
            if (t == null) {
                try {
                    type = t = Class.forName(className, false, RuleCatalogue.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("rule " + id + ": " + INDEX + " names a missing class " + className, e);
                }
            }
            return t;
        }

        public RuleInfo info() {
            RuleInfo info = type().getAnnotation(RuleInfo.class);
            if (info == null) throw new IllegalStateException(className + " is in " + INDEX + " but has no @RuleInfo");
            return info;
        }
    }

    private static volatile List<Entry> entries;
    private static volatile Map<String, Entry> byClass;

    private RuleCatalogue() {}

    /**
     * Every rule on the class path, sorted by id. Read once; a thread that asks while another is
     * reading waits for that read (a check reads it on its glossary thread, ahead of the main one).
     */
    public static List<Entry> entries() {
        List<Entry> e = entries;
        if (e != null) return e;
        synchronized (RuleCatalogue.class) {
            e = entries;
            if (e == null) {
                e = read(RuleCatalogue.class.getClassLoader());
                Map<String, Entry> m = new HashMap<>();
                for (Entry x : e) m.put(x.className, x);
                byClass = m;
                entries = e;
            }
            return e;
        }
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

    /** The entry of a rule class, or null when the class is not in the index. */
    public static Entry of(Class<?> type) {
        entries();
        return byClass.get(type.getName());
    }

    static List<Entry> read(ClassLoader loader) {
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                URL url = indexes.nextElement();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.isBlank()) continue;
                        String[] f = line.split("\t");
                        if (f.length != 3) throw new IllegalStateException(url + ": bad line '" + line + "'");
                        if (!ids.add(f[0])) throw new IllegalStateException("two rules with the id " + f[0]);
                        out.add(new Entry(f[0], Severity.valueOf(f[1]), f[2]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        // Not Comparator.comparing: its lambda lives in the JDK and is linked at run time in every
        // process (this runs on each check), while this one is made a class at build time.
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(out);
    }
}
