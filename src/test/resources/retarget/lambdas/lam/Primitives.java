package lam;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleSupplier;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

public class Primitives {
    public static List<String> run() {
        IntPredicate big = i -> i > 2;
        ToIntFunction<String> length = String::length;
        IntFunction<String[]> array = String[]::new;
        IntFunction<int[][]> matrix = int[][]::new;
        IntBinaryOperator sum = Integer::sum;
        IntUnaryOperator negate = i -> -i;
        LongUnaryOperator shift = l -> l << 33;
        DoubleBinaryOperator max = Math::max;
        DoubleSupplier pi = () -> Math.PI;
        ToLongFunction<String> parse = Long::parseLong;
        ToDoubleFunction<Integer> half = i -> i / 2.0;
        StringBuilder out = new StringBuilder();
        ObjIntConsumer<String> append = (s, n) -> out.append(s).append(n);
        return new Trace()
                .add("IntPredicate", () -> big.test(3) + " " + big.test(2))
                .add("ToIntFunction", () -> length.applyAsInt("four"))
                .add("String[]::new", () -> array.apply(4).length + " " + array.apply(0).getClass().getName())
                .add("negative array size", () -> array.apply(-1))
                .add("int[][]::new", () -> matrix.apply(2).length)
                .add("IntBinaryOperator", () -> sum.applyAsInt(Integer.MAX_VALUE, 1))
                .add("IntUnaryOperator", () -> negate.applyAsInt(5))
                .add("LongUnaryOperator", () -> shift.applyAsLong(3L))
                .add("DoubleBinaryOperator", () -> max.applyAsDouble(-0.0, 0.0))
                .add("DoubleSupplier", () -> pi.getAsDouble())
                .add("ToLongFunction", () -> parse.applyAsLong("9000000000"))
                .add("ToDoubleFunction unboxes", () -> half.applyAsDouble(5))
                .add("ToDoubleFunction of null", () -> half.applyAsDouble(null))
                .add("ObjIntConsumer", () -> {
                    append.accept("n", 1);
                    return out;
                })
                .lines();
    }
}
