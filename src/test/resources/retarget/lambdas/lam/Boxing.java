package lam;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

public class Boxing {
    static int twice(int i) {
        return 2 * i;
    }

    static boolean even(int i) {
        return i % 2 == 0;
    }

    static long big(long l) {
        return l * 3;
    }

    static double root(double d) {
        return Math.sqrt(d);
    }

    static Integer boxed(Integer i) {
        return i == null ? -1 : i + 1;
    }

    public static List<String> run() {
        Function<Integer, Integer> twice = Boxing::twice;
        Predicate<Integer> even = Boxing::even;
        Function<Long, Long> big = Boxing::big;
        Function<Double, Double> root = Boxing::root;
        Function<Character, Boolean> digit = Character::isDigit;
        Supplier<Long> nanos = () -> 5L;
        IntFunction<Integer> boxInt = Boxing::boxed;
        ToIntFunction<Integer> unboxInt = Boxing::boxed;
        BiFunction<Integer, Integer, Integer> max = Math::max;
        Function<Integer, Object> toObject = Boxing::twice;
        return new Trace()
                .add("int f(int) as Function<Integer,Integer>", () -> twice.apply(21))
                .add("unboxing null", () -> twice.apply(null))
                .add("boolean f(int) as Predicate<Integer>", () -> even.test(4) + " " + even.test(3))
                .add("long", () -> big.apply(1L << 40))
                .add("double", () -> root.apply(2.0))
                .add("char", () -> digit.apply('7') + " " + digit.apply('x'))
                .add("boxed result of a lambda", () -> nanos.get())
                .add("int boxed into Integer parameter", () -> boxInt.apply(4))
                .add("Integer result unboxed", () -> unboxInt.applyAsInt(null))
                .add("two unboxed parameters", () -> max.apply(3, 9))
                .add("int result boxed into Object", () -> toObject.apply(5).getClass().getName())
                .lines();
    }
}
