package lam;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class Capturing {
    static Supplier<String> describe(int count, long big, double ratio, char mark, boolean flag, String name, int[] cells) {
        return () -> name + ":" + count + "/" + big + "/" + ratio + "/" + mark + "/" + flag + "/" + cells.length;
    }

    static IntSupplier sum(int a, long b, double c) {
        return () -> (int) (a + b + c);
    }

    public static List<String> run() {
        int[] cells = {1, 2, 3};
        String missing = null;
        Supplier<Integer> npe = () -> missing.length();
        return new Trace()
                .add("all kinds of captured values", () -> describe(7, 1L << 40, 0.25, 'x', true, "n", cells).get())
                .add("two slot values", () -> sum(1, 2L, 3.5).getAsInt())
                .add("a new instance per capture", () -> sum(1, 2, 3) != sum(1, 2, 3))
                .add("null captured", () -> npe.get())
                .lines();
    }
}
