package lam;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

public class NonCapturing {
    static Supplier<String> greeting() {
        return () -> "hello";
    }

    public static List<String> run() {
        Function<String, String> shout = s -> s.toUpperCase();
        BiFunction<String, Integer, String> repeat = (s, n) -> s.repeat(n);
        Supplier<Object> failing = () -> {
            throw new IllegalStateException("no value");
        };
        return new Trace()
                .add("supplier", () -> greeting().get())
                .add("one shared instance", () -> greeting() == greeting())
                .add("function", () -> shout.apply("quiet"))
                .add("function on null", () -> shout.apply(null))
                .add("bifunction", () -> repeat.apply("ab", 3))
                .add("bifunction bad count", () -> repeat.apply("ab", -1))
                .add("throws", () -> failing.get())
                .lines();
    }
}
