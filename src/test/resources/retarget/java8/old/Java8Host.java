package old;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Compiled for Java 8 (no nestmates): its lambdas stay invokedynamic. */
public class Java8Host {
    public static List<String> run() {
        Function<String, Integer> length = String::length;
        Supplier<String> hello = () -> "hello";
        List<String> out = new ArrayList<>();
        out.add(String.valueOf(length.apply("four")));
        out.add(hello.get());
        return out;
    }
}
