package lam;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

public class InnerClasses {
    private final int base = 100;

    private int offset(int i) {
        return base + i;
    }

    class Inner {
        private final int own = 5;

        /** Hosted by a nest member: the made class joins the outer class's nest. */
        Function<Integer, Integer> shifted() {
            return i -> offset(i) + own;
        }
    }

    static Supplier<String> anonymous() {
        return new Supplier<>() {
            @Override
            public String get() {
                Function<String, String> wrap = s -> "{" + s + "}";
                return wrap.apply("anonymous");
            }
        };
    }

    public static List<String> run() {
        InnerClasses outer = new InnerClasses();
        return new Trace()
                .add("lambda in an inner class", () -> outer.new Inner().shifted().apply(1))
                .add("lambda in an anonymous class", () -> anonymous().get())
                .lines();
    }
}
