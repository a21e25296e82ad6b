package lam;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

public class Constructors {
    static final class Box {
        final String content;

        Box(String content) {
            if (content == null) throw new NullPointerException("no content");
            this.content = content;
        }

        @Override
        public String toString() {
            return "Box(" + content + ")";
        }
    }

    private static final class Secret {
        private Secret() { }

        @Override
        public String toString() {
            return "secret";
        }
    }

    public static List<String> run() {
        Supplier<List<String>> list = ArrayList::new;
        Supplier<ArrayList<String>> exact = ArrayList::new;
        Function<Integer, ArrayList<String>> sized = ArrayList::new;
        IntFunction<ArrayList<String>> sizedInt = ArrayList::new;
        Function<String, Box> box = Box::new;
        Supplier<Secret> secret = Secret::new;
        return new Trace()
                .add("ArrayList::new as Supplier", () -> list.get().getClass().getName())
                .add("a new list each time", () -> list.get() != list.get())
                .add("exact type", () -> exact.get().size())
                .add("capacity unboxed", () -> sized.apply(10).isEmpty())
                .add("negative capacity", () -> sized.apply(-1))
                .add("null capacity", () -> sized.apply(null))
                .add("capacity int", () -> sizedInt.apply(3).size())
                .add("own class", () -> box.apply("c"))
                .add("own constructor throws", () -> box.apply(null))
                .add("private constructor of a nestmate", () -> secret.get())
                .lines();
    }
}
