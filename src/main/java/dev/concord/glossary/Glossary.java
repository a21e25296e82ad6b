package dev.concord.glossary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All terms of all glossary files, merged, in file order. */
public final class Glossary {
    private final List<Term> terms;
    private final Map<String, Term> byId = new LinkedHashMap<>();

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
}
