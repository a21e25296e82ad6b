package lam;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

public class MethodReferences {
    static String twice(String s) {
        return s + s;
    }

    private static String hidden(String s) {
        return "[" + s + "]";
    }

    String tag(String s) {
        return "<" + s + ">";
    }

    public static List<String> run() {
        Function<String, String> staticRef = MethodReferences::twice;
        Function<String, String> privateStaticRef = MethodReferences::hidden;
        Function<String, Integer> parse = Integer::parseInt;
        Function<String, String> unbound = String::trim;
        BiPredicate<String, String> startsWith = String::startsWith;
        BiFunction<MethodReferences, String, String> unboundOwn = MethodReferences::tag;
        Comparator<String> compare = String::compareTo;
        String word = "receiver";
        Supplier<Integer> bound = word::length;
        MethodReferences self = new MethodReferences();
        Function<String, String> boundOwn = self::tag;
        Function<Object, Boolean> boundEquals = word::equals;
        return new Trace()
                .add("static", () -> staticRef.apply("ab"))
                .add("private static", () -> privateStaticRef.apply("ab"))
                .add("static of the JDK", () -> parse.apply("42"))
                .add("static throws", () -> parse.apply("4x2"))
                .add("unbound", () -> unbound.apply("  t  "))
                .add("unbound on null", () -> unbound.apply(null))
                .add("unbound two arguments", () -> startsWith.test("prefix", "pre"))
                .add("unbound own class", () -> unboundOwn.apply(self, "x"))
                .add("comparator", () -> compare.compare("a", "b"))
                .add("bound", () -> bound.get())
                .add("bound own class", () -> boundOwn.apply("y"))
                .add("bound equals", () -> boundEquals.apply("receiver"))
                .add("bound to null", () -> {
                    String none = null;
                    Supplier<Integer> s = none::length; // javac checks the receiver when the reference is made
                    return s;
                })
                .lines();
    }
}
