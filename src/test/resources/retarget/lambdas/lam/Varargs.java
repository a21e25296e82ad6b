package lam;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

public class Varargs {
    static String join(String... parts) {
        return String.join("+", parts);
    }

    public static List<String> run() {
        BiFunction<String, String, String> two = Varargs::join;
        Supplier<String> none = Varargs::join;
        Function<String[], String> array = Varargs::join;
        BiFunction<String, Object, String> format = String::format;
        Function<Integer[], List<Integer>> asList = Arrays::asList;
        return new Trace()
                .add("two arguments collected", () -> two.apply("a", "b"))
                .add("no argument", () -> none.get())
                .add("an array passed as is", () -> array.apply(new String[] {"x", "y", "z"}))
                .add("String::format", () -> format.apply("<%s>", 5))
                .add("bad format", () -> format.apply("%d", "five"))
                .add("Arrays::asList", () -> asList.apply(new Integer[] {1, 2}))
                .lines();
    }
}
