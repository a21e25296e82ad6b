package lam;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

public class InterfaceMethods {
    interface Shape {
        String name();

        default String describe() {
            return "shape " + name();
        }

        static Shape unit() {
            return () -> "unit";
        }

        /** A lambda in a default method: its body is a private instance method of the interface. */
        default Supplier<String> later(String suffix) {
            return () -> describe() + suffix;
        }

        private String secret() {
            return "secret of " + name();
        }

        default Supplier<String> secretly() {
            return this::secret;
        }
    }

    public static List<String> run() {
        Function<Shape, String> describe = Shape::describe;
        Supplier<Shape> unit = Shape::unit;
        Shape square = () -> "square";
        Supplier<String> bound = square::describe;
        Function<Shape, String> name = Shape::name;
        return new Trace()
                .add("default method, unbound", () -> describe.apply(square))
                .add("static interface method", () -> unit.get().name())
                .add("default method, bound", () -> bound.get())
                .add("abstract interface method", () -> name.apply(unit.get()))
                .add("lambda in a default method", () -> square.later("!").get())
                .add("private interface method", () -> square.secretly().get())
                .add("null receiver", () -> describe.apply(null))
                .lines();
    }
}
