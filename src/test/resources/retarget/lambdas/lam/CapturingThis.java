package lam;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

public class CapturingThis {
    private final String prefix;
    private int calls;

    CapturingThis(String prefix) {
        this.prefix = prefix;
    }

    private String decorate(String s) {
        calls++;
        if (s.isEmpty()) throw new IllegalArgumentException("empty for " + prefix);
        return prefix + s;
    }

    Function<String, String> decorator() {
        return s -> decorate(s);
    }

    Supplier<Integer> counter() {
        return () -> calls;
    }

    public static List<String> run() {
        CapturingThis t = new CapturingThis(">");
        return new Trace()
                .add("instance method through this", () -> t.decorator().apply("a"))
                .add("throws from the private method", () -> t.decorator().apply(""))
                .add("reads the field", () -> t.counter().get())
                .lines();
    }
}
