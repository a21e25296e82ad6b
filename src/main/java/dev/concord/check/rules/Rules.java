package dev.concord.check.rules;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.check.Rule;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/** One instance of every rule of the catalogue, in its order (by id). */
public final class Rules {
    private Rules() {}

    public static List<Rule> all() {
        List<Rule> out = new ArrayList<>();
        for (RuleCatalogue.Entry e : RuleCatalogue.entries()) {
            try {
                out.add((Rule) e.type().getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException ex) {
                Throwable cause = ex instanceof InvocationTargetException ite ? ite.getCause() : ex;
                throw new IllegalStateException("rule " + e.id() + " (" + e.type().getName() + ") cannot be created: " + cause, cause);
            }
        }
        return List.copyOf(out);
    }
}
