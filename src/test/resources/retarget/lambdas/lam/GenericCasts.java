package lam;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

public class GenericCasts {
    static <T extends CharSequence> int measure(T text) {
        return text.length();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<String> run() {
        Function<String, Integer> length = String::length;
        Function<StringBuilder, Integer> measure = GenericCasts::measure;
        UnaryOperator<String> strip = s -> s.strip();
        BiFunction<Map<String, Integer>, String, Integer> get = Map::get;
        Function raw = length;
        Function rawStrip = strip;
        return new Trace()
                .add("erased parameter cast", () -> length.apply("abc"))
                .add("bounded generic method", () -> measure.apply(new StringBuilder("12345")))
                .add("unary operator", () -> strip.apply(" s "))
                .add("interface receiver cast", () -> get.apply(Map.of("k", 1), "k"))
                .add("wrong type through a raw reference", () -> raw.apply(42))
                .add("wrong type into a lambda", () -> rawStrip.apply(List.of()))
                .lines();
    }
}
