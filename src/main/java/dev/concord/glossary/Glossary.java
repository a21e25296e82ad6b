package dev.concord.glossary;

import dev.concord.model.Lang;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All terms of all glossary files, merged, in file order. */
public final class Glossary {
    private final List<Term> terms;
    private final Map<String, Term> byId = new LinkedHashMap<>();
    /** Per variant, made on first use and shared by every thread (matching is read-only). */
    private final TermMatcher[] matchers = new TermMatcher[Lang.values().length];

    public Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        for (Term t : this.terms) byId.putIfAbsent(t.id(), t);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    public List<Term> terms() {
        return terms;
    }

    public Term get(String id) {
        return byId.get(id);
    }

    public Map<String, Term> byId() {
        return Collections.unmodifiableMap(byId);
    }

    public int size() {
        return terms.size();
    }

    /** The matcher of this glossary's terms in {@code lang}, built once. */
    public synchronized TermMatcher matcher(Lang lang) {
        TermMatcher m = matchers[lang.ordinal()];
        if (m == null) matchers[lang.ordinal()] = m = new TermMatcher(this, lang);
        return m;
    }

    /** Takes a matcher made earlier from this very glossary (the glossary cache's compiled form). */
    public synchronized void useMatcher(TermMatcher m) {
        matchers[m.lang().ordinal()] = m;
    }
}
